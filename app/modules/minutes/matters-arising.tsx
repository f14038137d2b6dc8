// "Matters arising from earlier meetings", on a meeting's page and its agenda: actions from the
// panel's earlier meetings still open, and those done since the last meeting, with who owns each,
// when it is due and where it stands, in words.
import { Tag } from "~/components/page.tsx";
import { dueSentence } from "./due.ts";

type MatterArisingRow = {
  id: string;
  text: string;
  owner: string;
  fromMeeting: string;
  dueOn: string | null;
  status: "OPEN" | "DONE" | "DROPPED";
  due: { words: string | null; overdue: boolean } | null;
  doneOn: string | null;
  recommendations: string[];
};

export function MattersArising({ matters }: { matters: MatterArisingRow[] }) {
  if (!matters.length) return null;
  return (
    <section aria-labelledby="matters-arising-heading" id="matters-arising">
      <h2 className="govuk-heading-m" id="matters-arising-heading">
        Matters arising from earlier meetings
      </h2>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Actions from earlier meetings: open ones, and those done since the last meeting</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {matters.map((matter) => (
            <tr className="govuk-table__row" key={matter.id}>
              <td data-label="Action" className="govuk-table__cell">
                {matter.text}
                <br />
                <span className="govuk-body-s">
                  From {matter.fromMeeting}
                  {matter.recommendations.length ? `. Recommendations: ${matter.recommendations.join(", ")}` : ""}
                </span>
              </td>
              <td data-label="Owner" className="govuk-table__cell">{matter.owner}</td>
              <td data-label="Due" className="govuk-table__cell">{dueSentence(matter.dueOn, matter.due?.words ?? null)}</td>
              <td data-label="Status" className="govuk-table__cell">
                {matter.status === "DONE" ? (
                  <>
                    <Tag colour="green">Done</Tag>
                    {matter.doneOn ? ` on ${matter.doneOn}` : ""}
                  </>
                ) : matter.due?.overdue ? (
                  <Tag colour="red">Open and overdue</Tag>
                ) : (
                  <Tag colour="blue">Open</Tag>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
