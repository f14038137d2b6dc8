import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs, NotificationBanner } from "~/components/page.tsx";
import { formatLongDate } from "~/dates.ts";
import { notFound, requirePerson } from "~/modules/auth/permissions.server.ts";
import { getProfile, requestRemoval } from "~/modules/people/profile.server.ts";

export const meta: MetaFunction = () => [{ title: "Ask for your information to be removed – Panel" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requirePerson(request);
  const profile = await getProfile(session.person.id);
  if (!profile) throw notFound();
  return {
    requestedOn: profile.removalRequestedAt ? formatLongDate(profile.removalRequestedAt) : null,
    justAsked: new URL(request.url).searchParams.get("asked") === "1",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requirePerson(request);
  await requestRemoval(session.person.id, { personId: session.person.id, requestId: context.requestId });
  return redirect("/profile/removal?asked=1");
}

export default function Removal() {
  const { requestedOn, justAsked } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={[{ href: "/profile", text: "Your profile" }]} />
        {justAsked ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">We have your request. A site admin will deal with it.</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Ask for your information to be removed</h1>
        <p className="govuk-body">You can ask us to remove what Panel holds about you. A site admin does the removal. When they do:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>your name, contact details, profile and communication needs are removed</li>
          <li>what you said or did on the panel stays, but no longer shows who you are (it is anonymised)</li>
          <li>records of money paid to you, such as fees and expenses, are kept for as long as the law requires</li>
          <li>you will not be able to sign in any more</li>
        </ul>
        <h2 className="govuk-heading-m">What we keep, and why</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            records of money paid to you, because tax law says we must keep them (usually for 6 years); they are seen only by the
            people who pay claims and by auditors
          </li>
          <li>
            the record of what was done on the panel and when, so the panel can show how it made its decisions; it no longer
            shows your name, only a number
          </li>
        </ul>
        <p className="govuk-body">
          Before you ask, you may want to{" "}
          <Link className="govuk-link" to="/profile/download">
            download everything we hold about you
          </Link>
          .
        </p>
        {requestedOn ? (
          <div className="govuk-inset-text">
            You asked for your information to be removed on {requestedOn}. A site admin will deal with it and contact you.
          </div>
        ) : (
          <Form method="post">
            <button type="submit" className="govuk-button govuk-button--warning">
              Ask for my information to be removed
            </button>
          </Form>
        )}
      </div>
    </div>
  );
}
