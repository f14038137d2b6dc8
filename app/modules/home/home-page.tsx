// The home page: signed out, what Panel is and how to sign in; signed in, what is next on each of
// your panels, your actions, your panels and your settings.
import { Link } from "@remix-run/react";
import { NotificationBanner, roleLabels } from "~/components/page.tsx";
import { YourActions } from "~/modules/minutes/your-actions.tsx";
import { WhatIsNext } from "~/modules/home/what-is-next.tsx";
import type { SerializeFrom } from "@remix-run/node";
import type { panelsForRequest } from "~/modules/panels/panels.server.ts";
import type { loadWhatIsNext } from "~/modules/home/what-is-next.server.ts";
import type { listOpenActionsForPerson } from "~/modules/minutes/actions.server.ts";

export type HomePageProps = {
  person: { name: string; isSiteAdmin: boolean } | null;
  panels: SerializeFrom<typeof panelsForRequest>;
  next: SerializeFrom<typeof loadWhatIsNext>;
  needsReminder: "tell" | "check" | null;
  supporting: boolean;
  signedOut: string | null;
  actions: SerializeFrom<typeof listOpenActionsForPerson>;
  actionUpdated: string | null;
};

export function HomePage({ person, panels, next, needsReminder, supporting, signedOut, actions, actionUpdated }: HomePageProps) {
  if (!person) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {signedOut ? (
            <NotificationBanner success>
              <p className="govuk-notification-banner__heading">
                {signedOut === "all" ? "You have been signed out of all devices." : "You have been signed out."}
              </p>
            </NotificationBanner>
          ) : null}
          <h1 className="govuk-heading-xl">Panel</h1>
          <p className="govuk-body-l">
            Panel is where disabled people, carers and people who use services work as equals with the council to shape
            adult social care.
          </p>
          <p className="govuk-body">
            Panel members set the agenda together, read papers in the format they need, follow meetings as they happen,
            and claim their pay and expenses.
          </p>
          <Link to="/sign-in" role="button" draggable="false" className="govuk-button govuk-button--start">
            Sign in
          </Link>
          <p className="govuk-body">
            You can make the text bigger or change the colours in{" "}
            <Link className="govuk-link" to="/settings/display">
              display settings
            </Link>
            , before or after you sign in.
          </p>
        </div>
      </div>
    );
  }
  return (
    <>
      {needsReminder ? (
        <NotificationBanner>
          <p className="govuk-notification-banner__heading">
            {needsReminder === "tell" ? "Please tell us your " : "Please check your "}
            <Link className="govuk-notification-banner__link" to="/profile/needs">
              communication needs
            </Link>
            {needsReminder === "tell" ? ", so we can send papers in your format and arrange meetings for you." : " are still right."}
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">Hello, {person.name}</h1>
      {next.length ? <WhatIsNext panels={next} hasActions={actions.length > 0} /> : null}
      {actions.length || actionUpdated ? <YourActions actions={actions} updated={actionUpdated} /> : null}
      <h2 className="govuk-heading-m">Your panels</h2>
      {panels.length === 0 ? (
        <p className="govuk-body">You are not on a panel yet. An admin or a panel chair can add you.</p>
      ) : (
        <ul className="govuk-list">
          {panels.map((panel) => (
            <li key={panel.id} className="app-panel-card">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={`/panels/${panel.id}`}>
                  {panel.name}
                </Link>
              </h3>
              <p className="govuk-body-s">Your role: {panel.roles.map((r) => roleLabels[r]).join(", ")}</p>
            </li>
          ))}
        </ul>
      )}
      {supporting ? (
        <>
          <h2 className="govuk-heading-m">People you support</h2>
          <p className="govuk-body">
            <Link className="govuk-link" to="/supporting">
              Act for the people who have named you as their supporter
            </Link>
          </p>
        </>
      ) : null}
      <h2 className="govuk-heading-m">Your settings</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/profile">
            Your profile and communication needs
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/settings/display">
            Display settings
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/account">
            Your account and signed-in devices
          </Link>
        </li>
        {person.isSiteAdmin ? (
          <li>
            <Link className="govuk-link" to="/admin">
              Administration
            </Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}
