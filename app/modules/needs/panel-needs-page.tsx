// A panel's communication needs (issue 4, Flag and Share): what to arrange, summed up, and for
// those who may see them, the needs of people who agreed to share, by name.
import { Breadcrumbs } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";

type SharedPerson = { personId: string; name: string; format: string; contact: string; support: string[]; dietaryNeeds: string; inOwnWords: string };

export type PanelNeedsPageProps = {
  panel: { id: string; name: string };
  view: { summary: string[]; recorded: number; notRecorded: number; notShared: number; people: SharedPerson[] | null };
};

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

export function PanelNeedsPage({ panel, view }: PanelNeedsPageProps) {
  return (
    <>
      <Breadcrumbs items={[{ href: `/panels/${panel.id}`, text: panel.name }]} />
      <span className="govuk-caption-l">{panel.name}</span>
      <h1 className="govuk-heading-l">Communication needs</h1>
      <p className="govuk-body">
        What to arrange so everyone on the panel can take part: papers in the right format, support at meetings and access
        to the room.
      </p>

      <h2 className="govuk-heading-m">What to arrange</h2>
      <div className="govuk-inset-text">
        {view.summary.length ? (
          <ul className="govuk-list govuk-list--bullet" aria-label="Needs summed up">
            {view.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">Nobody has told us of anything to arrange.</p>
        )}
      </div>
      <p className="govuk-body">
        From {plural(view.recorded, "person who has", "people who have")} told us their needs.
        {view.notRecorded ? ` ${plural(view.notRecorded, "person has", "people have")} not told us yet.` : ""}
      </p>

      {view.people ? (
        <>
          <h2 className="govuk-heading-m">People who agreed to share their needs</h2>
          <p className="govuk-body">
            Use these only to arrange things for people. We record each time you look at this page.
            {view.notShared
              ? ` ${plural(view.notShared, "person", "people")} did not agree to share, so they are counted above but not named.`
              : ""}
          </p>
          {view.people.length ? (
            <Table
              caption="People who agreed to share their needs"
              captionHidden
              head={[{ label: "Name" }, { label: "Papers" }, { label: "Contact" }, { label: "Support and access" }, { label: "Food and in their own words" }]}
              firstCellIsHeader
              rows={view.people.map((person) => ({
                key: person.personId,
                cells: [
                  person.name,
                  person.format,
                  person.contact,
                  person.support.length ? person.support.join(", ") : "None",
                  <>
                    {person.dietaryNeeds ? <p className="govuk-body-s">Food: {person.dietaryNeeds}</p> : null}
                    {person.inOwnWords ? <p className="govuk-body-s">{person.inOwnWords}</p> : null}
                  </>,
                ],
              }))}
            />
          ) : (
            <p className="govuk-body">Nobody has agreed to share their needs yet.</p>
          )}
        </>
      ) : (
        <p className="govuk-body">
          Only totals are shown to finance staff. Names stay with the chair, council officers and panel admins, and only for
          people who agreed.
        </p>
      )}
    </>
  );
}
