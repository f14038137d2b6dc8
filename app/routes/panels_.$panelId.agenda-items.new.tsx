// Proposing an agenda item: anyone with a role in the panel (issue 4, "Agendas set together").
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { AgendaItemFields } from "~/modules/agendas/agenda-item-fields.tsx";
import { proposeAgendaItem } from "~/modules/agendas/agendas.server.ts";
import { agendaItemFields, agendaItemSchema, DEFAULT_MINUTES } from "~/modules/agendas/schema.ts";
import { notFound, requirePanelRole } from "~/modules/auth/permissions.server.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction = () => [{ title: "Propose an agenda item – Panel" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panelId } = await requirePanelRole(request, params.panelId);
  const panel = await getPanelHeading(panelId);
  if (!panel) throw notFound();
  return { panel };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { panelId, session, roles } = await requirePanelRole(request, params.panelId);
  const submission = parseWithZod(await request.formData(), { schema: agendaItemSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const item = await proposeAgendaItem(panelId, submission.value, roles, { actorId: session.person.id, requestId: context.requestId });
  return redirect(`/panels/${panelId}/agenda-items/${item.id}?proposed=1`);
}

export default function ProposeAgendaItem() {
  const { panel } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "agenda-item",
    lastResult,
    defaultValue: { minutesNeeded: String(DEFAULT_MINUTES) },
    constraint: getZodConstraint(agendaItemFields),
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: agendaItemSchema }),
  });
  const list = `/panels/${panel.id}/agenda-items`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: `/panels/${panel.id}`, text: panel.name },
            { href: list, text: "Agenda items" },
          ]}
        />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <span className="govuk-caption-l">{panel.name}</span>
        <h1 className="govuk-heading-l">Propose an agenda item</h1>
        <p className="govuk-body">Anyone in the panel can suggest something to talk about. The chair or an officer may help shape it; you stay shown as the person who proposed it.</p>
        <Form method="post" {...getFormProps(form)}>
          <AgendaItemFields fields={fields} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Propose item
            </button>
            <Link className="govuk-link" to={list}>
              Cancel
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
