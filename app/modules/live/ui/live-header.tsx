// The top of the live page: whether the page is live (calmly, never as an alert), where the meeting
// is now, and the hidden polite region that carries the summarised announcements.
import { Link } from "@remix-run/react";
import { formatClockTime } from "~/dates.ts";
import type { ConnectionStatus } from "../client/live-client.ts";
import { useLivePage } from "./live-form.tsx";
import { whereTheMeetingIs } from "../client/catch-up.ts";
import { currentEntry } from "../client/live-words.ts";

const connectionWords: Record<ConnectionStatus, string> = {
  connecting: "Connecting…",
  online: "Live",
  offline: "You are offline. What you type is kept and will be sent when you are back.",
  reconnected: "Reconnected",
  removed: "You are no longer in this panel, so this page has stopped following the meeting.",
};

export function ConnectionLine() {
  const { live, hydrated, urls } = useLivePage();
  const status = live.view.connection;
  return (
    <div className="app-live-connection">
      <p className="govuk-body govuk-!-margin-bottom-1" role="status" id="live-connection">
        {hydrated ? (
          <>
            <span className={`app-live-connection__dot app-live-connection__dot--${status}`} aria-hidden="true" />
            {connectionWords[status]}
            {status === "reconnected" ? ". The page is up to date." : ""}
          </>
        ) : (
          "This page does not update by itself. Refresh it to see the latest."
        )}
      </p>
      {live.view.slowDown ? <p className="govuk-body-s">You are sending a lot at once. We will send the rest in a moment.</p> : null}
      <p className="govuk-body-s">
        <Link className="govuk-link" to={urls.live} reloadDocument={!hydrated}>
          Refresh
        </Link>
      </p>
    </div>
  );
}

/** Where the meeting is now: the item, who presents it and its papers, or the break. */
export function NowPanel() {
  const { live, timeZone, urls } = useLivePage();
  const { state } = live.view.snapshot;
  const entry = currentEntry(state);
  const running = state.liveStartedAt && !state.liveEndedAt;
  return (
    <section className="app-live-now" aria-labelledby="now-heading">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id="now-heading">
        Now
      </h2>
      {running && state.onBreakSince ? (
        <p className="govuk-body-l govuk-!-margin-bottom-2">On a break since {formatClockTime(new Date(state.onBreakSince), timeZone)}</p>
      ) : null}
      {running && entry?.kind === "ITEM" ? (
        <>
          <p className="govuk-body-l govuk-!-font-weight-bold govuk-!-margin-bottom-1">
            {state.onBreakSince ? "After the break: " : ""}Item {entry.number}: {entry.title}
          </p>
          {entry.presenter ? <p className="govuk-body govuk-!-margin-bottom-1">Presented by {entry.presenter}</p> : null}
          {entry.about ? <p className="govuk-body govuk-!-margin-bottom-1">{entry.about}</p> : null}
          <p className="govuk-body govuk-!-margin-bottom-0">
            {/* The agenda page, until papers have their own pages in each person's format. */}
            <Link className="govuk-link" to={urls.agenda}>
              Read the papers<span className="govuk-visually-hidden"> for item {entry.number}</span>
            </Link>
          </p>
        </>
      ) : (
        <p className="govuk-body-l govuk-!-margin-bottom-0">{running && state.onBreakSince ? "" : whereTheMeetingIs(state)}</p>
      )}
    </section>
  );
}

export function Announcements() {
  const { live } = useLivePage();
  return (
    <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="live-announcements">
      {live.announcement}
    </div>
  );
}
