// "Matters arising from earlier meetings", on a meeting's page and its agenda: actions from the
// panel's earlier meetings still open, and those done since the last meeting, with who owns each,
// when it is due and where it stands, in words.
import { Tag } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";
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
      <Table
        caption="Actions from earlier meetings: open ones, and those done since the last meeting"
        captionHidden
        head={[{ label: "Action" }, { label: "Owner" }, { label: "Due" }, { label: "Status" }]}
        rows={matters.map((matter) => ({
          key: matter.id,
          cells: [
            <>
              {matter.text}
              <br />
              <span className="govuk-body-s">
                From {matter.fromMeeting}
                {matter.recommendations.length ? `. Recommendations: ${matter.recommendations.join(", ")}` : ""}
              </span>
            </>,
            matter.owner,
            dueSentence(matter.dueOn, matter.due?.words ?? null),
            <>
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
            </>,
          ],
        }))}
      />
    </section>
  );
}
