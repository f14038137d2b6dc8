// A spoke group sends one of its proposed items to its hub panel with "our view" (issue 4). The
// spoke's chair, its panel admins and site admins may; only a proposed item, and only once.
// (`$itemId_` keeps this page out of the item page's layout: it is a page of its own.)
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Textarea } from "~/components/fields.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { getAgendaItem } from "~/modules/agendas/agendas.server.ts";
import { forwardItemToHub, forwardRefused, getForwarding, getHub, type ForwardRefusal } from "~/modules/agendas/forward.server.ts";
import { forwardItemSchema, SPOKE_VIEW_MAX_LENGTH } from "~/modules/agendas/forward-schema.ts";
import { respondToRefusal, replyToForm, type FormReply } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { requireCapability, forbidden, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Send to ${data?.hub.name ?? "the hub"} – Panel` }];

async function loadForwarding(request: Request, params: { panelId?: string; itemId?: string }) {
  const access = await requireCapability(request, "belongsToPanel", params.panelId);
  const itemId = requireId(params.itemId);
  const [panel, item, hub] = await Promise.all([getPanelHeading(access.panelId), getAgendaItem(access.panelId, itemId), getHub(access.panelId)]);
  if (!panel || !item) throw notFound();
  if (!access.can("chairs")) throw forbidden("Only the group's chair or an admin can send its items to the hub");
  // A panel that is not a spoke group has no hub to send to: there is no such page for it.
  if (!hub) throw notFound();
  const forwarding = await getForwarding(access.panelId, item.id, access.session.person, access.roles);
  const refusal: ForwardRefusal | null = forwarding?.sentTo ? "already-sent" : item.status !== "PROPOSED" ? "not-proposed" : null;
  return { access, panel, item, hub, refusal, sentOn: forwarding?.sentTo?.on ?? null };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, item, hub, refusal, sentOn } = await loadForwarding(request, params);
  return { panel, hub, item: { id: item.id, title: item.title, about: item.about, status: item.status }, refusal, sentOn };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, item, refusal } = await loadForwarding(request, params);
  const submission = parseWithZod(await request.formData(), { schema: forwardItemSchema });
  if (refusal) return respondToRefusal(forwardRefused(refusal), submission, "forward");
  if (submission.status !== "success") return replyToForm("forward", submission.reply());
  const outcome = await forwardItemToHub(access.panelId, item.id, submission.value.spokeView, actorFrom(access.session, context));
  if (!outcome.ok) return respondToRefusal(outcome, submission, "forward");
  return redirect(`/panels/${access.panelId}/agenda-items/${item.id}?forwarded=1`);
}

/** After a refused send, `current` says why (the page words it); otherwise the form's errors. */
type ForwardReply = FormReply<"forward", ForwardRefusal>;

export default function ForwardItem() {
  const { panel, hub, item, refusal: loadedRefusal, sentOn } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as ForwardReply | undefined;
  const refusal = reply?.current ?? loadedRefusal;
  const [form, fields] = useZodForm({
    id: "forward",
    schema: forwardItemSchema,
    lastResult: reply?.current ? undefined : reply?.result,
  });
  const itemUrl = `/panels/${panel.id}/agenda-items/${item.id}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: `/panels/${panel.id}`, text: panel.name },
            { href: `/panels/${panel.id}/agenda-items`, text: "Agenda items" },
            { href: itemUrl, text: item.title },
          ]}
        />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <span className="govuk-caption-l">{item.title}</span>
        <h1 className="govuk-heading-l">Send this item to {hub.name}</h1>
        {refusal ? (
          <>
            <div className="govuk-inset-text">
              {refusal === "already-sent"
                ? `This item was already sent to ${hub.name}${sentOn ? ` on ${sentOn}` : ""}. It can only be sent once.`
                : item.status === "WITHDRAWN"
                  ? "This item was withdrawn, so it cannot be sent."
                  : "Only items that are still proposed can be sent. This one is already on an agenda."}
            </div>
            <p className="govuk-body">
              <Link className="govuk-link" to={itemUrl}>
                Back to the item
              </Link>
            </p>
          </>
        ) : (
          <>
            <p className="govuk-body">
              {hub.name} gets its own copy of the item, marked as sent by {panel.name}, with your group's view. Its members can then
              choose it for their meetings. Here, the item is marked as sent and can no longer be changed.
            </p>
            <Form method="post" {...getFormProps(form)}>
              <Textarea
                field={fields.spokeView}
                label="Our view"
                hint={`What ${panel.name} thinks about this item, and what it would like ${hub.name} to do. Up to ${SPOKE_VIEW_MAX_LENGTH.toLocaleString("en-GB")} characters.`}
                rows={8}
              />
              <div className="govuk-button-group">
                <button type="submit" className="govuk-button" data-module="govuk-button">
                  Send to {hub.name}
                </button>
                <Link className="govuk-link" to={itemUrl}>
                  Cancel
                </Link>
              </div>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
