// The GOV.UK date input: day, month and year boxes in one fieldset, with a hint, one error message
// and only the wrong boxes highlighted. Not the browser's date picker, which shows mm/dd/yyyy in an
// American browser and is hard to use with a screen reader or voice control. Its three boxes are
// Conform fields `<name>-day`, `-month` and `-year`, read by checkDateInput in app/dates.ts; the
// error goes on the first wrong box, so the error summary links to it. Works without JavaScript,
// and keeps what was typed when the form comes back with an error.
// Accessibility: WCAG 1.3.1 (fieldset and legend), 3.3.1 and 3.3.3 (which part is wrong), 3.3.2.
import type { FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { DATE_HINT, DATE_PARTS, readDateParts, type DatePart, type DateParts } from "~/dates.ts";

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
  const parts = Object.fromEntries(DATE_PARTS.map((part) => [part, fields[`${name}-${part}`]!])) as Record<DatePart, Field>;
  return (
    <DateInputBoxes
      id={parts.day.id.replace(/-day$/, "")}
      boxIds={{ day: parts.day.id, month: parts.month.id, year: parts.year.id }}
      name={parts.day.name.replace(/-day$/, "")}
      legend={legend}
      hint={hint}
      legendSize={legendSize}
      values={{ day: typedIn(parts.day), month: typedIn(parts.month), year: typedIn(parts.year) }}
      error={DATE_PARTS.flatMap((part) => parts[part].errors ?? [])[0]}
      resetKeys={{ day: parts.day.key, month: parts.month.key, year: parts.year.key }}
    />
  );
}

/**
 * The same date input from plain values and one error, for forms checked without Conform (the
 * live meeting page). `boxIds` default to `<id>-day`, `<id>-month` and `<id>-year`.
 */
export function DateInputBoxes({
  id,
  boxIds,
  name,
  legend,
  hint = DATE_HINT,
  legendSize = "s",
  values,
  error,
  resetKeys,
}: {
  id: string;
  boxIds?: Record<DatePart, string>;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  legendSize?: "s" | "m" | "l";
  values: Partial<DateParts>;
  error?: string;
  resetKeys?: Partial<Record<DatePart, string | undefined>>;
}) {
  // The same reading the server made says which boxes are wrong; a problem with the date as a
  // whole (after the meeting, say) highlights all three.
  const read = readDateParts(values);
  const wrong: readonly DatePart[] = error ? (read.kind === "problem" ? read.parts : DATE_PARTS) : [];
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-date-input" id={boxIds?.day === id ? undefined : id}>
          {DATE_PARTS.map((part) => {
            const boxId = boxIds?.[part] ?? `${id}-${part}`;
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={boxId}>
                    {partLabels[part]}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${part === "year" ? "4" : "2"}${wrong.includes(part) ? " govuk-input--error" : ""}`}
                    id={boxId}
                    name={`${name}-${part}`}
                    type="text"
                    inputMode="numeric"
                    defaultValue={values[part] ?? ""}
                    key={resetKeys?.[part]}
                    aria-invalid={wrong.includes(part) || undefined}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
