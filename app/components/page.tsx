// Small page pieces: breadcrumbs, notification banner, tags with words (never colour alone).
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export function Breadcrumbs({ items }: { items: { href: string; text: string }[] }) {
  return (
    <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li className="govuk-breadcrumbs__list-item" key={item.href}>
            <Link className="govuk-breadcrumbs__link" to={item.href}>
              {item.text}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function NotificationBanner({
  title = "Important",
  success,
  children,
}: {
  title?: string;
  success?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={`govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`}
      role={success ? "alert" : "region"}
      aria-labelledby="notification-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-banner-title">
          {success ? "Success" : title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

export function Tag({ children, colour }: { children: ReactNode; colour?: "grey" | "green" | "red" | "blue" | "yellow" | "purple" }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ""}`}>{children}</strong>;
}

export const roleLabels = {
  MEMBER: "Member",
  CHAIR: "Chair",
  OFFICER: "Council officer",
  FINANCE: "Finance (ULO)",
  ADMIN: "Panel admin",
} as const;

/** Text typed on several lines (an address, a venue), shown with its line breaks. */
export function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split(/\r?\n/).map((line, i) => (
        <span key={i}>
          {i ? <br /> : null}
          {line}
        </span>
      ))}
    </>
  );
}
