// The live meeting page (issue 5): everyone in the panel follows the meeting as it happens, in the
// way they can. It renders whole on the server and every form posts, so it works without
// JavaScript (with a Refresh link); with JavaScript it follows the meeting over one live
// connection and sends the same forms over it (live-form.tsx).
import type { SubmissionResult } from "@conform-to/react";
import { useEffect, useState } from "react";
import { SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors, useErrorSummary, type SummaryError } from "~/components/error-summary.tsx";
import { Breadcrumbs, NotificationBanner } from "~/components/page.tsx";
import { AgendaProgress, MeetingControls, NoteTakers, Queue } from "./chair-controls.tsx";
import { DecisionsAndActions } from "./decisions-actions.tsx";
import { EasyView } from "./easy-view.tsx";
import { LivePageProvider, type LiveFormReply, type LivePage } from "./live-form.tsx";
import { Announcements, ConnectionLine, NowPanel } from "./live-header.tsx";
import { LiveSettings } from "./live-settings.tsx";
import { NoteComposer } from "./note-composer.tsx";
import { NotesStream } from "./notes-stream.tsx";
import type { LiveSnapshot } from "../client/protocol.ts";
import { CatchMeUp, TakePart, type WordAnswer } from "./take-part.tsx";
import { useLiveMeeting } from "../client/use-live-meeting.ts";

/** The action's answer to a refused post: a live form's, or the settings form's. */
export type LiveActionReply = { live: LiveFormReply } | { settings: SubmissionResult<string[]> };

export type LiveMeetingPageProps = {
  panel: { id: string; name: string; timeZone: string };
  cancelled: boolean;
  snapshot: LiveSnapshot;
  readAt: number;
  formIds: LivePage["formIds"];
  banner: string | null;
  wordAnswer: WordAnswer | null;
  /** The note being corrected without JavaScript (`?correct=`). */
  correcting: string | null;
  actionData: LiveActionReply | undefined;
};

/** The error summary for a refused post: each field error linked to its field, or the form's message. */
function summaryOf(reply: LiveFormReply | null, settings: SubmissionResult<string[]> | null): SummaryError[] {
  if (settings?.error) return formErrors("settings", settings.error);
  if (!reply || reply.current) return [];
  const onFields = Object.entries(reply.fieldErrors).map(([name, message]) => ({ fieldId: `${reply.formId}-${name}`, message }));
  return onFields.length ? onFields : [{ fieldId: reply.formId === "page" ? "main-content" : reply.formId, message: reply.message }];
}

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function LiveMeetingPage({ panel, cancelled, snapshot, readAt, formIds, banner, wordAnswer, correcting, actionData }: LiveMeetingPageProps) {
  const reply = actionData && "live" in actionData ? actionData.live : null;
  const settings = actionData && "settings" in actionData ? actionData.settings : null;
  // The live forms show the browser's own check beside their fields (live-form.tsx), so none
  // reports here: the summary lists the server's answer to a post made without JavaScript.
  const { errors } = useErrorSummary(summaryOf(reply, settings));
  const live = useLiveMeeting(snapshot, readAt);
  const hydrated = useHydrated();
  const { state, me } = live.view.snapshot;
  const base = `/panels/${panel.id}/meetings/${state.meetingId}`;
  const page: LivePage = { live, timeZone: panel.timeZone, urls: { live: `${base}/live`, agenda: `${base}/agenda` }, formIds, reply, hydrated };
  const running = Boolean(state.liveStartedAt && !state.liveEndedAt);
  const conflict = reply?.current
    ? "Someone else saved a change to that note while you were editing. Both versions are shown below: choose which to keep."
    : null;

  return (
    <LivePageProvider value={page}>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
          { href: base, text: state.title },
        ]}
      />
      <ErrorSummary errors={errors} />
      {conflict ? (
        <NotificationBanner title="Your correction was not saved yet">
          <p className="govuk-notification-banner__heading">
            <a className="govuk-notification-banner__link" href={`#note-${reply?.current?.id}`}>
              {conflict}
            </a>
          </p>
        </NotificationBanner>
      ) : null}
      <SuccessBanner text={banner} />
      <span className="govuk-caption-l">Live meeting</span>
      <h1 className="govuk-heading-l">{state.title}</h1>
      <ConnectionLine />
      <Announcements />
      {cancelled ? <p className="govuk-inset-text">This meeting was cancelled.</p> : null}

      {me.easyView ? (
        <EasyView wordAnswer={wordAnswer} />
      ) : (
        <div className="govuk-grid-row app-live-columns">
          <div className="govuk-grid-column-two-thirds">
            <NowPanel />
            {me.canChair ? <MeetingControls cancelled={cancelled} /> : null}
            {me.canTakeNotes && running ? <NoteComposer /> : null}
            <NotesStream correcting={correcting} />
            <DecisionsAndActions state={state} notes={live.view.snapshot.notes} />
          </div>
          <div className="govuk-grid-column-one-third">
            {me.canSeeQueue ? <Queue /> : null}
            {running ? <TakePart wordAnswer={wordAnswer} /> : null}
            <CatchMeUp />
            <AgendaProgress />
            {me.canChair ? <NoteTakers /> : null}
          </div>
        </div>
      )}
      <LiveSettings action={page.urls.live} announcements={me.announcements} easyView={me.easyView} lastResult={settings} />
    </LivePageProvider>
  );
}
