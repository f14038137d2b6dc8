// Checkboxes that share one name (choose all that apply), in the GOV.UK pattern. Shared by the
// needs, people and profile forms. Accessibility: WCAG 1.3.1 (fieldset and legend), 3.3.1, 3.3.2.
import type { FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";

type Field = FieldMetadata<unknown>;

/** Checkboxes that share one name; the first carries the field's id for the error summary. */
export function CheckboxGroup({ field, legend, hint, options }: { field: Field; legend: ReactNode; hint?: ReactNode; options: { value: string; label: string }[] }) {
  const chosen = Array.isArray(field.initialValue) ? field.initialValue : typeof field.initialValue === "string" ? [field.initialValue] : [];
  const error = field.errors?.[0];
  const describedBy = [hint ? `${field.id}-hint` : "", error ? field.errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {hint ? (
          <div id={`${field.id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={field.errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-checkboxes" key={field.key}>
          {options.map((option, index) => {
            const id = index === 0 ? field.id : `${field.id}-${option.value}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={field.name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={chosen.includes(option.value)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

