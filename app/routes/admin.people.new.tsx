import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { requireCapability } from "~/modules/auth/permissions.server.ts";
import { createPerson } from "~/modules/people/people.server.ts";
import { PersonDetailsFields } from "~/modules/people/person-fields.tsx";
import { personDetailsSchema } from "~/modules/people/schema.ts";

export const meta: MetaFunction = () => [{ title: "Add a person – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCapability(request, "administersSite");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { session } = await requireCapability(request, "administersSite");
  const submission = parseWithZod(await request.formData(), { schema: personDetailsSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const result = await createPerson(submission.value, { personId: session.person.id, requestId: context.requestId });
  if (!result.ok) return Response.json(submission.reply({ fieldErrors: result.fieldErrors }), { status: 400 });
  return redirect(`/admin/people/${result.personId}?added=1`);
}

export default function AddPerson() {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "add-person",
    schema: personDetailsSchema,
    lastResult,
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/admin", text: "Administration" },
            { href: "/admin/people", text: "People" },
          ]}
        />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <h1 className="govuk-heading-l">Add a person</h1>
        <p className="govuk-body">
          They can sign in with this email address straight away. Give them roles in a panel from the panel's admin page.
        </p>
        <Form method="post" {...getFormProps(form)}>
          <PersonDetailsFields fields={fields} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">
              Add person
            </button>
            <Link className="govuk-link" to="/admin/people">
              Cancel
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
