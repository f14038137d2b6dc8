// Correcting a note (its writer or the chair). The correction says which version it started from;
// if someone else saved a change meanwhile, nothing is overwritten: the person is shown both
// versions and chooses — keep theirs, save theirs over with their own, or combine the two and save
// (issue 5: "the second save is shown both versions and chooses").
import { Form } from "@remix-run/react";
import { useState } from "react";
import { Hidden } from "./plain-fields.tsx";
import { LiveForm, useLivePage } from "./live-form.tsx";
import { eventFor, type PostedFields } from "../client/form-events.ts";
import { newId } from "../client/live-ids.ts";
import { describeAction } from "../client/live-words.ts";
import { NoteFields, noteValuesFrom, type NoteValues } from "./note-fields.tsx";
import { noteKindLabels, type LiveNote, type NoteKind } from "../client/protocol.ts";
import type { PendingEdit } from "../client/live-client.ts";

/** A note's stored fields, as the correction form starts from them. */
export function noteValuesOf(note: LiveNote): NoteValues {
  return noteValuesFrom({ ...note, ownerName: note.ownerId ? "" : note.ownerName, ownerId: note.ownerId ?? "", dueOn: note.dueOn ?? "" });
}

/**
 * The correction form. `base` is the version the correction starts from; `edit`, when given, is a
 * kept correction being sent again (after a conflict or a refusal) under its own id.
 */
export function CorrectionForm({
  note,
  base,
  values,
  edit,
  submitLabel = "Save the correction",
  onSent,
  onCancel,
}: {
  note: LiveNote;
  base: number;
  values: NoteValues;
  edit?: PendingEdit;
  submitLabel?: string;
  onSent?: () => void;
  onCancel?: () => void;
}) {
  const { live, formIds, hydrated } = useLivePage();
  const [kind, setKind] = useState<NoteKind>(values.kind);
  const formId = `correct-${note.id}`;
  const meetingId = note.meetingId;
  return (
    <LiveForm
      intent="correct-note"
      formId={formId}
      className="app-live-correction"
      send={
        edit
          ? (fields: PostedFields) => {
              const { payload } = eventFor("correct-note", { ...fields, editId: edit.key }, meetingId, newId);
              live.retry(edit.key, payload);
              return {};
            }
          : undefined
      }
      onSent={() => onSent?.()}
    >
      {(errors) => (
        <>
          <Hidden fields={{ noteId: note.id, baseVersion: base, editId: formIds.edit }} />
          <NoteFields
            formId={formId}
            values={values}
            errors={errors}
            people={live.view.snapshot.people}
            kind={kind}
            onKindChange={setKind}
            textLabel="The note"
            showAll={!hydrated}
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
              {submitLabel}
            </button>
            {onCancel ? (
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onCancel}>
                Cancel
              </button>
            ) : null}
          </div>
        </>
      )}
    </LiveForm>
  );
}

function NoteText({ note }: { note: Pick<LiveNote, "kind" | "text" | "agreedBy" | "ownerName" | "dueOn" | "recommendations"> }) {
  return (
    <div className="govuk-inset-text app-live-version">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{noteKindLabels[note.kind]}:</strong> <span className="app-live-note__text">{note.kind === "ACTION" ? describeAction(note) : note.text}</span>
      </p>
      {note.kind === "DECISION" && note.agreedBy ? <p className="govuk-body govuk-!-margin-bottom-0">Agreed by {note.agreedBy}</p> : null}
    </div>
  );
}

/** Both versions, side by side in reading order, and the choice. Works with and without JavaScript. */
export function ConflictChoice({
  theirs,
  mine,
  edit,
  onResolved,
}: {
  theirs: LiveNote;
  mine: PostedFields | Record<string, unknown>;
  edit?: PendingEdit;
  onResolved?: () => void;
}) {
  const { live, urls } = useLivePage();
  const headingId = `conflict-${theirs.id}`;
  const values = noteValuesFrom(mine as Record<string, unknown>);
  const people = live.view.snapshot.people;
  const ownerName = (values.ownerId && people.find((p) => p.personId === values.ownerId)?.name) || values.ownerName;
  return (
    <div className="app-live-conflict" role="group" aria-labelledby={headingId}>
      <h4 className="govuk-heading-s" id={headingId}>
        Someone else saved a change while you were editing
      </h4>
      <p className="govuk-body">
        Nothing has been lost. Read both versions, then choose which to keep. You can also change yours to combine them, then save it.
      </p>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Their version (saved by {theirs.editedByName})</p>
      <NoteText note={theirs} />
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Your version</p>
      <NoteText
        note={{
          ...values,
          ownerName,
          dueOn: values.dueOn || null,
          recommendations: values.recommendations ? values.recommendations.split(/[\s,;]+/).filter(Boolean) : [],
        }}
      />
      <details className="govuk-details" open>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Save your version, or change it first</span>
        </summary>
        <div className="govuk-details__text">
          <CorrectionForm note={theirs} base={theirs.version} values={values} edit={edit} submitLabel="Save my version" onSent={onResolved} />
        </div>
      </details>
      <Form
        method="post"
        action={urls.live}
        preventScrollReset
        onSubmit={(event) => {
          if (!live.ready || !edit) return;
          event.preventDefault();
          live.discard(edit.key);
          onResolved?.();
        }}
      >
        <Hidden fields={{ intent: "keep-theirs", noteId: theirs.id }} />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Keep their version
        </button>
      </Form>
    </div>
  );
}
