import { NextResponse } from "next/server";
import { workspaceApi } from "@/lib/api/workspace";
import { clientParams, noteSchema } from "@/lib/workspace/casework/schema";
import { createNote, listNotes } from "@/lib/workspace/casework/service";

/** GET: the client's notes, newest first, with authors. POST: a new note by the caller (201). */
export const GET = workspaceApi({ permission: "client.read", params: clientParams }, async ({ ctx, params }) => ({ notes: await listNotes(ctx, params.id) }));

export const POST = workspaceApi({ permission: "client.write", params: clientParams, body: noteSchema }, async ({ ctx, params, body }) =>
  NextResponse.json(await createNote(ctx, params.id, body), { status: 201, headers: { "Cache-Control": "private, no-store" } }),
);
