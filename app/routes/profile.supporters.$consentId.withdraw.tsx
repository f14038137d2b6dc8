// Stopping a supporter: a confirmation page, then consent is withdrawn. It takes effect on the
// supporter's very next request, as every acting page reads the consent afresh.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { withdrawSupporter } from "~/modules/supporters/consents.server.ts";
import { requireOwnSupporter } from "~/modules/supporters/member-access.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Stop ${data?.supporter.name ?? "your supporter"} acting for you – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { supporter } = await requireOwnSupporter(request, params.consentId);
  if (supporter.withdrawnAt) throw redirect(`/profile/supporters/${supporter.id}`);
  return { supporter: { id: supporter.id, name: supporter.supporterName } };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session, supporter } = await requireOwnSupporter(request, params.consentId);
  const outcome = await withdrawSupporter(session.person.id, supporter.id, { personId: session.person.id, requestId: context.requestId });
  if (!outcome) throw notFound();
  return redirect("/profile/supporters?withdrawn=1");
}

export default function WithdrawSupporter() {
  const { supporter } = useLoaderData<typeof loader>();
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
