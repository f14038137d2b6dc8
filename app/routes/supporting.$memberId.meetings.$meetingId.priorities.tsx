// A supporter chooses the member's three most important items for a meeting (PRIORITISE). The
// choices are the member's; the supporter is recorded as having entered them.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/dates.ts";
import { respondToRefusal } from "~/forms.server.ts";
import { refuse } from "~/refusal.ts";
import { getOwnPriorities, isPrioritisingOpen, listPrioritisableItems, savePriorities } from "~/modules/agendas/agendas.server.ts";
import { PrioritiesPage } from "~/modules/agendas/priorities-page.tsx";
import { PRIORITISING_CLOSED, postedPriorityChoices, prioritiesSchema } from "~/modules/agendas/schema.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { ActingErrorBoundary, actingErrorTitle } from "~/modules/supporters/acting-page.tsx";
import { requireActingOnMeeting } from "~/modules/supporters/acting.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: `${error ? actingErrorTitle(error) : data ? `Choose ${data.member.name}'s most important items` : "Choose their most important items"} – Panel` },
];

export const ErrorBoundary = ActingErrorBoundary;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { acting, panel, meeting } = await requireActingOnMeeting(request, params, ["PRIORITISE"]);
  const [choices, own] = await Promise.all([listPrioritisableItems(panel.id), getOwnPriorities(meeting.id, acting.member.id)]);
  return {
    member: acting.member,
    meeting: { id: meeting.id, title: meeting.title, closes: formatDateTime(meeting.papersDeadline, panel.timeZone) },
    open: isPrioritisingOpen(meeting),
    choices,
    own,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { acting, panel, meeting } = await requireActingOnMeeting(request, params, ["PRIORITISE"]);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: prioritiesSchema });
  if (!isPrioritisingOpen(meeting)) return respondToRefusal(refuse.form(PRIORITISING_CLOSED), submission);
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const actor = actorFrom(acting.session, context, acting.member.id);
  const outcome = await savePriorities(panel.id, meeting.id, postedPriorityChoices(formData), actor);
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`/supporting/${acting.member.id}/meetings/${meeting.id}?saved=1`);
}

export default function PrioritiesForMember() {
  const { member, ...priorities } = useLoaderData<typeof loader>();
  return <PrioritiesPage forWhom={{ kind: "member", name: member.name, memberId: member.id }} {...priorities} lastResult={useActionData<typeof action>()} />;
}
