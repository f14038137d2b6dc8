// The fields of a note, shared by "Add a note" and "Correct a note": its kind, its text, and what a
// decision or an action also needs. With JavaScript only the fields for the chosen kind show;
// without it they all show, each group saying what it is for.
import type { ChangeEvent, KeyboardEvent } from "react";
import { DateInputBoxes } from "~/components/date-input.tsx";
import { DATE_PARTS, datePartsOf, readDateParts, type DatePart, type DateParts } from "~/dates.ts";
import { RadioField, SelectField, TextArea, TextField } from "./plain-fields.tsx";
import type { FormErrors } from "./live-form.tsx";
import { NOTE_KINDS, noteKindLabels, type NoteKind } from "../client/protocol.ts";

export type NoteValues = {
  kind: NoteKind;
  text: string;
  agreedBy: string;
  ownerId: string;
  ownerName: string;
  /** The date it is due ("2026-12-31"), or "" when none or not a date. */
  dueOn: string;
  /** "By when" as its day, month and year boxes show it. */
  dueOnBoxes: DateParts;
  recommendations: string;
};

/** From a note (dueOn "2026-12-31") or from a posted form (dueOn-day, dueOn-month, dueOn-year). */
export function noteValuesFrom(values: Partial<Record<keyof NoteValues | `dueOn-${DatePart}`, unknown>>): NoteValues {
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
    ...dueOnValues(values),
    recommendations: text("recommendations"),
  };
}

function dueOnValues(values: Partial<Record<string, unknown>>): Pick<NoteValues, "dueOn" | "dueOnBoxes"> {
  const posted = DATE_PARTS.some((part) => typeof values[`dueOn-${part}`] === "string");
  if (!posted) {
    const dueOn = typeof values.dueOn === "string" ? values.dueOn : "";
    return { dueOn, dueOnBoxes: datePartsOf(dueOn) };
  }
  const dueOnBoxes = Object.fromEntries(DATE_PARTS.map((part) => [part, String(values[`dueOn-${part}`] ?? "")])) as DateParts;
  const read = readDateParts(dueOnBoxes);
  return { dueOn: read.kind === "date" ? read.date : "", dueOnBoxes };
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
        <DateInputBoxes
          id={id("dueOn")}
          boxIds={{ day: id("dueOn"), month: id("dueOn-month"), year: id("dueOn-year") }}
          name="dueOn"
          legend="By when (optional)"
          values={values.dueOnBoxes}
          error={errors.dueOn}
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
