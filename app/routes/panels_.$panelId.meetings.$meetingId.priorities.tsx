// Prioritising a meeting's items: each member and the chair gives their three most important
// proposed items 3, 2 and 1 points before the papers deadline. Everyone in the panel sees the
// ranked list, with whose idea each item was in words (issue 4, "Agendas set together").
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/dates.ts";
import { respondToRefusal } from "~/forms.server.ts";
import { refuse } from "~/refusal.ts";
import { getOwnPriorities, isPrioritisingOpen, listPrioritisableItems, prioritiesEnteredBy, rankPriorities, savePriorities } from "~/modules/agendas/agendas.server.ts";
import { PrioritiesPage } from "~/modules/agendas/priorities-page.tsx";
import { PRIORITISING_CLOSED, postedPriorityChoices, prioritiesSchema, proposedAsLabels } from "~/modules/agendas/schema.ts";
import { spokeNamesOfItems } from "~/modules/agendas/forward.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { forbidden } from "~/modules/auth/permissions.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";

export const meta: MetaFunction = () => [{ title: "Prioritise items for this meeting – Panel" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const mayVote = access.can("takesPartAsMember");
  const [choices, ranking, own, enteredBy] = await Promise.all([
    listPrioritisableItems(panel.id),
    rankPriorities(panel.id, meeting.id),
    mayVote ? getOwnPriorities(meeting.id, access.session.person.id) : Promise.resolve<Record<string, string>>({}),
    mayVote ? prioritiesEnteredBy(meeting.id, access.session.person.id) : Promise.resolve(null),
  ]);
  const fromSpokes = await spokeNamesOfItems(panel.id);
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, closes: formatDateTime(meeting.papersDeadline, panel.timeZone) },
    open: isPrioritisingOpen(meeting),
    mayVote,
    saved: new URL(request.url).searchParams.get("saved") === "1",
    choices,
    own,
    enteredBy,
    ranking: {
      voters: ranking.voters,
      items: ranking.items.map((item) => ({ ...item, proposedAs: proposedAsLabels[item.proposedAs], fromSpoke: fromSpokes.get(item.id) ?? null })),
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  if (!access.can("takesPartAsMember")) throw forbidden("Only the panel's members and chair prioritise items");
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: prioritiesSchema });
  if (!isPrioritisingOpen(meeting)) return respondToRefusal(refuse.form(PRIORITISING_CLOSED), submission);
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await savePriorities(panel.id, meeting.id, postedPriorityChoices(formData), actorFrom(access.session, context));
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`/panels/${panel.id}/meetings/${meeting.id}/priorities?saved=1`);
}

export default function Priorities() {
  return <PrioritiesPage forWhom={{ kind: "self" }} {...useLoaderData<typeof loader>()} lastResult={useActionData<typeof action>()} />;
}
