import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { respondToRefusal } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { EditMeetingPage } from "~/modules/meetings/edit-meeting-page.tsx";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { cancelMeeting, describeWhen, meetingFormValues, updateMeeting } from "~/modules/meetings/meetings.server.ts";
import { cancelMeetingSchema, meetingSchema } from "~/modules/meetings/schema.ts";
import { prepareMeetingChangeNotices, prepareMeetingNotices } from "~/modules/notifications/invitations.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.confirmCancel ? "Cancel" : "Change"} ${data?.meeting.title ?? "meeting"} – Panel` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  return {
    panel,
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, panel.timeZone), cancelled: Boolean(meeting.cancelledAt) },
    values: meetingFormValues(meeting, panel.timeZone),
    confirmCancel: new URL(request.url).searchParams.get("cancel") === "1",
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  const actor = actorFrom(access.session, context);
  const formData = await request.formData();
  const base = `/panels/${panel.id}/meetings/${meeting.id}`;
  const links = { baseUrl: baseUrlFor(request) };
  if (formData.get("intent") === "cancel") {
    const notices = await prepareMeetingNotices(panel.id, "meeting.cancelled", actor, links);
    const outcome = await cancelMeeting(panel.id, meeting.id, actor, new Date(), notices ?? undefined);
    if (!outcome.ok) return respondToRefusal(outcome, parseWithZod(formData, { schema: cancelMeetingSchema }));
    return redirect(`${base}?cancelled=1`);
  }
  const submission = parseWithZod(formData, { schema: meetingSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const notices = await prepareMeetingChangeNotices(panel.id, actor, links);
  const outcome = await updateMeeting(panel, meeting.id, submission.value, actor, new Date(), notices ?? undefined);
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`${base}?${outcome.changes.length ? "changed" : "saved"}=1`);
}

export default function EditMeeting() {
  return <EditMeetingPage {...useLoaderData<typeof loader>()} lastResult={useActionData<typeof action>()} />;
}
