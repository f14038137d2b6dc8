// Date input (day, month and year boxes). Accessibility criteria:
// - WCAG 1.3.1 Info and relationships: one fieldset (role="group") and legend; each box is labelled.
// - WCAG 3.3.2 Labels or instructions: the hint gives an example date.
// - WCAG 3.3.1 and 3.3.3 Error identification and suggestion: the error says which part is wrong,
//   and only the wrong boxes are marked (aria-invalid), not by colour alone.
// - WCAG 1.3.5 Identify input purpose: numeric keyboard (inputmode) without the browser's date picker.
import { DateInputBoxes } from "./date-input.tsx";
import type { ComponentExample } from "./examples.ts";

export const examples: ComponentExample[] = [
  { name: "empty, with the hint", render: () => <DateInputBoxes id="due" name="due" legend="When is it due?" values={{}} /> },
  {
    name: "what was typed",
    render: () => <DateInputBoxes id="typed" name="due" legend="When is it due?" values={{ day: "27", month: "3", year: "2026" }} />,
  },
  {
    name: "with an error on the month",
    render: () => (
      <DateInputBoxes id="wrong" name="due" legend="When is it due?" values={{ day: "27", month: "13", year: "2026" }} error="The month must be a number from 1 to 12" />
    ),
  },
  {
    name: "a large legend",
    render: () => <DateInputBoxes id="from" name="from" legend="From" legendSize="l" values={{}} />,
  },
];
