// Adding a term to the panel's glossary; a word people asked about in meetings comes filled in.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { GlossaryTermFields } from "./glossary-term-fields.tsx";
import { glossaryTermSchema } from "./schema.ts";

export function NewGlossaryTermPage({ panel, term }: { panel: { id: string; name: string }; term: string }) {
  const lastResult = useActionData<SubmissionResult<string[]>>();
  const [form, fields] = useZodForm({
    id: "glossary-term",
    schema: glossaryTermSchema,
    lastResult,
    defaultValue: { term },
  });
  const glossary = `/panels/${panel.id}/glossary`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: `/panels/${panel.id}`, text: panel.name },
            { href: glossary, text: "Glossary" },
          ]}
        />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <span className="govuk-caption-l">{panel.name}</span>
        <h1 className="govuk-heading-l">Add a term to the glossary</h1>
        <Form method="post" {...getFormProps(form)}>
          <GlossaryTermFields fields={fields} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Add term
            </button>
            <Link className="govuk-link" to={glossary}>
              Cancel
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
