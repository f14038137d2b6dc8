// The organisations a person belongs to, as a form of its own (the admin person page) or as
// checkboxes inside another form (the person's own profile).
import { getFormProps, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { CheckboxGroup } from "~/components/checkbox-group.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { personOrganisationsSchema } from "./organisations.ts";

type OrganisationChoice = { id: string; name: string; kind: string };

export function OrganisationCheckboxes({
  field,
  choices,
  legend,
  hint,
}: {
  field: FieldMetadata<unknown>;
  choices: OrganisationChoice[];
  legend: string;
  hint: string;
}) {
  if (choices.length === 0) return null;
  return (
    <CheckboxGroup
      field={field}
      legend={legend}
      hint={hint}
      options={choices.map((o) => ({ value: o.id, label: o.kind === "ULO" ? `${o.name} (user led organisation)` : o.name }))}
    />
  );
}

/** A form of its own, with a hidden intent, for a page that has other forms too. */
export function PersonOrganisationsForm({
  intent,
  lastResult,
  chosen,
  choices,
  legend,
}: {
  intent: string;
  lastResult: SubmissionResult<string[]> | undefined;
  chosen: string[];
  choices: OrganisationChoice[];
  legend: string;
}) {
  const [form, fields] = useZodForm({
    id: "person-organisations",
    schema: personOrganisationsSchema,
    lastResult,
    defaultValue: { organisationIds: chosen },
  });
  if (choices.length === 0) return <p className="govuk-body">There are no user led organisations or other groups to choose from yet.</p>;
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      <OrganisationCheckboxes field={fields.organisationIds} choices={choices} legend={legend} hint="Choose all that apply, or none." />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Save organisations
      </button>
    </Form>
  );
}
