// Your supporters: who may act for you and on what, since when, past supporters, and everything
// they have done for you (issue 4: the member stays in control).
import { Link } from "@remix-run/react";
import { SuccessBanner } from "~/components/banner.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { SummaryCard, SummaryList } from "~/components/summary-list.tsx";

type Supporter = { id: string; name: string; relationship: string; scopes: string[]; since: string; recordedBy: string | null; until: string | null; withdrawnBy: string | null };

export type YourSupportersPageProps = { mayName: boolean; current: Supporter[]; past: Supporter[]; done: { id: string; text: string }[]; banner: string | null };

export function YourSupportersPage({ mayName, current, past, done, banner }: YourSupportersPageProps) {
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
