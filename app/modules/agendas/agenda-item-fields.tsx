// The fields of the propose and change forms for an agenda item.
import type { FieldMetadata } from "@conform-to/react";
import { DateInput } from "~/components/date-input.tsx";
import { Radios, Textarea, TextInput } from "~/components/fields.tsx";
import { AGENDA_ITEM_TYPES, agendaItemTypeHints, agendaItemTypeLabels } from "./schema.ts";

type Fields = Record<
  "title" | "about" | "whyItMatters" | "type" | "presenter" | "minutesNeeded" | "relatedRecommendations" | "councilDecision" | `councilDecisionDate-${"day" | "month" | "year"}`,
  FieldMetadata<unknown>
>;

export function AgendaItemFields({ fields }: { fields: Fields }) {
  return (
    <>
      <TextInput field={fields.title} label="Title" hint="A few words, up to 120 characters" />
      <Textarea field={fields.about} label="What it is about" hint="Say it in your own words" />
      <Textarea field={fields.whyItMatters} label="Why it matters (optional)" hint="Who it affects and what could change" />
      <Radios
        field={fields.type}
        legend="What kind of item is it?"
        options={AGENDA_ITEM_TYPES.map((type) => ({ value: type, label: agendaItemTypeLabels[type], hint: agendaItemTypeHints[type] }))}
      />
      <TextInput field={fields.presenter} label="Who should present it (optional)" hint="A name or a role, like 'the lead officer'" />
      <TextInput field={fields.minutesNeeded} label="Time needed, in minutes" hint="Between 5 and 120" inputMode="numeric" width="3" />
      <TextInput
        field={fields.relatedRecommendations}
        label="Related recommendations (optional)"
        hint="Recommendation numbers from the report, like R4.1, R13.3"
        width="20"
        spellCheck={false}
      />
      <Textarea field={fields.councilDecision} label="The council decision it should influence (optional)" rows={3} />
      <DateInput fields={fields} name="councilDecisionDate" legend="Date of that decision (optional)" />
    </>
  );
}
