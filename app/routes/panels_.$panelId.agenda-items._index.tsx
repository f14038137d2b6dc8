// The panel's proposed agenda items, newest first: anyone with a role in the panel.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/dates.ts";
import { Breadcrumbs, NotificationBanner, Tag } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";
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
  const { panel, items, withdrawn } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs items={[{ href: `/panels/${panel.id}`, text: panel.name }]} />
      {withdrawn ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">The item was withdrawn</p>
        </NotificationBanner>
      ) : null}
      <span className="govuk-caption-l">{panel.name}</span>
      <h1 className="govuk-heading-l">Agenda items</h1>
      <p className="govuk-body">Items people in the panel have proposed for its meetings. Members choose the three that matter most to them before each meeting.</p>
      <Link className="govuk-button" to={`/panels/${panel.id}/agenda-items/new`}>
        Suggest an item for the agenda
      </Link>
      {items.length === 0 ? (
        <p className="govuk-body">No one has proposed an item yet.</p>
      ) : (
        <Table
          caption="Proposed items, newest first"
          captionSize="m"
          head={[{ label: "Item" }, { label: "Kind" }, { label: "Proposed by" }]}
          rows={items.map((item) => ({
            key: item.id,
            cells: [
              <>
                <Link className="govuk-link" to={`/panels/${panel.id}/agenda-items/${item.id}`}>
                  {item.title}
                </Link>
                {item.withdrawn ? (
                  <>
                    {" "}
                    <Tag colour="grey">Withdrawn</Tag>
                  </>
                ) : null}
                {item.sentToHub ? (
                  <>
                    {" "}
                    <Tag colour="blue">Sent to hub</Tag>
                  </>
                ) : null}
                {item.fromSpoke ? <span className="govuk-body-s govuk-!-display-block">From {item.fromSpoke}</span> : null}
              </>,
              item.type,
              <>
                {item.proposedBy}
                <br />
                <span className="govuk-body-s">
                  {item.proposedAs}, {item.proposedOn}
                </span>
              </>,
            ],
          }))}
        />
      )}
    </>
  );
}
