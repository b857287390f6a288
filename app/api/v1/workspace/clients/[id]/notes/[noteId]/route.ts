import { workspaceApi } from "@/lib/api/workspace";
import { noteParams, noteSchema } from "@/lib/workspace/casework/schema";
import { deleteNote, updateNote } from "@/lib/workspace/casework/service";

/** PATCH: the author changes their note. DELETE: the author within 24 hours, or an administrator (204). */
export const PATCH = workspaceApi({ permission: "client.write", params: noteParams, body: noteSchema }, ({ ctx, params, body }) => updateNote(ctx, params.id, params.noteId, body));

export const DELETE = workspaceApi({ permission: "client.write", params: noteParams }, async ({ ctx, params }) => {
  await deleteNote(ctx, params.id, params.noteId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
});
