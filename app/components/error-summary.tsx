// GOV.UK error summary: at the top of the page, linked to each field, focused when it appears so
// keyboard and screen reader users hear it first. Accessibility: WCAG 3.3.1, 3.3.3, 2.4.3.
import { useCallback, useEffect, useRef, useState } from "react";

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

/**
 * Builds the summary from a Conform form's errors: the first message of each field, linked to the
 * field's id. The form's own error (no field) links to `formLink`, or is left out without one
 * (a single-form page shows it with the form).
 */
export function formErrors(
  formId: string,
  errors: Record<string, string[] | null | undefined> | null | undefined,
  formLink?: string,
): SummaryError[] {
  return Object.entries(errors ?? {}).flatMap(([name, messages]) => {
    const fieldId = name ? `${formId}-${name}` : formLink;
    return fieldId && messages?.length ? [{ fieldId, message: messages[0] ?? "" }] : [];
  });
}

/** How a form on a page of several tells the page's one summary its errors. */
export type ReportErrors = (formId: string, errors: SummaryError[]) => void;

/**
 * One error summary for a page with several forms. `fromServer` (the errors in the server's
 * answer) comes first, as rendered, so it shows without JavaScript; then what each form reports
 * with useReportErrors after checking itself in the browser; each error once.
 */
export function useErrorSummary(fromServer: SummaryError[]): { errors: SummaryError[]; report: ReportErrors } {
  const [reported, setReported] = useState<Record<string, SummaryError[]>>({});
  const report = useCallback<ReportErrors>(
    (formId, errors) => setReported((known) => (JSON.stringify(known[formId] ?? []) === JSON.stringify(errors) ? known : { ...known, [formId]: errors })),
    [],
  );
  const seen = new Set<string>();
  const errors = [...fromServer, ...Object.values(reported).flat()].filter((error) => {
    const key = `${error.fieldId} ${error.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { errors, report };
}

/**
 * A form's part in useErrorSummary: it reports its errors (from the browser's check or the
 * server's answer) whenever they change, and takes them back when it leaves the page, so a
 * removed form's errors do not stay in the summary. `formLink` as in formErrors.
 */
export function useReportErrors(formId: string, allErrors: Record<string, string[] | undefined>, report: ReportErrors, formLink?: string) {
  const key = JSON.stringify(formErrors(formId, allErrors, formLink));
  useEffect(() => {
    report(formId, JSON.parse(key) as SummaryError[]);
    return () => report(formId, []);
  }, [formId, key, report]);
}
