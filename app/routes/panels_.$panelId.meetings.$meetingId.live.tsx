// The live meeting page (issue 5): everyone in the panel follows the meeting as it happens, in the
// way they can. It renders whole on the server and every form posts, so it works without
// JavaScript (with a Refresh link); with JavaScript it follows the meeting over one live
// connection and sends the same forms over it (app/modules/live/live-form.tsx). Every post goes
// through handleLiveEvent, which checks the person's access afresh each time.
import { hitRateLimit } from "~/modules/auth/rate-limit.server.ts";
import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors, useErrorSummary, type SummaryError } from "~/components/error-summary.tsx";
import { Breadcrumbs, NotificationBanner } from "~/components/page.tsx";
import { idSchema, notFound } from "~/modules/auth/permissions.server.ts";
import { AgendaProgress, MeetingControls, NoteTakers, Queue } from "~/modules/live/chair-controls.tsx";
import { DecisionsAndActions } from "~/modules/live/decisions-actions.tsx";
import { EasyView } from "~/modules/live/easy-view.tsx";
import { getLiveAccess } from "~/modules/live/live-access.server.ts";
import { LivePageProvider, visibleErrors, type LiveFormReply, type LivePage } from "~/modules/live/live-form.tsx";
import { newId } from "~/modules/live/live-ids.ts";
import { dueDateProblem, eventFor, fieldErrorsOf, isLiveIntent, postedFields, type LiveIntent, type PostedFields } from "~/modules/live/live-forms.ts";
import { Announcements, ConnectionLine, NowPanel } from "~/modules/live/live-header.tsx";
import { livePreferencesSchema } from "~/modules/live/live-preferences-schema.ts";
import { saveLivePreferences } from "~/modules/live/live-preferences.server.ts";
import { LiveSettings } from "~/modules/live/live-settings.tsx";
import { NoteComposer } from "~/modules/live/note-composer.tsx";
import { NotesStream } from "~/modules/live/notes-stream.tsx";
import { handleLiveEvent } from "~/modules/live/events.server.ts";
import { ACK_ERRORS, type AckError } from "~/modules/live/protocol.ts";
import { readSnapshot } from "~/modules/live/snapshot.server.ts";
import { CatchMeUp, TakePart, type WordAnswer } from "~/modules/live/take-part.tsx";
import { useLiveMeeting } from "~/modules/live/use-live-meeting.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Live: ${data?.snapshot.state.title ?? "Meeting"} – Panel` }];

/** What the page says after a form posted without JavaScript is done (post, redirect, get). */
const banners: Record<string, string> = {
  note: "Your note is added.",
  correction: "Your correction is saved.",
  kept: "Their version is kept. Your correction was not saved.",
  hand: "You have asked to speak.",
  "hand-down": "Your hand is down.",
  confused: "We have told the chair.",
  message: "Your message is sent to the chair.",
  break: "The chair has been asked for a break.",
  started: "The meeting is live.",
  moved: "Everyone following the meeting now sees this item.",
  "break-started": "The break has started.",
  "break-ended": "The break is over.",
  ended: "The meeting has ended.",
  "note-takers": "The note-takers are updated.",
  called: "Their hand is down: they can speak now.",
  seen: "Marked as seen.",
  settings: "Your settings for this page are saved.",
};

const doneKeys: Record<LiveIntent, string> = {
  "add-note": "note",
  "correct-note": "correction",
  "raise-hand": "hand",
  "lower-hand": "hand-down",
  confused: "confused",
  message: "message",
  "ask-for-break": "break",
  start: "started",
  "set-item": "moved",
  "start-break": "break-started",
  "end-break": "break-ended",
  end: "ended",
  "note-taker": "note-takers",
  "call-hand": "called",
  "mark-seen": "seen",
};

/** Where on the page to come back to after each form, so the reading position is kept. */
const anchors: Partial<Record<LiveIntent, string>> = {
  "add-note": "composer-heading",
  "raise-hand": "speak-heading",
  "lower-hand": "speak-heading",
  confused: "confused-heading",
  message: "message-heading",
  "ask-for-break": "break-heading",
  "set-item": "agenda-heading",
  "note-taker": "note-takers-heading",
  "call-hand": "queue-heading",
  "mark-seen": "queue-heading",
};

const statusFor: Record<AckError, number> = {
  [ACK_ERRORS.invalid]: 400,
  [ACK_ERRORS.notFound]: 404,
  [ACK_ERRORS.forbidden]: 403,
  [ACK_ERRORS.notLive]: 400,
  [ACK_ERRORS.conflict]: 409,
  [ACK_ERRORS.rateLimited]: 429,
  [ACK_ERRORS.serverError]: 500,
};

function liveUrl(panelId: string, meetingId: string) {
  return `/panels/${panelId}/meetings/${meetingId}/live`;
}

/** "I don't understand" on a word, posted without JavaScript: its explanation when the glossary has it. */
function answerFor(word: string, glossary: { term: string; explanation: string }[]): WordAnswer {
  const clean = word.replace(/\s+/g, " ").trim().slice(0, 60);
  const term = clean ? glossary.find((t) => t.term.toLowerCase() === clean.toLowerCase()) : undefined;
  return { word: term?.term ?? clean, explanation: term?.explanation ?? null, suggested: Boolean(clean) && !term };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const live = await getLiveAccess(access.session.person.id, meeting.id);
  if (!live) throw notFound();
  const snapshot = await readSnapshot(live);
  const search = new URL(request.url).searchParams;
  const done = search.get("done") ?? "";
  const correcting = idSchema.safeParse(search.get("correct"));
  return {
    panel: { id: panel.id, name: panel.name, timeZone: panel.timeZone },
    cancelled: Boolean(meeting.cancelledAt),
    snapshot,
    readAt: Date.now(),
    // Made for this page's forms, so a form posted twice (a double click, a resend) is stored once.
    formIds: { note: newId(), edit: newId(), hand: newId(), confused: newId(), message: newId(), break: newId() },
    banner: banners[done] ?? null,
    wordAnswer: done === "confused" ? answerFor(search.get("word") ?? "", snapshot.glossary) : null,
    correcting: correcting.success ? correcting.data : null,
  };
}

/** The form a refusal belongs to, so its message shows beside the right fields. */
function formIdFor(intent: LiveIntent, fields: PostedFields): string {
  const id = (value: string | undefined) => (idSchema.safeParse(value).success ? value : null);
  switch (intent) {
    case "add-note":
      return "composer";
    case "correct-note":
      return id(fields.noteId) ? `correct-${fields.noteId}` : "page";
    case "raise-hand":
      return "hand";
    case "ask-for-break":
      return "break";
    case "set-item":
      return id(fields.entryId) ? `set-item-${fields.entryId}` : "page";
    case "call-hand":
      return id(fields.handId) ? `call-${fields.handId}` : "page";
    case "mark-seen":
      return id(fields.queueId) ? `seen-${fields.queueId}` : "page";
    case "note-taker":
      return fields.noteTaker === "false" && id(fields.personId) ? `note-taker-${fields.personId}` : "note-taker";
    default:
      return intent;
  }
}

type ActionReply = { live: LiveFormReply } | { settings: SubmissionResult<string[]> };

/** Far above what a person sends by hand, far below a script. */
const LIVE_POSTS_PER_MINUTE = 60;

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const personId = access.session.person.id;
  const url = liveUrl(panel.id, meeting.id);
  const formData = await request.formData();
  const fields = postedFields(formData);
  const refused = (reply: LiveFormReply, status: number) => Response.json({ live: reply } satisfies ActionReply, { status });

  if (fields.intent === "settings") {
    const submission = parseWithZod(formData, { schema: livePreferencesSchema });
    if (submission.status !== "success") return Response.json({ settings: submission.reply() } satisfies ActionReply, { status: 400 });
    await saveLivePreferences(personId, submission.value);
    return redirect(`${url}?done=settings`);
  }
  if (fields.intent === "keep-theirs") {
    // Nothing to store: the other person's version already is. Only the reading place to keep.
    const noteId = idSchema.safeParse(fields.noteId);
    return redirect(`${url}?done=kept${noteId.success ? `#note-${noteId.data}` : ""}`);
  }
  if (!isLiveIntent(fields.intent)) {
    return refused(
      { formId: "page", intent: "", message: "This form is not one we know about. Refresh the page and try again.", fieldErrors: {}, values: {} },
      400,
    );
  }
  const intent = fields.intent;
  // The socket has its own per-connection budget; form posts count per person, across processes.
  const budget = await hitRateLimit(`live-post:${personId}`, LIVE_POSTS_PER_MINUTE, 60_000);
  if (!budget.allowed) {
    return refused(
      {
        formId: formIdFor(intent, fields),
        intent,
        message: `You have sent a lot in the last minute. Wait ${budget.retryAfterSeconds} seconds, then send it again: what you wrote is still here.`,
        fieldErrors: {},
        values: fields,
      },
      429,
    );
  }
  const { event, payload } = eventFor(intent, fields, meeting.id, newId);
  const result = await handleLiveEvent({ personId, requestId: context.requestId }, event, payload);
  if (result.ok) {
    const word = intent === "confused" && fields.word?.trim() ? `&word=${encodeURIComponent(fields.word.trim())}` : "";
    const anchor = intent === "correct-note" ? `note-${fields.noteId}` : anchors[intent];
    return redirect(`${url}?done=${doneKeys[intent]}${word}${anchor ? `#${anchor}` : ""}`);
  }
  const dueDate = dueDateProblem(intent, fields);
  const fieldErrors = visibleErrors(intent, { ...fieldErrorsOf(result.fields), ...(dueDate ? { dueOn: dueDate } : {}) });
  const { form: formMessage, ...onFields } = fieldErrors;
  return refused(
    {
      formId: formIdFor(intent, fields),
      intent,
      message: formMessage ?? result.message,
      fieldErrors: onFields,
      values: fields,
      current: result.error === ACK_ERRORS.conflict ? result.current : undefined,
    },
    statusFor[result.error] ?? 400,
  );
}

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

export default function LiveMeetingPage() {
  const { panel, cancelled, snapshot, readAt, formIds, banner, wordAnswer, correcting } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionReply>();
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
