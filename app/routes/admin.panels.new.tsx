import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { requireCapability } from "~/modules/auth/permissions.server.ts";
import { createPanel, listPanelLinkChoices } from "~/modules/panels/panel-admin.server.ts";
import { PanelDetailsFields } from "~/modules/panels/panel-details-fields.tsx";
import { DEFAULT_TIME_ZONE, panelDetailsSchema } from "~/modules/panels/schema.ts";

export const meta: MetaFunction = () => [{ title: "Add a panel – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCapability(request, "administersSite");
  return { linkChoices: await listPanelLinkChoices() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { person } = (await requireCapability(request, "administersSite")).session;
  const submission = parseWithZod(await request.formData(), { schema: panelDetailsSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await createPanel(submission.value, { actorId: person.id, isSiteAdmin: true, requestId: context.requestId });
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/admin/panels/${outcome.panelId}?created=1`);
}

export default function NewPanel() {
  const { linkChoices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "panel",
    schema: panelDetailsSchema,
    lastResult,
    defaultValue: { timeZone: DEFAULT_TIME_ZONE },
  });
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/admin", text: "Administration" },
          { href: "/admin/panels", text: "Panels" },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
          <h1 className="govuk-heading-l">Add a panel</h1>
          <Form method="post" {...getFormProps(form)}>
            <PanelDetailsFields fields={fields} linkChoices={linkChoices} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Add panel
            </button>
          </Form>
        </div>
      </div>
    </>
  );
}
