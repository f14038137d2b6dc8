// The organisation form, shared by the "add" and "edit" pages.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Radios, TextInput } from "~/components/fields.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { ORGANISATION_KINDS, organisationKindHints, organisationKindLabels, organisationSchema, type OrganisationInput } from "./schema.ts";

export function OrganisationForm({
  heading,
  submitText,
  lastResult,
  defaultValue,
}: {
  heading: string;
  submitText: string;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: OrganisationInput;
}) {
  const [form, fields] = useZodForm({
    id: "organisation",
    schema: organisationSchema,
    lastResult,
    defaultValue,
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <h1 className="govuk-heading-l">{heading}</h1>
        <Form method="post" {...getFormProps(form)}>
          <TextInput field={fields.name} label="Name" hint="For example, Wessex County Council" autoComplete="organization" />
          <Radios
            field={fields.kind}
            legend="What kind of organisation is this?"
            options={ORGANISATION_KINDS.map((kind) => ({
              value: kind,
              label: organisationKindLabels[kind],
              hint: organisationKindHints[kind],
            }))}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {submitText}
          </button>
        </Form>
      </div>
    </div>
  );
}
