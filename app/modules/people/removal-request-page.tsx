// Asking for your information to be removed (decision 007): what is removed, what is kept and why.
import { Form, Link } from "@remix-run/react";
import { Breadcrumbs, NotificationBanner } from "~/components/page.tsx";

export type RemovalRequestPageProps = { requestedOn: string | null; justAsked: boolean };

export function RemovalRequestPage({ requestedOn, justAsked }: RemovalRequestPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={[{ href: "/profile", text: "Your profile" }]} />
        {justAsked ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">We have your request. A site admin will deal with it.</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Ask for your information to be removed</h1>
        <p className="govuk-body">You can ask us to remove what Panel holds about you. A site admin does the removal. When they do:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>your name, contact details, profile and communication needs are removed</li>
          <li>what you said or did on the panel stays, but no longer shows who you are (it is anonymised)</li>
          <li>records of money paid to you, such as fees and expenses, are kept for as long as the law requires</li>
          <li>you will not be able to sign in any more</li>
        </ul>
        <h2 className="govuk-heading-m">What we keep, and why</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            records of money paid to you, because tax law says we must keep them (usually for 6 years); they are seen only by the
            people who pay claims and by auditors
          </li>
          <li>
            the record of what was done on the panel and when, so the panel can show how it made its decisions; it no longer
            shows your name, only a number
          </li>
        </ul>
        <p className="govuk-body">
          Before you ask, you may want to{" "}
          <Link className="govuk-link" to="/profile/download">
            download everything we hold about you
          </Link>
          .
        </p>
        {requestedOn ? (
          <div className="govuk-inset-text">
            You asked for your information to be removed on {requestedOn}. A site admin will deal with it and contact you.
          </div>
        ) : (
          <Form method="post">
            <button type="submit" className="govuk-button govuk-button--warning">
              Ask for my information to be removed
            </button>
          </Form>
        )}
      </div>
    </div>
  );
}
