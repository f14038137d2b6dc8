// Page pieces (breadcrumbs, notification banner, tags, lines): accessibility criteria (checked by
// tests/browser/components.test.ts).
// - 1.3.1 Info and relationships: breadcrumbs are an ordered list in a labelled <nav>; a banner is a
//   region (or, for success, an alert) labelled by its title.
// - 1.4.1 Use of colour: a tag's meaning is its words; its colour only repeats them.
// - 1.4.3 Contrast (minimum): GOV.UK tag colours meet 4.5:1.
// - 4.1.3 Status messages: a success banner is announced (role="alert").
import type { ComponentExample } from "./examples.ts";
import { Breadcrumbs, Lines, NotificationBanner, Tag } from "./page.tsx";

export const examples: ComponentExample[] = [
  {
    name: "breadcrumbs",
    render: () => (
      <Breadcrumbs
        items={[
          { href: "/", text: "Home" },
          { href: "/panels/demo", text: "Demo panel" },
        ]}
      />
    ),
  },
  {
    name: "notification banner",
    render: () => (
      <NotificationBanner>
        <p className="govuk-notification-banner__heading">The papers deadline has moved to 10 March 2027.</p>
      </NotificationBanner>
    ),
  },
  {
    name: "success banner",
    render: () => (
      <NotificationBanner success>
        <p className="govuk-notification-banner__heading">Your reply has been saved.</p>
      </NotificationBanner>
    ),
  },
  {
    name: "tags in every colour",
    render: () => (
      <p className="govuk-body">
        <Tag>Draft</Tag> <Tag colour="grey">Withdrawn</Tag> <Tag colour="green">Done</Tag> <Tag colour="red">Overdue</Tag> <Tag colour="blue">Open</Tag>{" "}
        <Tag colour="yellow">Waiting</Tag> <Tag colour="purple">Carried</Tag>
      </p>
    ),
  },
  {
    name: "lines",
    render: () => (
      <p className="govuk-body">
        <Lines text={"Town Hall\n1 High Street\nAnytown"} />
      </p>
    ),
  },
];
