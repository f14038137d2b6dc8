// Asking the member to confirm stopping a supporter, on its own page so it works without JavaScript.
import { Form, Link } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";

export type WithdrawSupporterPageProps = { supporter: { id: string; name: string } };

export function WithdrawSupporterPage({ supporter }: WithdrawSupporterPageProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/profile", text: "Your profile" },
            { href: "/profile/supporters", text: "Your supporters" },
            { href: `/profile/supporters/${supporter.id}`, text: supporter.name },
          ]}
        />
        <h1 className="govuk-heading-l">Stop {supporter.name} acting for you?</h1>
        <p className="govuk-body">From their next click, {supporter.name} will not be able to do anything for you on Panel.</p>
        <p className="govuk-body">
          What they have already done for you stays, and you can still see it. You can add them again later if you change your mind.
        </p>
        <Form method="post">
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
              Yes, stop {supporter.name} acting for me
            </button>
            <Link className="govuk-link" to={`/profile/supporters/${supporter.id}`}>
              No, go back
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
