// Acting for one member: their panels and upcoming meetings, with only the actions the member has
// allowed as links. Nothing else about the member is shown (never their needs). Client-safe.
import { Link } from "@remix-run/react";
import { SuccessBanner } from "~/components/banner.tsx";
import { Breadcrumbs, Tag } from "~/components/page.tsx";
import { SummaryCard } from "~/components/summary-list.tsx";
import { ActingFor } from "./acting-page.tsx";

export type ActingForMemberPageProps = {
  member: { id: string; name: string };
  /** What the member has asked the supporter to do, in words. */
  allowed: string[];
  may: { propose: boolean; reply: boolean; papers: boolean; prioritise: boolean; meetings: boolean };
  panels: { id: string; name: string }[];
  meetings: { id: string; title: string; panelName: string; when: string; cancelled: boolean; started: boolean; reply: string | null }[];
  banner: string | null;
};

export function ActingForMemberPage({ member, allowed, may, panels, meetings, banner }: ActingForMemberPageProps) {
  const base = `/supporting/${member.id}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={[{ href: "/supporting", text: "People you support" }]} />
        <SuccessBanner text={banner} />
        <ActingFor memberName={member.name} />
        <h1 className="govuk-heading-l">{member.name}</h1>
        <h2 className="govuk-heading-m">What {member.name} has asked you to do</h2>
        <ul className="govuk-list govuk-list--bullet">
          {allowed.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">Their panels</h2>
        {panels.length === 0 ? (
          <p className="govuk-body">{member.name} is not a member of a panel at the moment.</p>
        ) : (
          <ul className="govuk-list">
            {panels.map((panel) => (
              <li key={panel.id}>
                <strong>{panel.name}</strong>
                {may.propose ? (
                  <>
                    {" – "}
                    <Link className="govuk-link" to={`${base}/panels/${panel.id}/agenda-items/new`}>
                      Suggest an agenda item for {member.name}
                      <span className="govuk-visually-hidden"> to {panel.name}</span>
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {may.meetings ? (
          <>
            <h2 className="govuk-heading-m">Upcoming meetings</h2>
            {meetings.length === 0 ? (
              <p className="govuk-body">There are no upcoming meetings.</p>
            ) : (
              meetings.map((meeting) => (
                <SummaryCard
                  key={meeting.id}
                  title={
                    <Link className="govuk-link" to={`${base}/meetings/${meeting.id}`}>
                      {meeting.title}
                    </Link>
                  }
                >
                  <p className="govuk-body">
                    {meeting.when}, {meeting.panelName}
                  </p>
                  {meeting.cancelled ? (
                    <p className="govuk-body">
                      <Tag colour="red">Cancelled</Tag>
                    </p>
                  ) : null}
                  {meeting.reply ? <p className="govuk-body">{meeting.reply}</p> : null}
                  {meeting.cancelled || meeting.started ? null : (
                    <ul className="govuk-list">
                      {may.reply ? (
                        <li>
                          <Link className="govuk-link" to={`${base}/meetings/${meeting.id}/reply`}>
                            Reply for {member.name}
                            <span className="govuk-visually-hidden"> to {meeting.title}</span>
                          </Link>
                        </li>
                      ) : null}
                      {may.papers ? (
                        <li>
                          <Link className="govuk-link" to={`${base}/meetings/${meeting.id}/agenda`}>
                            Read the agenda<span className="govuk-visually-hidden"> for {meeting.title}</span>
                          </Link>
                        </li>
                      ) : null}
                      {may.prioritise ? (
                        <li>
                          <Link className="govuk-link" to={`${base}/meetings/${meeting.id}/priorities`}>
                            Choose {member.name}'s most important items<span className="govuk-visually-hidden"> for {meeting.title}</span>
                          </Link>
                        </li>
                      ) : null}
                    </ul>
                  )}
                </SummaryCard>
              ))
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
