// Form fields: text input, textarea, select, radios and a checkbox. Accessibility criteria:
// - WCAG 1.3.1 Info and relationships: every control has a label; radios are in a fieldset and legend.
// - WCAG 3.3.2 Labels or instructions: hints are tied to their control with aria-describedby.
// - WCAG 3.3.1 Error identification: the error is in words (with a hidden "Error:"), tied to the
//   control with aria-describedby and marked aria-invalid, not shown by colour alone.
// - WCAG 1.3.5 Identify input purpose: autocomplete on personal details (name, email).
// - WCAG 3.3.7 Redundant entry: what was typed is kept when the form comes back with an error.
import { z } from "zod";
import { ExampleForm } from "./example-form.tsx";
import type { ComponentExample } from "./examples.ts";
import { Checkbox, Radios, Select, Textarea, TextInput } from "./fields.tsx";

const schema = z.object({
  name: z.string({ message: "Enter their full name" }).min(1, "Enter their full name"),
  email: z.email({ message: "Enter an email address in the right format, like name@example.com" }),
  comment: z.string({ message: "Say what is wrong or missing" }),
  meeting: z.string({ message: "Choose a meeting" }),
  mode: z.enum(["in-person", "online"], { message: "Say how you will take part" }),
  isSiteAdmin: z.string().optional(),
});

const meetings = [
  { value: "", label: "Choose a meeting" },
  { value: "m1", label: "Panel meeting, 12 March 2026" },
];
const modes = [
  { value: "in-person", label: "In person", hint: "At County Hall, Room 4" },
  { value: "online", label: "Online" },
];

// Each example has its own form id, so the ids stay unique when they are shown together.
const everyField = (id: string, posted?: Record<string, string>) => (
  <ExampleForm id={id} schema={schema} posted={posted}>
    {(fields) => (
      <>
        <TextInput field={fields.name!} label="Full name" autoComplete="name" />
        <TextInput field={fields.email!} label="Email address" hint="We send the sign-in link here" type="email" autoComplete="email" spellCheck={false} />
        <Textarea field={fields.comment!} label="Your comment" hint="Say what is wrong or missing, and what it should say." rows={4} />
        <Select field={fields.meeting!} label="The meeting" options={meetings} />
        <Radios field={fields.mode!} legend="How will you take part?" options={modes} />
        <div className="govuk-form-group">
          <div className="govuk-checkboxes">
            <Checkbox field={fields.isSiteAdmin!} label="Site admin" hint="Can add people and panels" />
          </div>
        </div>
      </>
    )}
  </ExampleForm>
);

export const examples: ComponentExample[] = [
  { name: "every field, empty", render: () => everyField("empty") },
  {
    name: "every field, filled in",
    render: () => everyField("filled", { name: "Sam Jones", email: "sam@example.com", comment: "Item 3 is missing.", meeting: "m1", mode: "online", isSiteAdmin: "on" }),
  },
  { name: "every field with an error, keeping what was typed", render: () => everyField("errors", { name: "", email: "sam@", comment: "" }) },
  {
    name: "a text input as the page heading",
    render: () => (
      <ExampleForm id="code" schema={z.object({ code: z.string() })}>
        {(fields) => <TextInput field={fields.code!} label="Enter the 6-digit code" isPageHeading inputMode="numeric" width="5" />}
      </ExampleForm>
    ),
  },
];
