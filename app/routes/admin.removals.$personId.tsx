// The confirmation step before completing a removal: a page of its own, so what happens and what is
// kept are read before the button, and it works without JavaScript.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { formatLongDate } from "~/dates.ts";
import { requireCapability, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { completeRemoval, formerMemberName, getRemovalRequest, removedEmail } from "~/modules/people/removal.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Remove ${data?.person.name ?? "a person"}'s information – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session } = await requireCapability(request, "administersSite");
  const person = await getRemovalRequest(requireId(params.personId));
  if (!person) throw notFound();
  return {
    person: {
      id: person.id,
      name: person.name,
      askedOn: person.removalRequestedAt ? formatLongDate(person.removalRequestedAt) : "",
      panels: person.panels,
      newName: formerMemberName(person.id),
      newEmail: removedEmail(person.id),
    },
    isYou: person.id === session.person.id,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session } = await requireCapability(request, "administersSite");
  const result = await completeRemoval(requireId(params.personId), { personId: session.person.id, requestId: context.requestId });
  if (result.ok) return redirect("/admin/removals?removed=1");
  if (result.reason === "not-found") throw notFound();
  return Response.json({ error: result.message }, { status: 400 });
}

export default function CompleteRemoval() {
  const { person, isYou } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>() as { error: string } | undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/admin", text: "Administration" },
            { href: "/admin/removals", text: "Removal requests" },
          ]}
        />
        <ErrorSummary errors={refusal ? [{ fieldId: "removal", message: refusal.error }] : []} />
        <h1 className="govuk-heading-l">Remove {person.name}'s information?</h1>
        <p className="govuk-body">
          {person.name} asked for their information to be removed on {person.askedOn}.
          {person.panels.length ? ` They are on: ${person.panels.join(", ")}.` : ""}
        </p>
        <h2 className="govuk-heading-m">What happens</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>they are signed out everywhere, and any sign-in emails they have stop working</li>
          <li>their roles on panels end</li>
          <li>anyone they named as a supporter, or who named them, can no longer act for them (the consent is withdrawn)</li>
          <li>their communication needs and display settings are deleted, and their needs are taken off their meeting replies</li>
          <li>their profile (preferred name, pronouns, phone, address, groups and organisations) is emptied</li>
          <li>
            their name becomes “{person.newName}” and their email address {person.newEmail}, so they cannot sign in again
          </li>
          <li>the details the audit trail recorded about them are removed</li>
        </ul>
        <h2 className="govuk-heading-m">What is kept</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            the audit trail of what was done and when, naming people by an id only, so the panel can still show how its
            decisions were made
          </li>
          <li>what they proposed or chose on the panel, and whether they came to meetings, shown as “{person.newName}”</li>
          <li>records of money paid to them, such as fees and expenses, for as long as the law requires (for tax and audit)</li>
        </ul>
        {isYou ? (
          <p className="govuk-inset-text" id="removal" tabIndex={-1}>
            You cannot complete your own removal. Ask another site admin to do it.
          </p>
        ) : (
          <>
            <div className="govuk-warning-text" id="removal" tabIndex={-1}>
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                This cannot be undone.
              </strong>
            </div>
            <Form method="post">
              <div className="govuk-button-group">
                <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
                  Yes, remove {person.name}'s information
                </button>
                <Link className="govuk-link" to="/admin/removals">
                  No, go back
                </Link>
              </div>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
