// Summary list and summary card: accessibility criteria (checked by
// tests/browser/components.test.ts with axe, reflow at 320 px and the largest text).
// - 1.3.1 Info and relationships: keys and values are a description list (<dl>, <dt>, <dd>);
//   a card's title is a real heading at the level the page needs.
// - 2.4.4 Link purpose: every action link carries visually hidden words saying what it changes,
//   so "Change" links differ when read out of context.
// - 2.4.6 Headings and labels: card titles describe the thing the card is about.
// - 1.4.10 Reflow and 1.4.4 Resize text: rows stack on narrow screens (GOV.UK Frontend's styles).
import type { ComponentExample } from "./examples.ts";
import { SummaryCard, SummaryList } from "./summary-list.tsx";

const details = [
  { key: "When", value: "Tuesday 17 March 2027, 10am to 12pm" },
  {
    key: "Where",
    value: (
      <>
        Town Hall
        <br />1 High Street
      </>
    ),
  },
  { key: "Papers deadline", value: "Tuesday 10 March 2027" },
];

export const examples: ComponentExample[] = [
  { name: "summary list", render: () => <SummaryList rows={details} /> },
  {
    name: "summary list with actions on some rows",
    render: () => (
      <SummaryList
        rows={[
          { key: "Full name", value: "Jordan Reid", actions: [{ href: "#name", text: "Change", visuallyHiddenText: " full name" }] },
          { key: "Email address", value: "jordan.reid@example.org" },
          {
            key: "Phone",
            value: "07700 900123",
            actions: [
              { href: "#phone", text: "Change", visuallyHiddenText: " phone number" },
              { href: "#phone-remove", text: "Remove", visuallyHiddenText: " phone number" },
            ],
          },
        ]}
      />
    ),
  },
  { name: "summary list without borders", render: () => <SummaryList noBorder rows={details} /> },
  {
    name: "summary card with an action",
    // Its title is a level 3 heading (the default), so it sits under a level 2 one, as on a page.
    render: () => (
      <>
        <h2 className="govuk-heading-m">Your supporters now</h2>
        <SummaryCard title="Kim Ellis" actions={[{ href: "#kim", text: "Change or stop", visuallyHiddenText: " what Kim Ellis does for you" }]}>
          <SummaryList
            rows={[
              { key: "Who they are to you", value: "Friend" },
              { key: "Since", value: "3 March 2027" },
            ]}
          />
        </SummaryCard>
      </>
    ),
  },
  {
    name: "summary card with a level 2 heading and other content",
    render: () => (
      <SummaryCard headingLevel={2} title="1. Welcome and apologies">
        <p className="govuk-body">Chaired by Alex Morgan.</p>
      </SummaryCard>
    ),
  },
];
