// One of the member's supporters: change what they may do (audited before and after), or go on
// to stop them acting for the member.
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/dates.ts";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { SummaryList } from "~/components/summary-list.tsx";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { changeSupporterScopes } from "~/modules/supporters/consents.server.ts";
import { requireOwnSupporter } from "~/modules/supporters/member-access.server.ts";
import { changeScopesSchema } from "~/modules/supporters/schema.ts";
import { relationshipLabel } from "~/modules/supporters/scopes.ts";
import { ScopeCheckboxes } from "~/modules/supporters/supporter-fields.tsx";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.supporter.name ?? "Your supporter"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { supporter } = await requireOwnSupporter(request, params.consentId);
  return {
    supporter: {
      id: supporter.id,
      name: supporter.supporterName,
      relationship: relationshipLabel(supporter.relationship),
      scopes: supporter.scopes,
      since: formatLongDate(supporter.consentedAt),
      recordedBy: supporter.recordedBy,
      until: supporter.withdrawnAt ? formatLongDate(supporter.withdrawnAt) : null,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session, supporter } = await requireOwnSupporter(request, params.consentId);
  const submission = parseWithZod(await request.formData(), { schema: changeScopesSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  if (supporter.withdrawnAt) return Response.json(submission.reply({ formErrors: ["You have already stopped this person acting for you. Add them again to let them."] }), { status: 400 });
  const outcome = await changeSupporterScopes(session.person.id, supporter.id, submission.value.scopes, { personId: session.person.id, requestId: context.requestId });
  if (!outcome) throw notFound();
  return redirect("/profile/supporters?changed=1");
}

export default function Supporter() {
  const { supporter } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
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
