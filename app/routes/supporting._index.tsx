// The people this person supports, each with what they have been allowed to do for them.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/dates.ts";
import { forbidden, requirePerson } from "~/modules/auth/permissions.server.ts";
import { hasBeenNamedSupporter, listSupportedMembers } from "~/modules/supporters/consents.server.ts";
import { relationshipLabel, scopeLabelsForSupporter } from "~/modules/supporters/scopes.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction = () => [{ title: "People you support – Panel" }];

async function requireSupporter(request: Request) {
  const session = await requirePerson(request);
  if (!(await hasBeenNamedSupporter(session.person.id))) throw forbidden("Nobody has named you as their supporter");
  return session;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSupporter(request);
  const supported = await listSupportedMembers(session.person.id);
  return {
    supported: supported.map((s) => ({
      memberId: s.member.id,
      name: s.member.name,
      relationship: relationshipLabel(s.relationship),
      scopes: s.scopes.map((scope) => scopeLabelsForSupporter[scope]),
      since: formatLongDate(s.since),
    })),
  };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = readOnlyPage(({ request }) => requireSupporter(request));

export default function Supporting() {
  const { supported } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">People you support</h1>
        <p className="govuk-body">
          These people have named you as their supporter. You can do only what each of them has chosen, and they can see everything you
          do for them.
        </p>
        {supported.length === 0 ? (
          <p className="govuk-inset-text">Nobody has asked you to act for them at the moment.</p>
        ) : (
          supported.map((s) => (
            <div className="govuk-summary-card" key={s.memberId}>
              <div className="govuk-summary-card__title-wrapper">
                <h2 className="govuk-summary-card__title">{s.name}</h2>
                <ul className="govuk-summary-card__actions">
                  <li className="govuk-summary-card__action">
                    <Link className="govuk-link" to={`/supporting/${s.memberId}`}>
                      Act for {s.name}
                    </Link>
                  </li>
                </ul>
              </div>
              <div className="govuk-summary-card__content">
                <dl className="govuk-summary-list">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Who you are to them</dt>
                    <dd className="govuk-summary-list__value">{s.relationship}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">What you can do for them</dt>
                    <dd className="govuk-summary-list__value">
                      <ul className="govuk-list govuk-list--bullet">
                        {s.scopes.map((scope) => (
                          <li key={scope}>{scope}</li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Since</dt>
                    <dd className="govuk-summary-list__value">{s.since}</dd>
                  </div>
                </dl>
              </div>
            </div>
          ))
        )}
      </div>
    </div>
  );
}
