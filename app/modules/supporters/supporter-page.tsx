// One of your supporters: change what they may do, or go on to stop them acting for you.
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { SummaryList } from "~/components/summary-list.tsx";
import { changeScopesSchema } from "~/modules/supporters/schema.ts";
import { ScopeCheckboxes } from "~/modules/supporters/supporter-fields.tsx";
import type { SubmissionResult } from "@conform-to/react";
import type { Scope } from "~/modules/supporters/scopes.ts";

export type SupporterPageProps = {
  supporter: { id: string; name: string; relationship: string; scopes: Scope[]; since: string; recordedBy: string | null; until: string | null };
};

export function SupporterPage({ supporter }: SupporterPageProps) {
  const lastResult = useActionData<SubmissionResult<string[]>>();
  const [form, fields] = useZodForm({
    id: "scopes",
    schema: changeScopesSchema,
    lastResult,
    defaultValue: { scopes: supporter.scopes },
  });
  const summary = [...(form.errors ?? []).map((message) => ({ fieldId: `${form.id}-scopes`, message })), ...formErrors(form.id, form.allErrors)];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/profile", text: "Your profile" },
            { href: "/profile/supporters", text: "Your supporters" },
          ]}
        />
        <ErrorSummary errors={summary} />
        <span className="govuk-caption-l">Your supporter</span>
        <h1 className="govuk-heading-l">{supporter.name}</h1>
        <SummaryList
          rows={[
            { key: "Who they are to you", value: supporter.relationship },
            {
              key: "Since",
              value: <>
                {supporter.since}
                {supporter.recordedBy ? ` (recorded by ${supporter.recordedBy} for you)` : ""}
              </>,
            },
            supporter.until
              ? { key: "Stopped", value: supporter.until }
              : null,
          ]}
        />
        {supporter.until ? (
          <p className="govuk-body">
            {supporter.name} cannot do anything for you any more. To let them again,{" "}
            <Link className="govuk-link" to="/profile/supporters/new">
              add them as a supporter
            </Link>
            .
          </p>
        ) : (
          <>
            <Form method="post" {...getFormProps(form)}>
              <ScopeCheckboxes field={fields.scopes} legend={`What can ${supporter.name} do for you?`} hint="Changes work straight away." />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Save changes
              </button>
            </Form>
            <h2 className="govuk-heading-m">Stop {supporter.name} acting for you</h2>
            <p className="govuk-body">They will not be able to do anything for you from their next click. What they did before stays.</p>
            <Link
              to={`/profile/supporters/${supporter.id}/withdraw`}
              className="govuk-button govuk-button--warning"
              role="button"
              draggable="false"
              data-module="govuk-button"
            >
              Stop {supporter.name} acting for me
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
