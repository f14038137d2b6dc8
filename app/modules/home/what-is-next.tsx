// "What is next for you": a GOV.UK summary card per upcoming meeting, with a task list of what the
// person can do for it. Statuses are words; a tag marks what still needs doing, so nothing relies
// on colour. Links carry the meeting's name for screen reader link lists.
import { Link } from "@remix-run/react";
import { SummaryCard, SummaryList } from "~/components/summary-list.tsx";
import type { NextMeeting, NextTask, PanelNext } from "./what-is-next.server.ts";

export function WhatIsNext({ panels, hasActions }: { panels: PanelNext[]; hasActions: boolean }) {
  const nothingPlanned = panels.every((panel) => panel.meetings.length === 0);
  return (
    <section aria-labelledby="what-is-next-heading" id="what-is-next">
      <h2 className="govuk-heading-m" id="what-is-next-heading">
        What is next for you
      </h2>
      {nothingPlanned ? (
        <p className="govuk-body">
          {hasActions ? "No meetings are planned right now. Your actions from past meetings are below." : "You have nothing to do right now."} When a
          meeting is planned, it will show here with what you can do for it.
        </p>
      ) : null}
      {panels.map((panel) => (
        <PanelNextSection key={panel.id} panel={panel} headed={panels.length > 1 || !nothingPlanned} />
      ))}
    </section>
  );
}

function PanelNextSection({ panel, headed }: { panel: PanelNext; headed: boolean }) {
  return (
    <>
      {headed ? <h3 className="govuk-heading-s">{panel.name}</h3> : null}
      {panel.meetings.length === 0 ? (
        <p className="govuk-body">
          {headed ? "No meetings are planned yet. " : `No meetings are planned for ${panel.name} yet. `}
          You can still{" "}
          <Link className="govuk-link" to={panel.suggestHref}>
            suggest an item for the agenda<span className="govuk-visually-hidden"> of {panel.name}</span>
          </Link>
          .
        </p>
      ) : (
        panel.meetings.map((meeting) => <MeetingCard key={meeting.id} meeting={meeting} />)
      )}
      {panel.moreMeetings ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/panels/${panel.id}/meetings`}>
            See all meetings<span className="govuk-visually-hidden"> of {panel.name}</span>
          </Link>
        </p>
      ) : null}
    </>
  );
}

function MeetingCard({ meeting }: { meeting: NextMeeting }) {
  return (
    <SummaryCard
      headingLevel={4}
      actions={[{ href: meeting.href, text: "View meeting", visuallyHiddenText: `: ${meeting.title}` }]}
      title={meeting.title}
    >
      <SummaryList
        rows={[
          {
            key: "When",
            value: <>
              {meeting.when}
              {meeting.happeningNow ? ". It is happening now." : ""}
            </>,
          },
          meeting.cancelled
            ? { key: "Cancelled", value: "This meeting has been cancelled." }
            : { key: "Papers deadline", value: meeting.papersDeadline },
        ]}
      />
      {meeting.tasks.length ? (
        <ul className="govuk-task-list" aria-label={`What you can do for ${meeting.title}`}>
          {meeting.tasks.map((task, index) => (
            <Task key={task.href} task={task} id={`${meeting.id}-task-${index}`} meetingTitle={meeting.title} />
          ))}
        </ul>
      ) : null}
    </SummaryCard>
  );
}

function Task({ task, id, meetingTitle }: { task: NextTask; id: string; meetingTitle: string }) {
  const describedBy = [task.hint ? `${id}-hint` : "", `${id}-status`].filter(Boolean).join(" ");
  return (
    <li className="govuk-task-list__item govuk-task-list__item--with-link">
      <div className="govuk-task-list__name-and-hint">
        <Link className="govuk-link govuk-task-list__link" to={task.href} aria-describedby={describedBy}>
          {task.name}
          <span className="govuk-visually-hidden"> ({meetingTitle})</span>
        </Link>
        {task.hint ? (
          <div id={`${id}-hint`} className="govuk-task-list__hint">
            {task.hint}
          </div>
        ) : null}
      </div>
      <div className="govuk-task-list__status" id={`${id}-status`}>
        {task.toDo ? <strong className="govuk-tag govuk-tag--blue">{task.status}</strong> : task.status}
      </div>
    </li>
  );
}
