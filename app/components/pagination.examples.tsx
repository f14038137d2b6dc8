// Pagination: accessibility criteria (checked by tests/browser/components.test.ts).
// - 1.3.1 Info and relationships and 2.4.1 Bypass blocks: a <nav> landmark with its own label.
// - 2.4.4 Link purpose: "Previous page" and "Next page" say where they go; rel="prev"/"next".
// - 1.4.1 Use of colour: where you are is said in words ("Page 2 of 3"), not by colour.
// - 1.4.10 Reflow and 1.4.4 Resize text: the links wrap on narrow screens.
import type { ComponentExample } from "./examples.ts";
import { Pagination } from "./pagination.tsx";

export const examples: ComponentExample[] = [
  { name: "pagination, first page", render: () => <Pagination page={1} pages={3} label="Audit events pages" /> },
  { name: "pagination, middle page", render: () => <Pagination page={2} pages={3} label="Audit events pages" /> },
  {
    name: "pagination, last page with its own link words",
    render: () => <Pagination page={3} pages={3} label="Search results pages" previousText="Earlier results" nextText="Later results" />,
  },
];
