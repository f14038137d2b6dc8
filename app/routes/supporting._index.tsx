// The people this person supports, each with what they have been allowed to do for them.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SummaryCard, SummaryList } from "~/components/summary-list.tsx";
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
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request }) => requireSupporter(request));

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
            <SummaryCard
              key={s.memberId}
              headingLevel={2}
              actions={[{ href: `/supporting/${s.memberId}`, text: `Act for ${s.name}` }]}
              title={s.name}
            >
              <SummaryList
                rows={[
                  { key: "Who you are to them", value: s.relationship },
                  {
                    key: "What you can do for them",
                    value: <ul className="govuk-list govuk-list--bullet">
                      {s.scopes.map((scope) => (
                        <li key={scope}>{scope}</li>
                      ))}
                    </ul>,
                  },
                  { key: "Since", value: s.since },
                ]}
              />
            </SummaryCard>
          ))
        )}
      </div>
    </div>
  );
}
