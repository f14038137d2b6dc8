// A meeting of the member's panel, for a supporter acting for them: the member's meeting page's
// heading and summary (meetings/meeting-summary.tsx), under the acting banner, and only the actions
// the member allowed. No one's needs or replies are shown, except the member's own answer when the
// supporter may reply.
import { Link } from "@remix-run/react";
import { SuccessBanner } from "~/components/banner.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { MeetingHeading, MeetingSummary, type MeetingSummaryData } from "../meetings/meeting-summary.tsx";
import { ActingFor } from "./acting-page.tsx";

export type ActingMeetingPageProps = {
  member: { id: string; name: string };
  panel: { name: string };
  meeting: MeetingSummaryData & { id: string };
  reply: string | null;
  may: { reply: boolean; papers: boolean; prioritise: boolean };
  banner: string | null;
};

function WhatYouCanDo({ member, base, may }: { member: ActingMeetingPageProps["member"]; base: string; may: ActingMeetingPageProps["may"] }) {
  if (!may.reply && !may.papers && !may.prioritise) return <p className="govuk-body">There is nothing you can do for {member.name} for this meeting now.</p>;
  return (
    <ul className="govuk-list">
      {may.reply ? (
        <li>
          <Link className="govuk-link" to={`${base}/reply`}>
            Reply for {member.name}
          </Link>
        </li>
      ) : null}
      {may.papers ? (
        <li>
          <Link className="govuk-link" to={`${base}/agenda`}>
            Read the agenda
          </Link>
        </li>
      ) : null}
      {may.prioritise ? (
        <li>
          <Link className="govuk-link" to={`${base}/priorities`}>
            Choose {member.name}'s most important items
          </Link>
        </li>
      ) : null}
    </ul>
  );
}

export function ActingMeetingPage({ member, panel, meeting, reply, may, banner }: ActingMeetingPageProps) {
  const base = `/supporting/${member.id}/meetings/${meeting.id}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/supporting", text: "People you support" },
            { href: `/supporting/${member.id}`, text: member.name },
          ]}
        />
        <SuccessBanner text={banner} />
        <ActingFor memberName={member.name} />
        <MeetingHeading panelName={panel.name} meeting={meeting} />
        <MeetingSummary meeting={meeting} forWhom={{ kind: "member", ...member }} reply={reply} />
        <h2 className="govuk-heading-m">What you can do for {member.name}</h2>
        <WhatYouCanDo member={member} base={base} may={may} />
      </div>
    </div>
  );
}
