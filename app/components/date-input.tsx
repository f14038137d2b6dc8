// The GOV.UK date input: day, month and year boxes in one fieldset, with a hint, one error message
// and only the wrong boxes highlighted. Not the browser's date picker, which shows mm/dd/yyyy in an
// American browser and is hard to use with a screen reader or voice control. Its three boxes are
// Conform fields `<name>-day`, `-month` and `-year`, read by checkDateInput in app/dates.ts; the
// error goes on the first wrong box, so the error summary links to it. Works without JavaScript,
// and keeps what was typed when the form comes back with an error.
// Accessibility: WCAG 1.3.1 (fieldset and legend), 3.3.1 and 3.3.3 (which part is wrong), 3.3.2.
import type { FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { DATE_HINT, DATE_PARTS, readDateParts, type DatePart } from "~/dates.ts";

type Field = FieldMetadata<unknown>;

const partLabels: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };

function typedIn(field: Field): string {
  return typeof field.initialValue === "string" ? field.initialValue : "";
}

export function DateInput({
  fields,
  name,
  legend,
  hint = DATE_HINT,
  legendSize = "s",
}: {
  /** The form's Conform fields, holding `<name>-day`, `<name>-month` and `<name>-year`. */
  fields: Record<string, Field>;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  legendSize?: "s" | "m" | "l";
}) {
  const parts = DATE_PARTS.map((part) => ({ part, field: fields[`${name}-${part}`]! }));
  const id = parts[0]!.field.id.replace(/-day$/, "");
  const message = parts.flatMap(({ field }) => field.errors ?? [])[0];
  // The same reading the server made says which boxes are wrong; a problem with the date as a
  // whole (after the meeting, say) highlights all three.
  const read = readDateParts(Object.fromEntries(parts.map(({ part, field }) => [part, typedIn(field)])));
  const wrong: readonly DatePart[] = message ? (read.kind === "problem" ? read.parts : DATE_PARTS) : [];
  const describedBy = [hint ? `${id}-hint` : "", message ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`govuk-form-group${message ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {message ? (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {message}
          </p>
        ) : null}
        <div className="govuk-date-input" id={id}>
          {parts.map(({ part, field }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={field.id}>
                  {partLabels[part]}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${part === "year" ? "4" : "2"}${wrong.includes(part) ? " govuk-input--error" : ""}`}
                  id={field.id}
                  name={field.name}
                  type="text"
                  inputMode="numeric"
                  defaultValue={typedIn(field)}
                  key={field.key}
                  aria-invalid={wrong.includes(part) || undefined}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
