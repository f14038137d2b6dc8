// A meeting's minutes (issue 5, "After the meeting"): the page is MinutesPage; each of its forms
// posts an intent here, and a refusal goes back to the form it came from.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { bannerFrom, type BannerMessages } from "~/components/banner.tsx";
import { formatDateTime } from "~/dates.ts";
import { parseIntent, replyToForm, respondToRefusal } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";
import { MinutesPage, type MinutesReply, type TheirVersion } from "~/modules/minutes/minutes-page.tsx";
import {
  addMinutesComment,
  approveMinutes,
  buildDraftMinutes,
  editMinutes,
  minutesIdOf,
  minutesPath,
  publicMinutesPath,
  publishMinutes,
  readMinutesForPage,
  shareMinutesForComment,
  type MinutesCurrent,
} from "~/modules/minutes/minutes.server.ts";
import { minutesRightsFor } from "~/modules/minutes/permissions.server.ts";
import { minutesPageSchema, type MinutesIntent } from "~/modules/minutes/schema.ts";
import type { Refusal } from "~/refusal.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Minutes: ${data?.meeting.title ?? "meeting"} – Panel` }];

const INTENTS: readonly MinutesIntent[] = ["build", "rebuild", "edit", "share", "comment", "approve", "publish"];

/** The form each intent's errors belong to; the buttons without fields report to the page. */
const formOf: Record<MinutesIntent, string> = {
  build: "page",
  rebuild: "page",
  edit: "edit-minutes",
  share: "page",
  comment: "comment",
  approve: "approve",
  publish: "publish",
};

const people = (n: number) => `${n} ${n === 1 ? "person" : "people"}`;

/** How many people are told, from the address the action redirected to. */
function told(search: URLSearchParams) {
  const count = search.get("told");
  return people(count && /^\d{1,6}$/.test(count) ? Number(count) : 0);
}

const banners: BannerMessages = {
  built: "The draft minutes are built from the notes. Check them and change anything that needs it.",
  rebuilt: "The minutes are rebuilt from the notes. The earlier text is kept in the versions below.",
  saved: "Your changes to the minutes are saved.",
  unchanged: "Nothing had changed, so no new version was saved.",
  shared: (search) => `The draft minutes are shared for comments: ${told(search)} will be told.`,
  commented: "Thank you. Your comment is added.",
  approved: "The approval of the minutes is recorded.",
  published: (search) => `The minutes are published: ${told(search)} will be told.`,
  madePublic: "The minutes are now public.",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const rights = await minutesRightsFor(access.session.person.id, meeting.id);
  if (!rights) throw notFound();
  const view = await readMinutesForPage(meeting.id, rights, panel.timeZone);
  const search = new URL(request.url).searchParams;
  const wanted = Number(search.get("version"));
  // Earlier texts are for those who write the minutes, to compare and recover.
  const shownVersion = rights.canWrite ? (view.minutes?.versions.find((v) => v.version === wanted && v.version !== view.minutes?.version) ?? null) : null;
  const now = new Date();
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, panel.timeZone), cancelled: Boolean(meeting.cancelledAt), started: meeting.startsAt <= now },
    rights: { canWrite: rights.canWrite, canOrganise: rights.canOrganise, canComment: rights.canComment },
    minutes: view.minutes && {
      ...view.minutes,
      versions: view.minutes.versions.map(({ text: _text, ...v }) => v),
      publicPath: view.minutes.public && view.minutes.publishedAt ? publicMinutesPath(view.minutes.id) : null,
    },
    approveAt: view.approveAt,
    shownVersion,
    banner: bannerFrom(search, banners),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const actor = actorFrom(access.session, context);
  const parsed = parseIntent(await request.formData(), INTENTS, minutesPageSchema);
  if (!parsed.known) return parsed.response;
  const { submission } = parsed;
  const form = formOf[parsed.intent];
  if (submission.status !== "success") return replyToForm(form, submission.reply());
  const base = minutesPath(panel.id, meeting.id);
  // A stale save's "their version" is shown in the panel's time.
  const refused = (refusal: Refusal<MinutesCurrent>) => {
    if (refusal.reason !== "conflict" || !refusal.current) return respondToRefusal(refusal, submission, form);
    const { current } = refusal;
    return respondToRefusal<TheirVersion>({ ...refusal, current: { ...current, editedAt: formatDateTime(current.editedAt, panel.timeZone) } }, submission, form);
  };

  const value = submission.value;
  if (value.intent === "build" || value.intent === "rebuild") {
    const outcome = await buildDraftMinutes(meeting.id, actor, value.intent === "rebuild" ? { rebuild: { baseVersion: value.baseVersion } } : {});
    return outcome.ok ? redirect(`${base}?${value.intent === "build" ? "built" : "rebuilt"}=1`) : refused(outcome);
  }
  const minutesId = await minutesIdOf(meeting.id);
  if (!minutesId) {
    // Nothing to change: a person who could build them is told to; anyone else learns nothing.
    const rights = await minutesRightsFor(actor.personId, meeting.id);
    if (!rights?.canWrite) throw notFound();
    return replyToForm("page", submission.reply({ formErrors: ["The minutes have not been built yet. Build the draft from the notes first."] }));
  }
  const links = { baseUrl: baseUrlFor(request) };
  switch (value.intent) {
    case "edit": {
      const outcome = await editMinutes(minutesId, { text: value.text, baseVersion: value.baseVersion }, actor);
      return outcome.ok ? redirect(`${base}?${outcome.changed ? "saved" : "unchanged"}=1`) : refused(outcome);
    }
    case "share": {
      const outcome = await shareMinutesForComment(minutesId, actor, links);
      return outcome.ok ? redirect(`${base}?shared=1&told=${outcome.told}`) : refused(outcome);
    }
    case "comment": {
      const outcome = await addMinutesComment(minutesId, value.comment, actor);
      return outcome.ok ? redirect(`${base}?commented=1#comments`) : refused(outcome);
    }
    case "approve": {
      const outcome = await approveMinutes(minutesId, { atMeetingId: value.atMeetingId }, actor);
      return outcome.ok ? redirect(`${base}?approved=1`) : refused(outcome);
    }
    case "publish": {
      const outcome = await publishMinutes(minutesId, { public: value.public }, actor, links);
      if (!outcome.ok) return refused(outcome);
      return redirect(outcome.told ? `${base}?published=1&told=${outcome.told}` : `${base}?madePublic=1`);
    }
  }
}

export default function Minutes() {
  return <MinutesPage {...useLoaderData<typeof loader>()} lastReply={useActionData<MinutesReply>()} />;
}
