// Adding a supporter: who they are, what they may do for you, and your agreement.
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { nameSupporterSchema } from "~/modules/supporters/schema.ts";
import { AgreeCheckbox, SupporterFields } from "~/modules/supporters/supporter-fields.tsx";
import type { SubmissionResult } from "@conform-to/react";

export function AddSupporterPage() {
  const lastResult = useActionData<SubmissionResult<string[]>>();
  const [form, fields] = useZodForm({
    id: "supporter",
    schema: nameSupporterSchema,
    lastResult,
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/profile", text: "Your profile" },
            { href: "/profile/supporters", text: "Your supporters" },
          ]}
        />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <h1 className="govuk-heading-l">Add a supporter</h1>
        <p className="govuk-body">
          Your supporter signs in with their own account, using their own email address. If they do not have an account yet, we make
          one for them and email them to say how to sign in.
        </p>
        <Form method="post" {...getFormProps(form)}>
          <SupporterFields fields={fields} who="you" />
          <AgreeCheckbox field={fields.agree} label="I agree that this person can do these things for me. I can change or stop this at any time." />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Add supporter
            </button>
            <Link className="govuk-link" to="/profile/supporters">
              Cancel
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
