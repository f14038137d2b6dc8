// The live meeting page (issue 5): the page is LiveMeetingPage. Its forms post here when there is
// no JavaScript; every post goes through handleLiveFormPost, which counts it and checks the
// person's access afresh each time (the same way as a socket event).
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { UNKNOWN_FORM } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { idSchema, notFound } from "~/modules/auth/permissions.server.ts";
import { answerFor, bannerAfter, handleLiveFormPost } from "~/modules/live/server/form-posts.server.ts";
import { getLiveAccess } from "~/modules/live/server/live-access.server.ts";
import { newId } from "~/modules/live/client/live-ids.ts";
import { isLiveIntent, postedFields } from "~/modules/live/client/form-events.ts";
import { LiveMeetingPage, type LiveActionReply } from "~/modules/live/ui/live-page.tsx";
import { livePreferencesSchema } from "~/modules/live/client/live-preferences-schema.ts";
import { saveLivePreferences } from "~/modules/live/server/live-preferences.server.ts";
import { readSnapshot } from "~/modules/live/server/snapshot.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Live: ${data?.snapshot.state.title ?? "Meeting"} – Panel` }];

function liveUrl(panelId: string, meetingId: string) {
  return `/panels/${panelId}/meetings/${meetingId}/live`;
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
    banner: bannerAfter(done),
    wordAnswer: done === "confused" ? answerFor(search.get("word") ?? "", snapshot.glossary) : null,
    correcting: correcting.success ? correcting.data : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const actor = actorFrom(access.session, context);
  const url = liveUrl(panel.id, meeting.id);
  const formData = await request.formData();
  const fields = postedFields(formData);

  if (fields.intent === "settings") {
    const submission = parseWithZod(formData, { schema: livePreferencesSchema });
    if (submission.status !== "success") return Response.json({ settings: submission.reply() } satisfies LiveActionReply, { status: 400 });
    await saveLivePreferences(actor.personId, submission.value);
    return redirect(`${url}?done=settings`);
  }
  if (fields.intent === "keep-theirs") {
    // Nothing to store: the other person's version already is. Only the reading place to keep.
    const noteId = idSchema.safeParse(fields.noteId);
    return redirect(`${url}?done=kept${noteId.success ? `#note-${noteId.data}` : ""}`);
  }
  if (!isLiveIntent(fields.intent)) {
    const reply = { formId: "page", intent: "", message: UNKNOWN_FORM, fieldErrors: {}, values: {} };
    return Response.json({ live: reply } satisfies LiveActionReply, { status: 400 });
  }
  const answer = await handleLiveFormPost(actor, meeting.id, fields.intent, fields);
  if (answer.ok) return redirect(`${url}${answer.next}`);
  return Response.json({ live: answer.reply } satisfies LiveActionReply, { status: answer.status });
}

export default function LiveMeeting() {
  return <LiveMeetingPage {...useLoaderData<typeof loader>()} actionData={useActionData<LiveActionReply>()} />;
}
