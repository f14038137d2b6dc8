// Your own communication needs: check they are still right, or change them (issue 4, Flag).
import { getFormProps } from "@conform-to/react";
import { Form, useActionData } from "@remix-run/react";
import { SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import type { FormReply } from "~/forms.server.ts";
import { NeedsFields, useNeedsForm } from "./needs-form.tsx";
import type { CommunicationNeedsValues } from "./schema.ts";

/** The page's forms: "These are still right" (confirm) and the needs themselves. */
export type NeedsForm = "needs";

export type YourNeedsPageProps = {
  needs: CommunicationNeedsValues | null;
  recorded: boolean;
  reviewDue: boolean;
  reviewedOn: string | null;
  changedByOther: { name: string; on: string } | null;
  banner: string | null;
  welcome: string | null;
};

export function YourNeedsPage({ needs, recorded, reviewDue, reviewedOn, changedByOther, banner, welcome }: YourNeedsPageProps) {
  const reply = useActionData<FormReply<NeedsForm>>();
  const [form, fields] = useNeedsForm(reply?.form === "needs" ? reply.result : undefined, needs);
  // A form this page does not know (the page is out of date) is said at the top, linked to the needs form.
  const pageErrors = reply?.form === "page" ? formErrors("page", reply.result.error, form.id) : [];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={[{ href: "/profile", text: "Your profile" }]} />
        <ErrorSummary errors={[...pageErrors, ...formErrors(form.id, form.allErrors)]} />
        <SuccessBanner text={banner} />
        <SuccessBanner text={banner ? null : welcome} />
        <h1 className="govuk-heading-l">Your communication needs</h1>
        <p className="govuk-body">
          Tell us how you want papers and messages, and what you need at meetings. We use this to send you things in your
          format and to arrange meetings so you can take part. You can change it at any time.
        </p>
        {changedByOther ? (
          <div className="govuk-inset-text">
            Last changed by {changedByOther.name} on {changedByOther.on}. If something is not right, change it here.
          </div>
        ) : null}
        {recorded ? (
          <>
            <p className="govuk-body">
              {reviewDue
                ? `You last checked these on ${reviewedOn}. Please check they are still right.`
                : `You last checked these on ${reviewedOn}.`}
            </p>
            <Form method="post">
              <input type="hidden" name="intent" value="confirm" />
              <button type="submit" className="govuk-button govuk-button--secondary">
                These are still right
              </button>
            </Form>
          </>
        ) : (
          <p className="govuk-body">You have not told us your needs yet.</p>
        )}
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="save" />
          <NeedsFields fields={fields} />
          <button type="submit" className="govuk-button">
            Save your communication needs
          </button>
        </Form>
      </div>
    </div>
  );
}
