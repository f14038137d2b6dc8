// The agenda builder page: the agenda so far, one set of small forms per line, the form to add a
// break and the proposed items in the members' order. Every form posts and works without
// JavaScript; order is changed with "Move up" and "Move down" buttons, never by dragging. After a
// move, focus returns to the same button and a polite status message says where the line is now
// (issue 4, "Chair and lead officer build the agenda").
import type { SerializeFrom } from "@remix-run/node";
import { Form, Link, useActionData, useLocation } from "@remix-run/react";
import { useEffect } from "react";
import { SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors, useErrorSummary, type SummaryError } from "~/components/error-summary.tsx";
import { Breadcrumbs, Tag } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";
import { AddBreak, AgendaLine, Hidden, type BuilderReply } from "./agenda-builder-forms.tsx";
import type { describeBuilder } from "./agenda-builder-view.server.ts";
import { formatDuration } from "./agenda-format.ts";

export type AgendaBuilderPageProps = SerializeFrom<typeof describeBuilder>;

/** Every error in the last refusal, linked to its field (or to the agenda for the page's own). */
function summaryOf(reply: BuilderReply | undefined): SummaryError[] {
  if (!reply) return [];
  const errors = formErrors(reply.form, reply.result.error, "agenda-so-far");
  return reply.form === "page" ? errors.map((error) => ({ ...error, fieldId: "agenda-so-far" })) : errors;
}

export function AgendaBuilderPage({ panel, meeting, document, formValues, warnings, candidates, voters, nextMeeting, banner, status, focus }: AgendaBuilderPageProps) {
  const reply = useActionData<BuilderReply>();
  const location = useLocation();
  const { errors, report } = useErrorSummary(summaryOf(reply));
  const meetingUrl = `/panels/${panel.id}/meetings/${meeting.id}`;

  // After a change the page comes back at the same place: focus goes to the button or line that
  // was changed (without JavaScript, the address's #fragment does the same).
  useEffect(() => {
    if (focus) window.document.getElementById(focus)?.focus();
  }, [location.key, focus]);

  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
          { href: meetingUrl, text: meeting.title },
          { href: `${meetingUrl}/agenda`, text: "Agenda" },
        ]}
      />
      <ErrorSummary errors={errors} />
      <SuccessBanner text={errors.length ? null : banner} />
      <span className="govuk-caption-l">{meeting.title}</span>
      <h1 className="govuk-heading-l">Build the agenda</h1>
      <p className="govuk-body">
        {meeting.when}. The meeting is {meeting.length} long.{" "}
        {document.lines.length
          ? `The agenda so far plans ${formatDuration(document.plannedMinutes)}, finishing at ${document.plannedEnd}.`
          : "Nothing is on the agenda yet."}
      </p>
      {meeting.cancelled ? (
        <div className="govuk-inset-text">This meeting has been cancelled, so its agenda cannot be changed.</div>
      ) : null}

      {warnings.length ? (
        <section aria-labelledby="things-to-check">
          <h2 className="govuk-heading-m" id="things-to-check">
            Things to check
          </h2>
          {warnings.map((warning) => (
            <div className="govuk-warning-text" key={warning}>
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {warning}
              </strong>
            </div>
          ))}
        </section>
      ) : null}

      <div role="status" className={status ? "govuk-inset-text" : undefined}>
        {status}
      </div>

      <p className="govuk-body">
        <Link className="govuk-link" to={`${meetingUrl}/agenda`}>
          See the agenda page
        </Link>
      </p>

      <h2 className="govuk-heading-m" id="agenda-so-far" tabIndex={-1}>
        The agenda so far
      </h2>
      {document.lines.length ? (
        <ol className="govuk-list">
          {document.lines.map((line) => (
            <li key={line.entryId} id={`entry-${line.entryId}`} tabIndex={-1}>
              <AgendaLine line={line} values={formValues[line.entryId]} reply={reply} report={report} cancelled={meeting.cancelled} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="govuk-body">Nothing is on the agenda yet. Add items from the list of proposed items below.</p>
      )}

      {meeting.cancelled ? null : <AddBreak reply={reply} report={report} />}

      <h2 className="govuk-heading-m">Proposed items</h2>
      <p className="govuk-body">
        In the order members chose for this meeting ({voters === 1 ? "1 person has" : `${voters} people have`} chosen so far): 3 points for a
        first choice, 2 for a second and 1 for a third.
        {nextMeeting ? ` Items you carry forward go back to this list for the next meeting, ${nextMeeting}.` : ""}
      </p>
      {candidates.length ? (
        <Table
          caption="Proposed items not on the agenda, by points"
          captionHidden
          head={[{ label: "Item" }, { label: "Points", numeric: true }, { label: "Time asked for", numeric: true }, { label: "Action", visuallyHidden: true }]}
          rows={candidates.map((candidate) => ({
            key: candidate.id,
            cells: [
              <>
                <Link className="govuk-link" to={`/panels/${panel.id}/agenda-items/${candidate.id}`}>
                  {candidate.title}
                </Link>
                <br />
                <span className="govuk-body-s">{candidate.proposedAs}</span>
                {candidate.carriedFrom ? (
                  <>
                    {" "}
                    <Tag colour="grey">{candidate.carriedFrom}</Tag>
                  </>
                ) : null}
              </>,
              candidate.points,
              <>{candidate.minutesNeeded} minutes</>,
              <>
                {meeting.cancelled ? null : (
                  <Form method="post">
                    <input type="hidden" name="itemId" value={candidate.id} />
                    <button type="submit" name="intent" value="add-item" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
                      Add to agenda<Hidden title={candidate.title} />
                    </button>
                  </Form>
                )}
              </>,
            ],
          }))}
        />
      ) : (
        <p className="govuk-body">There are no proposed items waiting.</p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/panels/${panel.id}/agenda-items/new?meeting=${meeting.id}`}>
          Suggest an item for the agenda
        </Link>
      </p>
    </>
  );
}
