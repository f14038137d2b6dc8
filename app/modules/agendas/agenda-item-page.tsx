// One agenda item: what it is, whose idea, where it was sent, and (for those who may) the forms to
// change or withdraw it. Client-safe.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs, NotificationBanner, Tag } from "~/components/page.tsx";
import { SummaryList } from "~/components/summary-list.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { AgendaItemFields } from "./agenda-item-fields.tsx";
import { Forwarding, type ForwardingDetails } from "./forwarding.tsx";
import { agendaItemFields, agendaItemSchema } from "./schema.ts";

export type AgendaItemPageProps = {
  panel: { id: string; name: string };
  item: {
    id: string;
    title: string;
    about: string;
    whyItMatters: string;
    type: string;
    presenter: string;
    minutesNeeded: number;
    relatedRecommendations: string;
    councilDecision: string;
    councilDecisionDate: string | null;
    withdrawn: boolean;
    proposedBy: string;
    enteredBy: string | null;
    proposedAs: string;
    shapedBy: string | null;
  };
  canShape: boolean;
  canWithdraw: boolean;
  banner: string | null;
  formValues: Record<string, string>;
  forwarding: ForwardingDetails | null;
  forwarded: boolean;
  lastResult?: SubmissionResult<string[]>;
};

export function AgendaItemPage({ panel, item, canShape, canWithdraw, banner, formValues, forwarding, forwarded, lastResult }: AgendaItemPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: `/panels/${panel.id}`, text: panel.name },
            { href: `/panels/${panel.id}/agenda-items`, text: "Agenda items" },
          ]}
        />
        <SuccessBanner text={banner} />
        {forwarded && forwarding?.sentTo ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">The item was sent to {forwarding.sentTo.hubName} with your view</p>
          </NotificationBanner>
        ) : null}
        <span className="govuk-caption-l">{panel.name}</span>
        <h1 className="govuk-heading-l">{item.title}</h1>
        {item.withdrawn ? (
          <p className="govuk-body">
            <Tag colour="grey">Withdrawn</Tag>
          </p>
        ) : null}
        <p className="govuk-body">
          Proposed by {item.proposedBy}
          {item.enteredBy ? ` (entered by ${item.enteredBy}, their supporter)` : ""}
          {item.shapedBy ? `, shaped by ${item.shapedBy}` : ""} ({item.proposedAs.toLowerCase()})
        </p>
        <Forwarding forwarding={forwarding} forwardUrl={`/panels/${panel.id}/agenda-items/${item.id}/forward`} />
        <SummaryList
          rows={[
            { key: "What it is about", value: item.about },
            { key: "Why it matters", value: item.whyItMatters || "Not given" },
            { key: "Kind", value: item.type },
            { key: "Who should present", value: item.presenter || "Not given" },
            { key: "Time needed", value: `${item.minutesNeeded} minutes` },
            { key: "Related recommendations", value: item.relatedRecommendations || "None" },
            {
              key: "Council decision it should influence",
              value: item.councilDecision ? `${item.councilDecision}${item.councilDecisionDate ? ` (${item.councilDecisionDate})` : ""}` : item.councilDecisionDate ?? "None",
            },
          ]}
        />
        {canShape ? <ChangeItem formValues={formValues} lastResult={lastResult} /> : null}
        {canWithdraw ? (
          <Form method="post">
            <h2 className="govuk-heading-m">Withdraw this item</h2>
            <p className="govuk-body">It will stay on the list marked as withdrawn, and no one can choose it any more.</p>
            <input type="hidden" name="intent" value="withdraw" />
            <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
              Withdraw item
            </button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}

function ChangeItem({ formValues, lastResult }: { formValues: Record<string, string>; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useZodForm({
    id: "agenda-item",
    schema: agendaItemSchema,
    constraint: agendaItemFields,
    lastResult,
    defaultValue: formValues as z.input<typeof agendaItemSchema>,
  });
  return (
    <>
      <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
      <h2 className="govuk-heading-m">Change this item</h2>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="save" />
        <AgendaItemFields fields={fields} />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save changes
        </button>
      </Form>
    </>
  );
}
