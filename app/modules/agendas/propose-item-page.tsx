// Suggesting an agenda item: anyone in the panel for themselves (from the list or from a meeting's
// page), or a supporter for the member, in the member's name (decision 009: separate routes, this
// one page). A short form, the rest folded away (issue 10; docs/notes/proposing.md). Client-safe.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { ActingFor, type ForWhom } from "~/modules/supporters/acting-page.tsx";
import { AgendaItemFields } from "./agenda-item-fields.tsx";
import { agendaItemFields, agendaItemSchema } from "./schema.ts";

type ProposalMeeting = { id: string; title: string; href: string; prioritisingOpen: boolean; closes: string };

export type ProposeItemPageProps = {
  forWhom: ForWhom;
  panel: { id: string; name: string };
  /** The meeting the person started from (only for oneself), where they go back to. */
  meeting?: ProposalMeeting | null;
  lastResult?: SubmissionResult<string[]>;
};

export function ProposeItemPage({ forWhom, panel, meeting = null, lastResult }: ProposeItemPageProps) {
  const [form, fields] = useZodForm({ id: "agenda-item", schema: agendaItemSchema, constraint: agendaItemFields, lastResult });
  const member = forWhom.kind === "member" ? forWhom : null;
  const list = `/panels/${panel.id}/agenda-items`;
  const back = member ? `/supporting/${member.memberId}` : (meeting?.href ?? list);
  const crumbs = member
    ? [
        { href: "/supporting", text: "People you support" },
        { href: back, text: member.name },
      ]
    : meeting
      ? [
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
          { href: meeting.href, text: meeting.title },
        ]
      : [
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: list, text: "Agenda items" },
        ];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={crumbs} />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        {member ? <ActingFor memberName={member.name} /> : null}
        <span className="govuk-caption-l">{meeting?.title ?? panel.name}</span>
        {member ? (
          <>
            <h1 className="govuk-heading-l">Suggest an agenda item for {member.name}</h1>
            <p className="govuk-body">The item is put forward in {member.name}'s name. Everyone in the panel sees that you entered it for them.</p>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">Suggest an item for the agenda</h1>
            <p className="govuk-body">
              Anyone in the panel can suggest something to talk about. The chair or an officer may help shape it; you stay shown as the person who suggested it.
            </p>
          </>
        )}
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
              {member ? `Suggest item for ${member.name}` : "Suggest item"}
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
