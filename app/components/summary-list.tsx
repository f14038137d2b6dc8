// GOV.UK summary list and summary card. Action links carry visually hidden words that say what
// they act on ("Change<hidden> Kim's phone number</hidden>"), so every "Change" link has its own
// name when links are listed out of context (WCAG 2.4.4 link purpose).
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export type SummaryAction = {
  href: string;
  text: string;
  /** Read straight after `text`, written as it should read: " Kim Ellis", ": Panel meeting". */
  visuallyHiddenText?: string;
};

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  actions?: SummaryAction[];
  /** React's key when `key` is not a unique string (a glossary term's id). */
  id?: string;
  valueClassName?: string;
};

function ActionLink({ action }: { action: SummaryAction }) {
  return (
    <Link className="govuk-link" to={action.href}>
      {action.text}
      {action.visuallyHiddenText ? <span className="govuk-visually-hidden">{action.visuallyHiddenText}</span> : null}
    </Link>
  );
}

/** Rows given as null or false are left out, so a row can be shown on a condition in place. */
export function SummaryList({ rows, noBorder, className }: { rows: (SummaryListRow | null | false | undefined)[]; noBorder?: boolean; className?: string }) {
  const shown = rows.filter((row): row is SummaryListRow => Boolean(row));
  // GOV.UK: when some rows have actions, the others are marked so their borders line up.
  const someHaveActions = shown.some((row) => row.actions?.length);
  const listClass = ["govuk-summary-list", noBorder ? "govuk-summary-list--no-border" : "", className ?? ""].filter(Boolean).join(" ");
  return (
    <dl className={listClass}>
      {shown.map((row, index) => {
        const actions = row.actions ?? [];
        const rowClass = someHaveActions && !actions.length ? "govuk-summary-list__row govuk-summary-list__row--no-actions" : "govuk-summary-list__row";
        return (
          <div className={rowClass} key={row.id ?? (typeof row.key === "string" ? row.key : index)}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className={row.valueClassName ? `govuk-summary-list__value ${row.valueClassName}` : "govuk-summary-list__value"}>{row.value}</dd>
            {actions.length === 1 ? (
              <dd className="govuk-summary-list__actions">
                <ActionLink action={actions[0]!} />
              </dd>
            ) : actions.length > 1 ? (
              <dd className="govuk-summary-list__actions">
                <ul className="govuk-summary-list__actions-list">
                  {actions.map((action) => (
                    <li className="govuk-summary-list__actions-list-item" key={action.href}>
                      <ActionLink action={action} />
                    </li>
                  ))}
                </ul>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}

/** A GOV.UK summary card: a titled box around a summary list (or other content) about one thing. */
export function SummaryCard({
  title,
  headingLevel = 3,
  actions,
  children,
}: {
  title: ReactNode;
  headingLevel?: 2 | 3 | 4;
  actions?: SummaryAction[];
  children: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {actions?.length ? (
          <ul className="govuk-summary-card__actions">
            {actions.map((action) => (
              <li className="govuk-summary-card__action" key={action.href}>
                <ActionLink action={action} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
