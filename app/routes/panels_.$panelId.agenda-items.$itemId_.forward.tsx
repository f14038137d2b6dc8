// A spoke group sends one of its proposed items to its hub panel with "our view" (issue 4). The
// spoke's chair, its panel admins and site admins may; only a proposed item, and only once.
// (`$itemId_` keeps this page out of the item page's layout: it is a page of its own.)
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { getAgendaItem } from "~/modules/agendas/agendas.server.ts";
import { forwardItemToHub, forwardRefused, getForwarding, getHub } from "~/modules/agendas/forward.server.ts";
import { ForwardItemPage } from "~/modules/agendas/forward-item-page.tsx";
import { forwardItemSchema, type ForwardRefusal } from "~/modules/agendas/forward-schema.ts";
import { respondToRefusal, replyToForm, type FormReply } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { requireCapability, forbidden, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Send to ${data?.hub.name ?? "the hub"} – Panel` }];

async function loadForwarding(request: Request, params: { panelId?: string; itemId?: string }) {
  const access = await requireCapability(request, "belongsToPanel", params.panelId);
  const itemId = requireId(params.itemId);
  const [panel, item, hub] = await Promise.all([getPanelHeading(access.panelId), getAgendaItem(access.panelId, itemId), getHub(access.panelId)]);
  if (!panel || !item) throw notFound();
  if (!access.can("chairs")) throw forbidden("Only the group's chair or an admin can send its items to the hub");
  // A panel that is not a spoke group has no hub to send to: there is no such page for it.
  if (!hub) throw notFound();
  const forwarding = await getForwarding(access.panelId, item.id, access.session.person, access.roles);
  const refusal: ForwardRefusal | null = forwarding?.sentTo ? "already-sent" : item.status !== "PROPOSED" ? "not-proposed" : null;
  return { access, panel, item, hub, refusal, sentOn: forwarding?.sentTo?.on ?? null };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, item, hub, refusal, sentOn } = await loadForwarding(request, params);
  return { panel, hub, item: { id: item.id, title: item.title, about: item.about, status: item.status }, refusal, sentOn };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, item, refusal } = await loadForwarding(request, params);
  const submission = parseWithZod(await request.formData(), { schema: forwardItemSchema });
  if (refusal) return respondToRefusal(forwardRefused(refusal), submission, "forward");
  if (submission.status !== "success") return replyToForm("forward", submission.reply());
  const outcome = await forwardItemToHub(access.panelId, item.id, submission.value.spokeView, actorFrom(access.session, context));
  if (!outcome.ok) return respondToRefusal(outcome, submission, "forward");
  return redirect(`/panels/${access.panelId}/agenda-items/${item.id}?forwarded=1`);
}

export default function ForwardItem() {
  return <ForwardItemPage {...useLoaderData<typeof loader>()} reply={useActionData<typeof action>() as FormReply<"forward", ForwardRefusal> | undefined} />;
}
