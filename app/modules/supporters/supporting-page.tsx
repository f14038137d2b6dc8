// "People you support": each member who named this person, with what they may do for them. Client-safe.
import { SummaryCard, SummaryList } from "~/components/summary-list.tsx";

export type SupportingPageProps = {
  supported: { memberId: string; name: string; relationship: string; scopes: string[]; since: string }[];
};

export function SupportingPage({ supported }: SupportingPageProps) {
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
