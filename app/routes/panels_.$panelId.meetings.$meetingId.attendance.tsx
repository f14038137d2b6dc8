import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { respondToRefusal } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { AttendancePage } from "~/modules/meetings/attendance-page.tsx";
import { attendanceClosedReason, attendanceFormFor, recordAttendance } from "~/modules/meetings/attendance.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";
import { attendanceSchema } from "~/modules/meetings/schema.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Attendance: ${data?.meeting.title ?? "meeting"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, panel.timeZone) },
    closed: attendanceClosedReason(meeting),
    people: await attendanceFormFor(meeting),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  const submission = parseWithZod(await request.formData(), { schema: attendanceSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await recordAttendance(panel.id, meeting.id, submission.value, actorFrom(access.session, context));
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`/panels/${panel.id}/meetings/${meeting.id}?attendance=1`);
}

export default function RecordAttendance() {
  return <AttendancePage {...useLoaderData<typeof loader>()} lastResult={useActionData<typeof action>()} />;
}
