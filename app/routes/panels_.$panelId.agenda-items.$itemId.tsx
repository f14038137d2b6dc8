// One agenda item. Anyone in the panel sees it; the proposer, the chair or an officer may shape
// it (the proposer stays shown); the proposer or the chair may withdraw it.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/dates.ts";
import { AgendaItemPage } from "~/modules/agendas/agenda-item-page.tsx";
import { getForwarding } from "~/modules/agendas/forward.server.ts";
import { agendaItemFormValues, canShapeItem, canWithdrawItem, changeAgendaItem, getAgendaItem, withdrawAgendaItem } from "~/modules/agendas/agendas.server.ts";
import { agendaItemSchema, agendaItemTypeLabels, proposedAsLabels } from "~/modules/agendas/schema.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { requireCapability, forbidden, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.item.title ?? "Agenda item"} – Panel` }];

async function loadItem(request: Request, params: { panelId?: string; itemId?: string }) {
  const access = await requireCapability(request, "belongsToPanel", params.panelId);
  const [panel, item] = await Promise.all([getPanelHeading(access.panelId), getAgendaItem(access.panelId, requireId(params.itemId))]);
  if (!panel || !item) throw notFound();
  const person = access.session.person;
  const open = item.status === "PROPOSED";
  return {
    access,
    panel,
    item,
    canShape: open && canShapeItem(person, access.roles, item),
    canWithdraw: open && canWithdrawItem(person, access.roles, item),
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, item, canShape, canWithdraw } = await loadItem(request, params);
  const url = new URL(request.url);
  return {
    forwarding: await getForwarding(panel.id, item.id, access.session.person, access.roles),
    forwarded: url.searchParams.get("forwarded") === "1",
    panel,
    canShape,
    canWithdraw,
    banner: url.searchParams.get("proposed") === "1" ? "Your item was proposed" : url.searchParams.get("saved") === "1" ? "The item was saved" : null,
    formValues: agendaItemFormValues(item),
    item: {
      id: item.id,
      title: item.title,
      about: item.about,
      whyItMatters: item.whyItMatters,
      type: agendaItemTypeLabels[item.type],
      presenter: item.presenter,
      minutesNeeded: item.minutesNeeded,
      relatedRecommendations: item.relatedRecommendations.join(", "),
      councilDecision: item.councilDecision,
      councilDecisionDate: item.councilDecisionDate ? formatLongDate(item.councilDecisionDate, panel.timeZone) : null,
      withdrawn: item.status === "WITHDRAWN",
      proposedBy: item.proposedBy,
      enteredBy: item.enteredBy,
      proposedAs: proposedAsLabels[item.proposedAs],
      shapedBy: item.shapedBy,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, item, canShape, canWithdraw } = await loadItem(request, params);
  const actor = actorFrom(access.session, context);
  const formData = await request.formData();
  if (formData.get("intent") === "withdraw") {
    if (!canWithdraw) throw forbidden("Only the person who proposed the item or the chair can withdraw it");
    await withdrawAgendaItem(access.panelId, item, actor);
    return redirect(`/panels/${access.panelId}/agenda-items?withdrawn=1`);
  }
  if (!canShape) throw forbidden("Only the person who proposed the item, the chair or an officer can change it");
  const submission = parseWithZod(formData, { schema: agendaItemSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  await changeAgendaItem(access.panelId, item, submission.value, actor);
  return redirect(`/panels/${access.panelId}/agenda-items/${item.id}?saved=1`);
}

export default function AgendaItem() {
  return <AgendaItemPage {...useLoaderData<typeof loader>()} lastResult={useActionData<typeof action>()} />;
}
