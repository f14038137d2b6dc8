// The panel's proposed agenda items, newest first, with whose idea each was. Client-safe.
import { Link } from "@remix-run/react";
import { Breadcrumbs, NotificationBanner, Tag } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";

export type AgendaItemsPageProps = {
  panel: { id: string; name: string };
  withdrawn: boolean;
  items: { id: string; title: string; type: string; proposedBy: string; proposedAs: string; withdrawn: boolean; sentToHub: boolean; fromSpoke: string | null; proposedOn: string }[];
};

export function AgendaItemsPage({ panel, items, withdrawn }: AgendaItemsPageProps) {
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
