// GOV.UK error summary: at the top of the page, linked to each field, focused when it appears so
// keyboard and screen reader users hear it first. Accessibility: WCAG 3.3.1, 3.3.3, 2.4.3.
import { useEffect, useRef } from "react";

export type SummaryError = { fieldId: string; message: string };

export function ErrorSummary({ errors, title = "There is a problem" }: { errors: SummaryError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.fieldId + e.message).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.fieldId + error.message}>
                <a
                  href={`#${error.fieldId}`}
                  onClick={(event) => {
                    // Move focus to the field itself, not just scroll, as GOV.UK Frontend does.
                    const target = document.getElementById(error.fieldId);
                    if (target) {
                      event.preventDefault();
                      target.scrollIntoView();
                      target.focus();
                    }
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** Builds the summary from a Conform form: every field error, linked to the field's id. */
export function formErrors(formId: string, allErrors: Record<string, string[] | undefined>): SummaryError[] {
  return Object.entries(allErrors).flatMap(([name, messages]) =>
    name && messages?.length ? [{ fieldId: `${formId}-${name}`, message: messages[0] ?? "" }] : [],
  );
}
