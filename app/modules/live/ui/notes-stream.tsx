// The notes as they are written, under a heading for each item, newest last. Each note says its
// kind in words, who wrote it and when, whether it was corrected, and — for the writer — whether it
// is saved yet. Notes still on their way show "Saving…", and keep their text if refused.
import { useEffect, useRef, useState } from "react";
import { Tag } from "~/components/page.tsx";
import { formatClockTime } from "~/dates.ts";
import { GlossaryText } from "../../glossary/glossary-text.tsx";
import type { PendingEdit } from "../client/live-client.ts";
import { useLivePage } from "./live-form.tsx";
import { capitalise, formatDueDate, itemName, OUTSIDE_ITEMS } from "../client/live-words.ts";
import { ConflictChoice, CorrectionForm, noteValuesOf } from "./note-correction.tsx";
import { noteValuesFrom } from "./note-fields.tsx";
import { noteKindLabels, type LiveNote, type LiveState, type NoteKind } from "../client/protocol.ts";

const kindColours: Record<NoteKind, "blue" | "green" | "purple" | "yellow"> = { POINT: "blue", DECISION: "green", ACTION: "purple", QUESTION: "yellow" };

function KindTag({ kind }: { kind: NoteKind }) {
  return <Tag colour={kindColours[kind]}>{noteKindLabels[kind]}</Tag>;
}

type Group = { key: string; itemId: string | null; heading: string; isCurrent: boolean; notes: LiveNote[]; pending: PendingEdit[] };

/** Groups in agenda order, then notes outside the items; the current item shows even when empty. */
function groupNotes(state: LiveState, notes: readonly LiveNote[], pending: readonly PendingEdit[]): Group[] {
  const current = state.entries.find((e) => e.entryId === state.currentEntryId);
  const pendingItem = (edit: PendingEdit) => (typeof edit.payload.itemId === "string" ? edit.payload.itemId : null);
  const groups: Group[] = state.entries
    .filter((e) => e.kind === "ITEM" && e.itemId)
    .map((e) => ({
      key: e.entryId,
      itemId: e.itemId,
      heading: capitalise(itemName(state.entries, e.itemId)),
      isCurrent: e.entryId === current?.entryId,
      notes: notes.filter((n) => n.itemId === e.itemId),
      pending: pending.filter((p) => pendingItem(p) === e.itemId),
    }));
  const known = new Set(groups.map((g) => g.itemId));
  groups.push({
    key: "outside",
    itemId: null,
    heading: capitalise(OUTSIDE_ITEMS),
    isCurrent: false,
    notes: notes.filter((n) => !n.itemId || !known.has(n.itemId)),
    pending: pending.filter((p) => !pendingItem(p) || !known.has(pendingItem(p))),
  });
  return groups.filter((g) => g.isCurrent || g.notes.length || g.pending.length);
}

function NoteDetails({ note }: { note: LiveNote }) {
  if (note.kind === "DECISION" && note.agreedBy) return <p className="govuk-body-s govuk-!-margin-bottom-1">Agreed by {note.agreedBy}</p>;
  if (note.kind !== "ACTION") return null;
  return (
    <dl className="app-live-action">
      <div>
        <dt>Who</dt>
        <dd>{note.ownerName || "Not said yet"}</dd>
      </div>
      {note.dueOn ? (
        <div>
          <dt>By</dt>
          <dd>{formatDueDate(note.dueOn)}</dd>
        </div>
      ) : null}
      {note.recommendations.length ? (
        <div>
          <dt>Recommendations</dt>
          <dd>{note.recommendations.join(", ")}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function NoteItem({ note, startOpen }: { note: LiveNote; startOpen: boolean }) {
  const { live, timeZone, hydrated, reply, urls } = useLivePage();
  const { snapshot, edits, savedHere } = live.view;
  const mayCorrect = note.authorId === snapshot.me.personId || snapshot.me.canChair;
  const [base, setBase] = useState<number | null>(startOpen && mayCorrect ? note.version : null);
  const toggle = useRef<HTMLButtonElement>(null);
  const edit = edits.find((e) => e.event === "correctNote" && e.payload.noteId === note.id);
  const posted = reply?.formId === `correct-${note.id}` ? reply : null;
  // After the correction is sent, or a conflict resolved, focus goes back to where it started.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus || !toggle.current) return;
    toggle.current.focus();
    setRefocus(false);
  }, [refocus, edit, base]);
  const close = () => {
    setBase(null);
    setRefocus(true);
  };

  let correction = null;
  if (edit?.status === "conflict") {
    correction = <ConflictChoice theirs={edit.current ?? note} mine={edit.payload} edit={edit} onResolved={() => setRefocus(true)} />;
  } else if (edit?.status === "refused") {
    correction = (
      <>
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> Your correction was not saved: {edit.message}
        </p>
        <CorrectionForm
          note={note}
          base={Number(edit.payload.baseVersion) || note.version}
          values={noteValuesFrom(edit.payload)}
          edit={edit}
          onSent={() => setRefocus(true)}
        />
      </>
    );
  } else if (edit?.status === "saving") {
    correction = <p className="govuk-body-s app-live-saving">Saving your correction…</p>;
  } else if (posted?.current) {
    correction = <ConflictChoice theirs={posted.current} mine={posted.values} />;
  } else if (posted) {
    correction = <CorrectionForm note={note} base={Number(posted.values.baseVersion) || note.version} values={noteValuesFrom(posted.values)} />;
  } else if (base !== null) {
    correction = <CorrectionForm note={note} base={base} values={noteValuesOf(note)} onSent={close} onCancel={close} />;
  }

  return (
    <li className="app-live-note" id={`note-${note.id}`}>
      <p className="govuk-body-s app-live-note__meta">
        <KindTag kind={note.kind} /> {note.authorName}, {formatClockTime(new Date(note.createdAt), timeZone)}
        {note.version > 1 ? ` · Corrected by ${note.editedByName} (version ${note.version})` : ""}
        {savedHere.includes(note.id) ? (
          <>
            {" "}
            <Tag colour="green">Saved</Tag>
          </>
        ) : null}
      </p>
      <GlossaryText text={note.text} terms={snapshot.glossary} className="govuk-body app-live-note__text" />
      <NoteDetails note={note} />
      {mayCorrect && !posted && edit?.status !== "conflict" && edit?.status !== "refused" ? (
        hydrated ? (
          <button
            type="button"
            ref={toggle}
            className="app-link-button app-link-button--dark govuk-body-s"
            aria-expanded={base !== null}
            onClick={() => setBase((open) => (open === null ? note.version : null))}
          >
            {base === null ? "Correct" : "Stop correcting"}
            <span className="govuk-visually-hidden"> this note</span>
          </button>
        ) : (
          <a className="govuk-link govuk-body-s" href={`${urls.live}?correct=${note.id}#note-${note.id}`}>
            Correct<span className="govuk-visually-hidden"> this note</span>
          </a>
        )
      ) : null}
      {correction}
    </li>
  );
}

function PendingItem({ edit }: { edit: PendingEdit }) {
  const { live } = useLivePage();
  const kind = (edit.payload.kind as NoteKind) ?? "POINT";
  const text = typeof edit.payload.text === "string" ? edit.payload.text : "";
  return (
    <li className="app-live-note app-live-note--pending" id={`note-${edit.key}`}>
      <p className="govuk-body-s app-live-note__meta">
        <KindTag kind={kind} /> You {edit.status === "saving" ? <Tag colour="grey">Saving…</Tag> : <Tag colour="red">Not saved</Tag>}
      </p>
      <p className="govuk-body app-live-note__text">{text}</p>
      {edit.status !== "saving" ? (
        <>
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {edit.message ?? "This note was not saved."} Your text is kept here: copy it if you need it.
          </p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => live.discard(edit.key)}>
            Remove this unsaved note
          </button>
        </>
      ) : null}
    </li>
  );
}

export function NotesStream({ correcting }: { correcting: string | null }) {
  const { live } = useLivePage();
  const { snapshot, edits } = live.view;
  const pending = edits.filter((e) => e.event === "addNote" && !snapshot.notes.some((n) => n.id === e.key));
  const groups = groupNotes(snapshot.state, snapshot.notes, pending);
  return (
    <section className="app-live-section" aria-labelledby="notes-heading">
      <h2 className="govuk-heading-m" id="notes-heading">
        Notes
      </h2>
      {groups.length === 0 ? <p className="govuk-body">No notes yet.</p> : null}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`notes-${group.key}`}>
          <h3 className="govuk-heading-s" id={`notes-${group.key}`}>
            {group.heading}
            {group.isCurrent ? <span className="app-live-now-marker"> (now)</span> : null}
          </h3>
          {group.notes.length || group.pending.length ? (
            <ol className="app-live-notes">
              {group.notes.map((note) => (
                <NoteItem key={note.id} note={note} startOpen={correcting === note.id} />
              ))}
              {group.pending.map((edit) => (
                <PendingItem key={edit.key} edit={edit} />
              ))}
            </ol>
          ) : (
            <p className="govuk-body">No notes under this item yet.</p>
          )}
        </section>
      ))}
    </section>
  );
}
