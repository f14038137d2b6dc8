import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { respondToRefusal } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";
import { replyClosedReason, replyFormValues, replyModesFor, replyToMeeting } from "~/modules/meetings/replies.server.ts";
import { ReplyPage } from "~/modules/meetings/reply-page.tsx";
import { replySchema } from "~/modules/meetings/schema.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Reply to ${data?.meeting.title ?? "the meeting"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "takesPartAsMember");
  const form = await replyFormValues(meeting.id, access.session.person.id);
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, panel.timeZone) },
    modes: replyModesFor(meeting),
    closed: replyClosedReason(meeting),
    ...form,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "takesPartAsMember");
  const submission = parseWithZod(await request.formData(), { schema: replySchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await replyToMeeting(panel.id, meeting.id, access.session.person.id, submission.value, actorFrom(access.session, context));
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`/panels/${panel.id}/meetings/${meeting.id}?replied=1`);
}

export default function ReplyToMeeting() {
  return <ReplyPage forWhom={{ kind: "self" }} {...useLoaderData<typeof loader>()} lastResult={useActionData<typeof action>()} />;
}
