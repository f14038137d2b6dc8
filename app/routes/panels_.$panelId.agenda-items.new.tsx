// Proposing an agenda item: anyone with a role in the panel (issue 4, "Agendas set together").
// A short form, the rest folded away (issue 10; docs/notes/proposing.md). Started from a meeting's
// page (?meeting=), it names that meeting and goes back to it afterwards.
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { AgendaItemFields } from "~/modules/agendas/agenda-item-fields.tsx";
import { findMeetingForProposal, proposeAgendaItem } from "~/modules/agendas/agendas.server.ts";
import { agendaItemFields, agendaItemSchema } from "~/modules/agendas/schema.ts";
import { requireCapability, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction = () => [{ title: "Suggest an item for the agenda – Panel" }];

/** The meeting named by ?meeting= or the posted field: none, or this panel's; anything else is not found. */
async function proposalMeeting(panelId: string, value: FormDataEntryValue | null) {
  if (value === null || value === "") return null;
  const meeting = await findMeetingForProposal(panelId, requireId(typeof value === "string" ? value : undefined));
  if (!meeting) throw notFound();
  return meeting;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panelId } = await requireCapability(request, "belongsToPanel", params.panelId);
  const [panel, meeting] = await Promise.all([getPanelHeading(panelId), proposalMeeting(panelId, new URL(request.url).searchParams.get("meeting"))]);
  if (!panel) throw notFound();
  return { panel, meeting };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { panelId, session, roles } = await requireCapability(request, "belongsToPanel", params.panelId);
  const formData = await request.formData();
  const meeting = await proposalMeeting(panelId, formData.get("meeting"));
  const submission = parseWithZod(formData, { schema: agendaItemSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const item = await proposeAgendaItem(panelId, submission.value, roles, { actorId: session.person.id, requestId: context.requestId });
  return redirect(meeting ? `${meeting.href}?proposed=1` : `/panels/${panelId}/agenda-items/${item.id}?proposed=1`);
}

export default function ProposeAgendaItem() {
  const { panel, meeting } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "agenda-item",
    schema: agendaItemSchema,
    constraint: agendaItemFields,
    lastResult,
  });
  const list = `/panels/${panel.id}/agenda-items`;
  const back = meeting?.href ?? list;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={
            meeting
              ? [
                  { href: `/panels/${panel.id}`, text: panel.name },
                  { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
                  { href: meeting.href, text: meeting.title },
                ]
              : [
                  { href: `/panels/${panel.id}`, text: panel.name },
                  { href: list, text: "Agenda items" },
                ]
          }
        />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <span className="govuk-caption-l">{meeting?.title ?? panel.name}</span>
        <h1 className="govuk-heading-l">Suggest an item for the agenda</h1>
        <p className="govuk-body">Anyone in the panel can suggest something to talk about. The chair or an officer may help shape it; you stay shown as the person who suggested it.</p>
        {meeting ? (
          <p className="govuk-inset-text">
            {meeting.prioritisingOpen
              ? `Members can choose it for this meeting until the papers deadline, ${meeting.closes}.`
              : "Choosing items for this meeting has closed, so your item will be kept for a later meeting."}
          </p>
        ) : null}
        <Form method="post" {...getFormProps(form)}>
          {meeting ? <input type="hidden" name="meeting" value={meeting.id} /> : null}
          <AgendaItemFields fields={fields} folded />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Suggest item
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
