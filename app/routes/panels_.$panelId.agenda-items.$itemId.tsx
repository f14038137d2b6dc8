// One agenda item. Anyone in the panel sees it; the proposer, the chair or an officer may shape
// it (the proposer stays shown); the proposer or the chair may withdraw it.
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { formatLongDate } from "~/dates.ts";
import { SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs, NotificationBanner, Tag } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { SummaryList } from "~/components/summary-list.tsx";
import { AgendaItemFields } from "~/modules/agendas/agenda-item-fields.tsx";
import { getForwarding } from "~/modules/agendas/forward.server.ts";
import { Forwarding } from "~/modules/agendas/forwarding.tsx";
import { agendaItemFormValues, canShapeItem, canWithdrawItem, changeAgendaItem, getAgendaItem, withdrawAgendaItem } from "~/modules/agendas/agendas.server.ts";
import { agendaItemFields, agendaItemSchema, agendaItemTypeLabels, proposedAsLabels } from "~/modules/agendas/schema.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { requireCapability, forbidden, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.item.title ?? "Agenda item"} – Panel` }];

async function loadItem(request: Request, params: { panelId?: string; itemId?: string }) {
  const access = await requireCapability(request, "belongsToPanel", params.panelId);
  const [panel, item] = await Promise.all([getPanelHeading(access.panelId), getAgendaItem(access.panelId, requireId(params.itemId))]);
  if (!panel || !item) throw notFound();
  const person = access.session.person;
  const open = item.status === "PROPOSED";
  return {
    access,
    panel,
    item,
    canShape: open && canShapeItem(person, access.roles, item),
    canWithdraw: open && canWithdrawItem(person, access.roles, item),
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, item, canShape, canWithdraw } = await loadItem(request, params);
  const url = new URL(request.url);
  return {
    forwarding: await getForwarding(panel.id, item.id, access.session.person, access.roles),
    forwarded: url.searchParams.get("forwarded") === "1",
    panel,
    canShape,
    canWithdraw,
    banner: url.searchParams.get("proposed") === "1" ? "Your item was proposed" : url.searchParams.get("saved") === "1" ? "The item was saved" : null,
    formValues: agendaItemFormValues(item),
    item: {
      id: item.id,
      title: item.title,
      about: item.about,
      whyItMatters: item.whyItMatters,
      type: agendaItemTypeLabels[item.type],
      presenter: item.presenter,
      minutesNeeded: item.minutesNeeded,
      relatedRecommendations: item.relatedRecommendations.join(", "),
      councilDecision: item.councilDecision,
      councilDecisionDate: item.councilDecisionDate ? formatLongDate(item.councilDecisionDate, panel.timeZone) : null,
      withdrawn: item.status === "WITHDRAWN",
      proposedBy: item.proposedBy,
      enteredBy: item.enteredBy,
      proposedAs: proposedAsLabels[item.proposedAs],
      shapedBy: item.shapedBy,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, item, canShape, canWithdraw } = await loadItem(request, params);
  const actor = actorFrom(access.session, context);
  const formData = await request.formData();
  if (formData.get("intent") === "withdraw") {
    if (!canWithdraw) throw forbidden("Only the person who proposed the item or the chair can withdraw it");
    await withdrawAgendaItem(access.panelId, item, actor);
    return redirect(`/panels/${access.panelId}/agenda-items?withdrawn=1`);
  }
  if (!canShape) throw forbidden("Only the person who proposed the item, the chair or an officer can change it");
  const submission = parseWithZod(formData, { schema: agendaItemSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  await changeAgendaItem(access.panelId, item, submission.value, actor);
  return redirect(`/panels/${access.panelId}/agenda-items/${item.id}?saved=1`);
}

export default function AgendaItemPage() {
  const { panel, item, canShape, canWithdraw, banner, formValues, forwarding, forwarded } = useLoaderData<typeof loader>();
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
        {canShape ? <ChangeItem formValues={formValues} /> : null}
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

function ChangeItem({ formValues }: { formValues: Record<string, string> }) {
  const lastResult = useActionData<typeof action>();
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
