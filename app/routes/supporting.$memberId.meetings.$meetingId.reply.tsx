// A supporter replies to a meeting for the member (REPLY): the member is the one replying, the
// supporter is recorded as having entered it, and the member sees "Entered by … for you".
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { respondToRefusal } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";
import { replyClosedReason, replyModesFor } from "~/modules/meetings/replies.server.ts";
import { ReplyPage } from "~/modules/meetings/reply-page.tsx";
import { ActingErrorBoundary, actingErrorTitle } from "~/modules/supporters/acting-page.tsx";
import { requireActingOnMeeting } from "~/modules/supporters/acting.server.ts";
import { memberReplyForSupporter, replyForMember } from "~/modules/supporters/reply-for-member.server.ts";
import { supporterReplySchema } from "~/modules/supporters/schema.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? `${actingErrorTitle(error)} – Panel` : `Reply for ${data?.member.name ?? "them"} – Panel` },
];

export const ErrorBoundary = ActingErrorBoundary;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { acting, panel, meeting } = await requireActingOnMeeting(request, params, ["REPLY"]);
  const { values } = await memberReplyForSupporter(meeting.id, acting.member.id);
  return {
    member: acting.member,
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, panel.timeZone) },
    modes: replyModesFor(meeting),
    closed: replyClosedReason(meeting),
    values,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { acting, panel, meeting } = await requireActingOnMeeting(request, params, ["REPLY"]);
  const submission = parseWithZod(await request.formData(), { schema: supporterReplySchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const actor = actorFrom(acting.session, context, acting.member.id);
  const outcome = await replyForMember(panel.id, meeting.id, acting.member.id, submission.value, actor);
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`/supporting/${acting.member.id}/meetings/${meeting.id}?replied=1`);
}

export default function ReplyForMember() {
  const { member, ...reply } = useLoaderData<typeof loader>();
  return <ReplyPage forWhom={{ kind: "member", name: member.name, memberId: member.id }} {...reply} lastResult={useActionData<typeof action>()} />;
}
