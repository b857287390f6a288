import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/journeys/ui";
import { Context, TextArea } from "@/components/workspace/casework/fields";
import { NOTE_MAX } from "@/lib/workspace/casework/schema";
import { listNotes } from "@/lib/workspace/casework/service";
import { addNoteAction, deleteNoteAction, editNoteAction } from "../../../../casework-actions";
import { NO_INDEX, dateFormats, type SearchParams } from "../../../../page-helpers";
import { CaseworkFrame, caseworkTitle, openCasework, type CaseworkParams } from "../casework-frame";

type Props = { params: CaseworkParams; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await caseworkTitle(params, "notes"), robots: NO_INDEX };
}

/** The client's notes, newest first: a new note on top; authors change their own, and delete them within a day. */
export default async function NotesPage({ params, searchParams }: Props) {
  const work = await openCasework(params, searchParams, "notes");
  const [notes, t, tc, { moment }] = await Promise.all([listNotes(work.ctx, work.client.id), getTranslations("casework.notes"), getTranslations("casework.common"), dateFormats()]);
  return (
    <CaseworkFrame work={work} section="notes">
      <p>{t("intro")}</p>
      {work.canWrite ? (
        <section id="form" aria-labelledby="form-title" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="form-title" className="text-xl font-semibold">
            {t("add")}
          </h2>
          <form action={addNoteAction} className="space-y-3">
            <Context {...work.hidden} />
            <TextArea name="body" label={t("body")} maxLength={NOTE_MAX} required error={work.fieldError("body")} />
            <Button>{t("submit")}</Button>
          </form>
        </section>
      ) : null}
      {notes.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-3" aria-label={t("title")}>
          {notes.map((n) => (
            <li key={n.id} className="rounded border border-slate-300 p-3" data-testid="note">
              <p className="text-sm text-[var(--color-muted)]">
                {t("by", { name: n.author?.name ?? t("unknownAuthor"), date: moment(n.createdAt) })}
                {n.updatedAt !== n.createdAt && Date.parse(n.updatedAt) - Date.parse(n.createdAt) > 1000 ? ` (${t("edited", { date: moment(n.updatedAt) })})` : ""}
              </p>
              <p className="mt-1 whitespace-pre-line">{n.body}</p>
              {n.canEdit || n.canDelete ? (
                <details className="mt-2">
                  <summary className="cursor-pointer">{t("edit")}</summary>
                  {n.canEdit ? (
                    <form action={editNoteAction} className="mt-2 space-y-2">
                      <Context {...work.hidden} />
                      <input type="hidden" name="note" value={n.id} />
                      <TextArea idPrefix={n.id} name="body" label={t("editTitle")} maxLength={NOTE_MAX} required defaultValue={n.body} />
                      <Button>{tc("save")}</Button>
                    </form>
                  ) : null}
                  {n.canDelete ? (
                    <form action={deleteNoteAction} className="mt-2">
                      <Context {...work.hidden} />
                      <input type="hidden" name="note" value={n.id} />
                      <Button variant="danger">{tc("delete")}</Button>
                    </form>
                  ) : null}
                  <p className="mt-1 text-sm text-[var(--color-muted)]">{t("deleteHint")}</p>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </CaseworkFrame>
  );
}
