// A supporter suggests an agenda item for the member (PROPOSE): the member is the proposer; the
// item shows "entered by <supporter>, their supporter".
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { respondToRefusal } from "~/forms.server.ts";
import { proposeAgendaItem } from "~/modules/agendas/agendas.server.ts";
import { ProposeItemPage } from "~/modules/agendas/propose-item-page.tsx";
import { agendaItemSchema } from "~/modules/agendas/schema.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { ActingErrorBoundary, actingErrorTitle } from "~/modules/supporters/acting-page.tsx";
import { requireActingFor, requireMemberPanel } from "~/modules/supporters/acting.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: `${error ? actingErrorTitle(error) : `Suggest an agenda item for ${data?.member.name ?? "them"}`} – Panel` },
];

export const ErrorBoundary = ActingErrorBoundary;

async function load(request: Request, params: { memberId?: string; panelId?: string }) {
  const acting = await requireActingFor(request, params.memberId, ["PROPOSE"]);
  const panel = await requireMemberPanel(acting, params.panelId);
  return { acting, panel };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { acting, panel } = await load(request, params);
  return { member: acting.member, panel: { id: panel.id, name: panel.name } };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { acting, panel } = await load(request, params);
  const submission = parseWithZod(await request.formData(), { schema: agendaItemSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  // The member's own roles decide whose idea it is shown as, not the supporter's.
  const outcome = await proposeAgendaItem(panel.id, submission.value, panel.roles, actorFrom(acting.session, context, acting.member.id));
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`/supporting/${acting.member.id}?proposed=1`);
}

export default function SuggestItemForMember() {
  const { member, panel } = useLoaderData<typeof loader>();
  return <ProposeItemPage forWhom={{ kind: "member", name: member.name, memberId: member.id }} panel={panel} lastResult={useActionData<typeof action>()} />;
}
