// A spoke group's chair or admin sends one of its items to its hub with "our view", or is told why
// it cannot be sent. Client-safe.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Textarea } from "~/components/fields.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { forwardItemSchema, SPOKE_VIEW_MAX_LENGTH, type ForwardRefusal } from "./forward-schema.ts";

/** After a refused send, `current` says why (the page words it); otherwise the form's errors. */
type ForwardReply = { form: string; result: SubmissionResult<string[]>; current?: ForwardRefusal };

export type ForwardItemPageProps = {
  panel: { id: string; name: string };
  hub: { id: string; name: string };
  item: { id: string; title: string; about: string; status: string };
  refusal: ForwardRefusal | null;
  sentOn: string | null;
  reply?: ForwardReply;
};

export function ForwardItemPage({ panel, hub, item, refusal: loadedRefusal, sentOn, reply }: ForwardItemPageProps) {
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
