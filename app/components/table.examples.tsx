// Table: accessibility criteria (checked by tests/browser/components.test.ts with axe, reflow at
// 320 px and the largest text, and a data-label on every cell under a visible heading).
// - 1.3.1 Info and relationships: a caption names the table; column headings are <th scope="col">,
//   and a row's naming cell is <th scope="row">.
// - 1.4.10 Reflow: below the tablet breakpoint each row stacks, each cell printing its heading
//   (app/styles/_table.scss); headings stay in the table for screen readers.
// - 1.4.4 Resize text: the stacked layout holds at the largest text size.
// - 2.4.4 Link purpose: links and buttons in a row carry visually hidden words naming the row.
// - 4.1.2 Name, role, value: native table elements, no ARIA roles added.
import type { ComponentExample } from "./examples.ts";
import { Table } from "./table.tsx";

export const examples: ComponentExample[] = [
  {
    name: "table with a visible caption",
    render: () => (
      <Table
        caption="Demo people"
        captionSize="m"
        head={[{ label: "Name" }, { label: "What they do" }, { label: "Email" }]}
        rows={[
          { key: "alex", cells: ["Alex Morgan", "Chairs the panel", "alex.morgan@example.org"] },
          { key: "jordan", cells: ["Jordan Reid", "Member", "jordan.reid@example.org"] },
        ]}
      />
    ),
  },
  {
    name: "table with a hidden caption, figures and an action column",
    render: () => (
      <Table
        caption="Proposed items by total points"
        captionHidden
        head={[{ label: "Item" }, { label: "Points", numeric: true }, { label: "Action", visuallyHidden: true }]}
        rows={[
          {
            key: "transport",
            cells: [
              "Transport to day services",
              12,
              <>
                <a className="govuk-link" href="#transport">
                  Add<span className="govuk-visually-hidden"> Transport to day services to the agenda</span>
                </a>
              </>,
            ],
          },
          {
            key: "respite",
            cells: [
              "Respite care",
              7,
              <>
                <a className="govuk-link" href="#respite">
                  Add<span className="govuk-visually-hidden"> Respite care to the agenda</span>
                </a>
              </>,
            ],
          },
        ]}
      />
    ),
  },
  {
    name: "table whose rows are named by their first cell",
    render: () => (
      <Table
        caption="People who agreed to share their needs"
        head={[{ label: "Name" }, { label: "Papers" }, { label: "Support and access" }]}
        firstCellIsHeader
        rows={[
          { key: "jordan", cells: ["Jordan Reid", "Large print (18 point)", "Step-free access, a British Sign Language interpreter"] },
          { key: "kim", cells: ["Kim Ellis", "Easy Read", "None"] },
        ]}
      />
    ),
  },
];
