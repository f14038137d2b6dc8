// The confirmation step before deactivating someone: a page of its own, so it works without
// JavaScript and the warning is read before the button.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { requireCapability, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { deactivatePerson, getPersonForAdmin } from "~/modules/people/people.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Deactivate ${data?.person.name ?? "person"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session } = await requireCapability(request, "administersSite");
  const person = await getPersonForAdmin(requireId(params.personId));
  if (!person) throw notFound();
  if (!person.active) throw redirect(`/admin/people/${person.id}`);
  return { person: { id: person.id, name: person.name }, isYou: person.id === session.person.id };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { session } = await requireCapability(request, "administersSite");
  const personId = requireId(params.personId);
  const result = await deactivatePerson(personId, { personId: session.person.id, requestId: context.requestId });
  if (result.ok) return redirect(`/admin/people/${personId}?deactivated=1`);
  if (result.reason === "not-found") throw notFound();
  return Response.json({ error: result.message }, { status: 400 });
}

export default function DeactivatePerson() {
  const { person, isYou } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>() as { error: string } | undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/admin", text: "Administration" },
            { href: "/admin/people", text: "People" },
            { href: `/admin/people/${person.id}`, text: person.name },
          ]}
        />
        <ErrorSummary errors={refusal ? [{ fieldId: "deactivation", message: refusal.error }] : []} />
        <h1 className="govuk-heading-l">Deactivate {person.name}?</h1>
        {isYou ? (
          <p className="govuk-inset-text" id="deactivation" tabIndex={-1}>
            You cannot deactivate yourself. Ask another site admin if your access should end.
          </p>
        ) : (
          <>
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {person.name} will be signed out everywhere at once, including any meeting they have open, and will not be
                able to sign in.
              </strong>
            </div>
            <p className="govuk-body" id="deactivation" tabIndex={-1}>
              Their roles, and everything they did, are kept. You can reactivate them later.
            </p>
            <Form method="post">
              <div className="govuk-button-group">
                <button type="submit" className="govuk-button govuk-button--warning">
                  Yes, deactivate {person.name}
                </button>
                <Link className="govuk-link" to={`/admin/people/${person.id}`}>
                  No, go back
                </Link>
              </div>
            </Form>
          </>
        )}
        {isYou ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/admin/people/${person.id}`}>
              Go back
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
