// What a meeting page says about the meeting itself, the same for a member and for a supporter
// acting for one (decision 009 chose separate routes, not separate markup): its title, when, where
// and how to get in, the online link, the council's decisions and the papers deadline. Only the
// words for whose reply it is differ, by `forWhom`. Client-safe.
import type { ReactNode } from "react";
import { Lines, Tag } from "~/components/page.tsx";
import { SummaryList } from "~/components/summary-list.tsx";

/** Whose page it is: the person's own, or a member's, seen by a supporter acting for them. */
export type ForWhom = { kind: "self" } | { kind: "member"; id: string; name: string };

/** The meeting in words (made by `summariseMeeting` in meetings.server.ts). */
export type MeetingSummaryData = {
  title: string;
  when: string;
  venueName: string;
  venueAddress: string;
  venueAccess: string;
  onlineLink: string;
  papersDeadline: string;
  decisions: { title: string; on: string }[];
  cancelled: boolean;
};

/** A bulleted list, or a sentence saying there is nothing in it. */
export function ListOrNone({ items, empty }: { items: string[]; empty: string }) {
  if (!items.length) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** The panel as caption, the meeting's title, and a cancelled meeting said in words as well as a tag. */
export function MeetingHeading({ panelName, meeting }: { panelName: string; meeting: Pick<MeetingSummaryData, "title" | "cancelled"> }) {
  return (
    <>
      <span className="govuk-caption-l">{panelName}</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      {meeting.cancelled ? (
        <p className="govuk-body">
          <Tag colour="red">Cancelled</Tag> This meeting has been cancelled.
        </p>
      ) : null}
    </>
  );
}

function Where({ meeting }: { meeting: MeetingSummaryData }) {
  if (!meeting.venueName) return <>Online only</>;
  return (
    <>
      <p className="govuk-body">
        {meeting.venueName}
        {meeting.venueAddress ? (
          <>
            <br />
            <Lines text={meeting.venueAddress} />
          </>
        ) : null}
      </p>
      {meeting.venueAccess ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Access information</p>
          <p className="govuk-body">
            <Lines text={meeting.venueAccess} />
          </p>
        </>
      ) : null}
    </>
  );
}

/** When, where, online, council decisions, papers deadline, and the reply when there is one to show. */
export function MeetingSummary({ meeting, forWhom, reply }: { meeting: MeetingSummaryData; forWhom: ForWhom; reply: ReactNode | null }) {
  return (
    <SummaryList
      rows={[
        { key: "When", value: meeting.when },
        { key: "Where", value: <Where meeting={meeting} /> },
        {
          key: "Online",
          value: meeting.onlineLink ? (
            <a className="govuk-link" href={meeting.onlineLink} rel="noreferrer noopener">
              Join the meeting online
            </a>
          ) : (
            "In person only"
          ),
        },
        { key: "Council decisions", value: <ListOrNone items={meeting.decisions.map((d) => `${d.title}: ${d.on}`)} empty="None given" /> },
        { key: "Papers deadline", value: meeting.papersDeadline },
        reply ? { key: forWhom.kind === "self" ? "Your reply" : `${forWhom.name}'s reply`, value: reply } : null,
      ]}
    />
  );
}
