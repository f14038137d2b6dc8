import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { requireCapability, forbidden, notFound } from "~/modules/auth/permissions.server.ts";
import { PanelNeedsPage } from "~/modules/needs/panel-needs-page.tsx";
import { describeContact, describePaperFormat, describeSupport } from "~/modules/needs/describe.ts";
import { viewNeedsOfPanel } from "~/modules/needs/needs.server.ts";
import { getPanelPage } from "~/modules/panels/panels.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Communication needs: ${data?.panel.name ?? "panel"} – Panel` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // Members are refused: they never see other members' needs (issue 4, Share).
  const { session, panelId, roles } = await requireCapability(request, "seesNeedsSummary", params.panelId);
  const panel = await getPanelPage(panelId);
  if (!panel) throw notFound();
  const view = await viewNeedsOfPanel(panelId, { ...actorFrom(session, context), roles });
  if (!view) throw forbidden();
  return {
    panel: { id: panel.id, name: panel.name },
    view: {
      ...view,
      people:
        view.people?.map((p) => ({
          personId: p.personId,
          name: p.preferredName && p.preferredName !== p.name ? `${p.name} (${p.preferredName})` : p.name,
          format: describePaperFormat(p.needs),
          contact: describeContact(p.needs),
          support: describeSupport(p.needs),
          dietaryNeeds: p.needs.dietaryNeeds,
          inOwnWords: p.needs.inOwnWords,
        })) ?? null,
    },
  };
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireCapability(request, "seesNeedsSummary", params.panelId));

export default function PanelNeeds() {
  return <PanelNeedsPage {...useLoaderData<typeof loader>()} />;
}
