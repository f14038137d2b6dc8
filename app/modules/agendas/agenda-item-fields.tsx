// The fields of the propose and change forms for an agenda item. Proposing asks three short
// questions and folds the rest into "Add more detail (optional)" (issue 10; docs/notes/proposing.md):
// the chair or an officer can fill those in when they shape the item. The fold opens by itself
// when a field inside it has an error or a value, so nothing typed is hidden.
import type { FieldMetadata } from "@conform-to/react";
import { useState } from "react";
import { DateInput } from "~/components/date-input.tsx";
import { Radios, Textarea, TextInput } from "~/components/fields.tsx";
import { AGENDA_ITEM_TYPES, agendaItemTypeHints, agendaItemTypeLabels, agendaItemTypeOptional, DEFAULT_MINUTES } from "./schema.ts";

type FieldName =
  | "title"
  | "about"
  | "whyItMatters"
  | "type"
  | "presenter"
  | "minutesNeeded"
  | "relatedRecommendations"
  | "councilDecision"
  | `councilDecisionDate-${"day" | "month" | "year"}`;
type Fields = Record<FieldName, FieldMetadata<unknown>>;

const FOLDED: FieldName[] = [
  "type",
  "presenter",
  "minutesNeeded",
  "relatedRecommendations",
  "councilDecision",
  "councilDecisionDate-day",
  "councilDecisionDate-month",
  "councilDecisionDate-year",
];

/** The fold starts open when the person has put something in it, or got something wrong in it. */
function hasFoldedDetail(fields: Fields): boolean {
  return FOLDED.some((name) => {
    const field = fields[name];
    return Boolean(field.errors?.length) || (typeof field.initialValue === "string" && field.initialValue.trim() !== "");
  });
}

export function AgendaItemFields({ fields, folded = false }: { fields: Fields; folded?: boolean }) {
  // Once open for an error or a value, the fold stays open, so a later check cannot hide what was typed.
  const wanted = hasFoldedDetail(fields);
  const [stayOpen, setStayOpen] = useState(wanted);
  if (wanted && !stayOpen) setStayOpen(true);
  if (!folded) {
    return (
      <>
        <TextInput field={fields.title} label="Title" hint="A few words, up to 120 characters" />
        <Textarea field={fields.about} label="What it is about" hint="Say it in your own words" />
        <Textarea field={fields.whyItMatters} label="Why it matters (optional)" hint="Who it affects and what could change" />
        <MoreDetail fields={fields} />
      </>
    );
  }
  return (
    <>
      <TextInput field={fields.title} label="What do you want the panel to talk about?" hint="A few words, like a title. Up to 120 characters." />
      <Textarea field={fields.about} label="Tell us more about it" hint="Say it in your own words" />
      <Textarea field={fields.whyItMatters} label="Why it matters (optional)" hint="Who it affects and what could change" />
      <details className="govuk-details" open={stayOpen || undefined}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Add more detail (optional)</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body">You do not need to fill these in. The chair or an officer can add them later.</p>
          <MoreDetail fields={fields} folded />
        </div>
      </details>
    </>
  );
}

function MoreDetail({ fields, folded = false }: { fields: Fields; folded?: boolean }) {
  return (
    <>
      <Radios
        field={fields.type}
        legend={folded ? "What kind of item is it? (optional)" : "What kind of item is it?"}
        legendSize={folded ? "s" : "m"}
        hint={folded ? agendaItemTypeOptional : undefined}
        options={AGENDA_ITEM_TYPES.map((type) => ({ value: type, label: agendaItemTypeLabels[type], hint: agendaItemTypeHints[type] }))}
      />
      <TextInput field={fields.presenter} label="Who should present it (optional)" hint="A name or a role, like 'the lead officer'" />
      <TextInput
        field={fields.minutesNeeded}
        label={folded ? "Time needed, in minutes (optional)" : "Time needed, in minutes"}
        hint={folded ? `Between 5 and 120. If you leave it empty, the panel plans ${DEFAULT_MINUTES} minutes.` : "Between 5 and 120"}
        inputMode="numeric"
        width="3"
      />
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
