// The panel's proposed agenda items, newest first: anyone with a role in the panel.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/dates.ts";
import { AgendaItemsPage } from "~/modules/agendas/agenda-items-page.tsx";
import { listAgendaItems } from "~/modules/agendas/agendas.server.ts";
import { spokeNamesOfItems } from "~/modules/agendas/forward.server.ts";
import { agendaItemTypeLabels, proposedAsLabels } from "~/modules/agendas/schema.ts";
import { requireCapability, notFound } from "~/modules/auth/permissions.server.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction = () => [{ title: "Agenda items – Panel" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panelId } = await requireCapability(request, "belongsToPanel", params.panelId);
  const [panel, items, fromSpokes] = await Promise.all([getPanelHeading(panelId), listAgendaItems(panelId), spokeNamesOfItems(panelId)]);
  if (!panel) throw notFound();
  return {
    panel,
    withdrawn: new URL(request.url).searchParams.get("withdrawn") === "1",
    items: items.map((item) => ({
      id: item.id,
      title: item.title,
      type: agendaItemTypeLabels[item.type],
      proposedBy: item.proposedBy,
      proposedAs: proposedAsLabels[item.proposedAs],
      withdrawn: item.status === "WITHDRAWN",
      sentToHub: item.status === "FORWARDED",
      fromSpoke: fromSpokes.get(item.id) ?? null,
      proposedOn: formatLongDate(item.createdAt, panel.timeZone),
    })),
  };
}

/** A read-only page: only people in the panel learn that it takes no posts. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireCapability(request, "belongsToPanel", params.panelId));

export default function AgendaItems() {
  return <AgendaItemsPage {...useLoaderData<typeof loader>()} />;
}
