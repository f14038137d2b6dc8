// The communication needs form, the same for the person and for a site admin acting for them.
// Every follow-up question is always on the page (no reveal that needs JavaScript); its hint says
// when it is needed, and the server checks it only then.
import { type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { Radios, Textarea, TextInput } from "~/components/fields.tsx";
import { CheckboxGroup } from "~/components/checkbox-group.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import {
  CONTACT_METHODS,
  contactMethodLabels,
  MEETING_SUPPORT,
  meetingSupportLabels,
  PAPER_FORMATS,
  paperFormatLabels,
  PHYSICAL_ACCESS,
  physicalAccessLabels,
} from "./codes.ts";
import { communicationNeedsSchema, MAX_POINT_SIZE, MIN_POINT_SIZE, needsFormDefaults, type CommunicationNeedsValues } from "./schema.ts";

type Field = FieldMetadata<unknown>;

/** `saved` is null before the person has told us anything: no answer is chosen for them (GOV.UK). */
export function useNeedsForm(lastResult: SubmissionResult<string[]> | undefined, saved: CommunicationNeedsValues | null) {
  return useZodForm({
    id: "needs",
    schema: communicationNeedsSchema,
    lastResult,
    defaultValue: saved ? needsFormDefaults(saved) : undefined,
  });
}

type NeedsFieldSet = Record<
  | "paperFormat"
  | "largePrintPointSize"
  | "brailleGrade"
  | "language"
  | "contactMethod"
  | "supporterContact"
  | "meetingSupport"
  | "physicalAccess"
  | "dietaryNeeds"
  | "inOwnWords"
  | "shareWithStaff",
  Field
>;

/** `who` is "you" on the person's own page, or their name when an admin fills it in for them. */
export function NeedsFields({ fields, who = "you" }: { fields: NeedsFieldSet; who?: string }) {
  const your = who === "you" ? "your" : `${who}'s`;
  return (
    <>
      <Radios
        field={fields.paperFormat}
        legend="How do you want your papers?"
        hint="Agendas, reports and minutes will be sent to you this way."
        options={PAPER_FORMATS.map((format) => ({ value: format, label: paperFormatLabels[format] }))}
      />
      <TextInput
        field={fields.largePrintPointSize}
        label="Large print: point size"
        hint={`Only needed if you chose large print. A number from ${MIN_POINT_SIZE} to ${MAX_POINT_SIZE}, for example 18 or 24.`}
        inputMode="numeric"
        width="3"
        spellCheck={false}
      />
      <Radios
        field={fields.brailleGrade}
        legend="Braille: which grade?"
        legendSize="s"
        hint="Only needed if you chose Braille."
        inline
        options={[
          { value: "1", label: "Grade 1" },
          { value: "2", label: "Grade 2" },
        ]}
      />
      <TextInput
        field={fields.language}
        label="Another language: which one?"
        hint="Only needed if you chose another language. For example, Polish or Urdu."
        width="20"
      />
      <Radios
        field={fields.contactMethod}
        legend="How should we contact you?"
        hint="We use this for meeting invitations and reminders."
        options={CONTACT_METHODS.map((method) => ({ value: method, label: contactMethodLabels[method] }))}
      />
      <TextInput
        field={fields.supporterContact}
        label="Your supporter's name and how to contact them"
        hint="Only needed if you chose a named supporter. For example: Jo Smith, 07700 900123."
      />
      <CheckboxGroup
        field={fields.meetingSupport}
        legend="Support at meetings"
        hint="Choose all that apply."
        options={MEETING_SUPPORT.map((code) => ({ value: code, label: meetingSupportLabels[code] }))}
      />
      <CheckboxGroup
        field={fields.physicalAccess}
        legend="Getting into and around the building"
        hint="Choose all that apply."
        options={PHYSICAL_ACCESS.map((code) => ({ value: code, label: physicalAccessLabels[code] }))}
      />
      <Textarea field={fields.dietaryNeeds} label="Dietary needs" hint="For example: vegetarian, no nuts, soft food." rows={3} />
      <Textarea
        field={fields.inOwnWords}
        label="In your own words"
        hint="Anything else that helps you take part, said your way."
      />
      <Radios
        field={fields.shareWithStaff}
        legend="Can officers and finance staff see these needs to arrange things for you?"
        hint={
          <>
            If yes, the chair, council officers and panel admins see {your} name with these needs, so they can book an
            interpreter, print papers or arrange the room. Finance staff only ever see totals, like "2 large print", never
            names. If no, everyone only sees totals without names. We keep a record every time someone looks at {your}{" "}
            needs.
          </>
        }
        inline
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
      />
    </>
  );
}
