// The fields of a note, shared by "Add a note" and "Correct a note": its kind, its text, and what a
// decision or an action also needs. With JavaScript only the fields for the chosen kind show;
// without it they all show, each group saying what it is for.
import type { ChangeEvent, KeyboardEvent } from "react";
import { RadioField, SelectField, TextArea, TextField } from "./live-fields.tsx";
import type { FormErrors } from "./live-form.tsx";
import { NOTE_KINDS, noteKindLabels, type NoteKind } from "./protocol.ts";

export type NoteValues = {
  kind: NoteKind;
  text: string;
  agreedBy: string;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  recommendations: string;
};

export const emptyNote: NoteValues = { kind: "POINT", text: "", agreedBy: "", ownerId: "", ownerName: "", dueOn: "", recommendations: "" };

export function noteValuesFrom(values: Partial<Record<keyof NoteValues, unknown>>): NoteValues {
  const text = (key: keyof NoteValues) => {
    const value = values[key];
    if (Array.isArray(value)) return value.join(", ");
    return typeof value === "string" ? value : "";
  };
  const kind = NOTE_KINDS.find((k) => k === values.kind) ?? "POINT";
  return {
    kind,
    text: text("text"),
    agreedBy: text("agreedBy"),
    ownerId: text("ownerId"),
    ownerName: text("ownerName"),
    dueOn: text("dueOn"),
    recommendations: text("recommendations"),
  };
}

export function NoteFields({
  formId,
  values,
  errors,
  people,
  kind,
  onKindChange,
  text,
  onTextChange,
  onTextKeyDown,
  textLabel,
  textHint,
  showAll,
}: {
  formId: string;
  values: NoteValues;
  errors: FormErrors;
  people: { personId: string; name: string }[];
  kind: NoteKind;
  onKindChange: (kind: NoteKind) => void;
  text?: string;
  onTextChange?: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onTextKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  textLabel: string;
  textHint?: string;
  /** Without JavaScript every group shows, since none can be revealed. */
  showAll: boolean;
}) {
  const id = (name: string) => `${formId}-${name}`;
  const showDecision = showAll || kind === "DECISION";
  const showAction = showAll || kind === "ACTION";
  return (
    <>
      <RadioField
        id={id("kind")}
        name="kind"
        legend="What kind of note is it?"
        options={NOTE_KINDS.map((k) => ({ value: k, label: noteKindLabels[k] }))}
        value={kind}
        onChange={(value) => onKindChange(value as NoteKind)}
        error={errors.kind}
        inline
        small
      />
      <TextArea
        id={id("text")}
        name="text"
        label={textLabel}
        hint={textHint}
        error={errors.text}
        value={text}
        defaultValue={values.text}
        onChange={onTextChange}
        onKeyDown={onTextKeyDown}
        labelClassName="govuk-label govuk-label--s"
      />
      {/* Hidden, not removed, so what was typed is still there after changing kind and back. */}
      <div className={showAll ? "app-live-note-extra" : undefined} hidden={!showDecision}>
        {showAll ? <p className="govuk-body govuk-!-font-weight-bold">For a decision</p> : null}
        <TextField
          id={id("agreedBy")}
          name="agreedBy"
          label="Who agreed"
          hint="For example, everyone, or the panel and the council"
          defaultValue={values.agreedBy}
          error={errors.agreedBy}
        />
      </div>
      <div className={showAll ? "app-live-note-extra" : undefined} hidden={!showAction}>
        {showAll ? <p className="govuk-body govuk-!-font-weight-bold">For an action</p> : null}
        <SelectField
          id={id("ownerId")}
          name="ownerId"
          label="Who will do it"
          defaultValue={values.ownerId}
          error={errors.ownerId}
          options={[{ value: "", label: "Someone not on this list" }, ...people.map((p) => ({ value: p.personId, label: p.name }))]}
        />
        <TextField
          id={id("ownerName")}
          name="ownerName"
          label="Or type their name"
          hint="If they are not on the list"
          defaultValue={values.ownerName}
          error={errors.ownerName}
          width="20"
        />
        <TextField
          id={id("dueOn")}
          name="dueOn"
          type="date"
          label="By when (optional)"
          hint="For example, 2026-12-31"
          defaultValue={values.dueOn}
          error={errors.dueOn}
          width="10"
        />
        <TextField
          id={id("recommendations")}
          name="recommendations"
          label="Recommendations it is about (optional)"
          hint="Separate them with commas, for example R6.4, R7.1"
          defaultValue={values.recommendations}
          error={errors.recommendations}
          width="20"
        />
      </div>
    </>
  );
}
