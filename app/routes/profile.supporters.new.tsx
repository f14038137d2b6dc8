// A member names a supporter: who they are, what they may do, and the member's agreement, which is
// recorded with its date (issue 4).
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { forbidden } from "~/modules/auth/permissions.server.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { nameSupporter } from "~/modules/supporters/consents.server.ts";
import { requireSupportersOwner } from "~/modules/supporters/member-access.server.ts";
import { messages, nameSupporterSchema } from "~/modules/supporters/schema.ts";
import { AgreeCheckbox, SupporterFields } from "~/modules/supporters/supporter-fields.tsx";

export const meta: MetaFunction = () => [{ title: "Add a supporter – Panel" }];

async function requireMayName(request: Request) {
  const { session, mayName } = await requireSupportersOwner(request);
  if (!mayName) throw forbidden(messages.notAMember);
  return session;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireMayName(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requireMayName(request);
  const submission = parseWithZod(await request.formData(), { schema: nameSupporterSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const { agree: _agree, ...form } = submission.value;
  const outcome = await nameSupporter(session.person.id, form, { personId: session.person.id, requestId: context.requestId }, { baseUrl: baseUrlFor(request) });
  if (!outcome) throw forbidden();
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/profile/supporters?${outcome.created ? "named" : "updated"}=1`);
}

export default function AddSupporter() {
  const lastResult = useActionData<typeof action>();
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
