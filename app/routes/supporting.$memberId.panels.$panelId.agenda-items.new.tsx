// A supporter suggests an agenda item for the member (PROPOSE): the member is the proposer; the
// item shows "entered by <supporter>, their supporter".
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { AgendaItemFields } from "~/modules/agendas/agenda-item-fields.tsx";
import { proposeAgendaItem } from "~/modules/agendas/agendas.server.ts";
import { agendaItemFields, agendaItemSchema } from "~/modules/agendas/schema.ts";
import { ActingErrorBoundary, actingErrorTitle, ActingFor } from "~/modules/supporters/acting-page.tsx";
import { requireActingFor, requireMemberPanel } from "~/modules/supporters/acting.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: `${error ? actingErrorTitle(error) : `Suggest an agenda item for ${data?.member.name ?? "them"}`} – Panel` },
];

export const ErrorBoundary = ActingErrorBoundary;

async function load(request: Request, params: { memberId?: string; panelId?: string }, requestId?: string) {
  const acting = await requireActingFor(request, params.memberId, ["PROPOSE"], requestId);
  const panel = await requireMemberPanel(acting, params.panelId);
  return { acting, panel };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { acting, panel } = await load(request, params);
  return { member: acting.member, panel: { id: panel.id, name: panel.name } };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { acting, panel } = await load(request, params, context.requestId);
  const submission = parseWithZod(await request.formData(), { schema: agendaItemSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  // The member's own roles decide whose idea it is shown as, not the supporter's.
  await proposeAgendaItem(panel.id, submission.value, panel.roles, acting.actor);
  return redirect(`/supporting/${acting.member.id}?proposed=1`);
}

export default function SuggestItemForMember() {
  const { member, panel } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "agenda-item",
    schema: agendaItemSchema,
    constraint: agendaItemFields,
    lastResult,
  });
  const back = `/supporting/${member.id}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/supporting", text: "People you support" },
            { href: back, text: member.name },
          ]}
        />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <ActingFor memberName={member.name} />
        <span className="govuk-caption-l">{panel.name}</span>
        <h1 className="govuk-heading-l">Suggest an agenda item for {member.name}</h1>
        <p className="govuk-body">
          The item is put forward in {member.name}'s name. Everyone in the panel sees that you entered it for them.
        </p>
        <Form method="post" {...getFormProps(form)}>
          <AgendaItemFields fields={fields} folded />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Suggest item for {member.name}
            </button>
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
