// A member's supporters: who may act for them and on what, since when, who recorded it, past
// supporters, and everything supporters have done for them (issue 4: the member stays in control).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/dates.ts";
import { bannerFrom, SuccessBanner } from "~/components/banner.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { SummaryCard, SummaryList } from "~/components/summary-list.tsx";
import { listDoneForMember } from "~/modules/supporters/activity.server.ts";
import { requireSupportersOwner } from "~/modules/supporters/member-access.server.ts";
import { listSupporters } from "~/modules/supporters/consents.server.ts";
import { relationshipLabel, scopeLabels } from "~/modules/supporters/scopes.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction = () => [{ title: "Your supporters – Panel" }];

const banners: Record<string, string> = {
  named: "Your supporter has been added. We have emailed them to tell them how to sign in.",
  updated: "You had already named this supporter, so we have changed what they can do for you.",
  changed: "What your supporter can do for you has been changed.",
  withdrawn: "Your supporter can no longer do anything for you.",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { session, mayName } = await requireSupportersOwner(request);
  const memberId = session.person.id;
  const [{ current, past }, done] = await Promise.all([listSupporters(memberId), listDoneForMember(memberId)]);
  const search = new URL(request.url).searchParams;
  const banner = bannerFrom(search, banners);
  const row = (s: (typeof current)[number]) => ({
    id: s.id,
    name: s.supporterName,
    relationship: relationshipLabel(s.relationship),
    scopes: s.scopes.map((scope) => scopeLabels[scope]),
    since: formatLongDate(s.consentedAt),
    recordedBy: s.recordedBy,
    until: s.withdrawnAt ? formatLongDate(s.withdrawnAt) : null,
    withdrawnBy: s.withdrawnBy,
  });
  return { mayName, current: current.map(row), past: past.map(row), done, banner };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request }) => requireSupportersOwner(request));

export default function Supporters() {
  const { mayName, current, past, done, banner } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={[{ href: "/profile", text: "Your profile" }]} />
        <SuccessBanner text={banner} />
        <h1 className="govuk-heading-l">Your supporters</h1>
        <p className="govuk-body">
          A supporter is someone you trust, like a personal assistant, family member or advocate. They sign in with their own account
          and can do the things you choose for you. You stay in control: you can change what they do, or stop it, at any time, and
          you can see everything they have done for you.
        </p>
        {mayName ? (
          <p className="govuk-body">
            <Link to="/profile/supporters/new" className="govuk-button" role="button" draggable="false" data-module="govuk-button">
              Add a supporter
            </Link>
          </p>
        ) : (
          <p className="govuk-inset-text">Only members and chairs of a panel can add supporters.</p>
        )}
        <h2 className="govuk-heading-m">Your supporters now</h2>
        {current.length === 0 ? (
          <p className="govuk-body">You have not named any supporters.</p>
        ) : (
          current.map((supporter) => (
            <SummaryCard
              key={supporter.id}
              actions={[{ href: `/profile/supporters/${supporter.id}`, text: "Change or stop", visuallyHiddenText: ` what ${supporter.name} does for you` }]}
              title={supporter.name}
            >
              <SupporterDetails supporter={supporter} />
            </SummaryCard>
          ))
        )}
        <h2 className="govuk-heading-m">What your supporters have done for you</h2>
        {done.length === 0 ? (
          <p className="govuk-body">Your supporters have not done anything for you yet.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {done.map((entry) => (
              <li key={entry.id}>{entry.text}</li>
            ))}
          </ul>
        )}
        {past.length ? (
          <>
            <h2 className="govuk-heading-m">Past supporters</h2>
            <ul className="govuk-list">
              {past.map((supporter) => (
                <li key={supporter.id}>
                  {supporter.name} ({supporter.relationship.toLowerCase()}), from {supporter.since} to {supporter.until}
                  {supporter.withdrawnBy ? `, stopped by ${supporter.withdrawnBy} for you` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}

function SupporterDetails({
  supporter,
}: {
  supporter: { relationship: string; scopes: string[]; since: string; recordedBy: string | null };
}) {
  return (
    <SummaryList
      rows={[
        { key: "Who they are to you", value: supporter.relationship },
        {
          key: "What they can do for you",
          value: <ul className="govuk-list govuk-list--bullet">
            {supporter.scopes.map((scope) => (
              <li key={scope}>{scope}</li>
            ))}
          </ul>,
        },
        {
          key: "Since",
          value: <>
            {supporter.since}
            {supporter.recordedBy ? ` (recorded by ${supporter.recordedBy} for you)` : ""}
          </>,
        },
      ]}
    />
  );
}
