// Checkbox group (choose all that apply). Accessibility criteria:
// - WCAG 1.3.1 Info and relationships: a fieldset and legend group the boxes; each box has a label.
// - WCAG 3.3.2 Labels or instructions: the hint ("Choose all that apply") is tied to the fieldset.
// - WCAG 3.3.1 Error identification: the error is in words, tied to the fieldset with aria-describedby.
// - WCAG 2.5.8 Target size: the GOV.UK box and its label are the target.
import { z } from "zod";
import { CheckboxGroup } from "./checkbox-group.tsx";
import { ExampleForm } from "./example-form.tsx";
import type { ComponentExample } from "./examples.ts";

const options = [
  { value: "BSL", label: "British Sign Language interpreter" },
  { value: "HEARING_LOOP", label: "Hearing loop" },
  { value: "BREAKS", label: "Regular breaks" },
];

const schema = z.object({ support: z.array(z.string()).min(1, "Choose at least one kind of support") });

// Each example has its own form id, so the ids stay unique when they are shown together.
const group = (id: string, posted?: Record<string, string | string[]>) => (
  <ExampleForm id={id} schema={schema} posted={posted}>
    {(fields) => <CheckboxGroup field={fields.support!} legend="Support at meetings" hint="Choose all that apply." options={options} />}
  </ExampleForm>
);

export const examples: ComponentExample[] = [
  { name: "with a hint", render: () => group("needs-hint") },
  { name: "with two boxes chosen", render: () => group("needs-chosen", { support: ["BSL", "BREAKS"] }) },
  { name: "with an error and a hint", render: () => group("needs-error", {}) },
];
