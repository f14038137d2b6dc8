// Building a meeting's agenda (organisers: the chair, the panel's officers, admins). Every change
// is a small form that posts and works without JavaScript; order is changed with "Move up" and
// "Move down" buttons, never by dragging. After a move, focus returns to the same button and a
// polite status message says where the line is now (issue 4, "Chair and lead officer build the
// agenda").
import { formatDayInSentence } from "~/dates.ts";
import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useEffect } from "react";
import { SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors, useErrorSummary, type SummaryError } from "~/components/error-summary.tsx";
import { Breadcrumbs, Tag } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";
import { dateInputValue, timeInputValue, utcToZonedDateTime, zonedDateTimeToUtc } from "~/dates.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { AddBreak, AgendaLine, Hidden, type BuilderReply, type LineFormValues } from "~/modules/agendas/agenda-builder-forms.tsx";
import {
  addBreak,
  addItemToAgenda,
  carryToNextMeeting,
  loadAgendaBuilder,
  moveEntry,
  recordPaperArrival,
  removeBreak,
  removeFromAgenda,
  setEntryTiming,
  type BuilderRefusal,
} from "~/modules/agendas/agenda-builder.server.ts";
import { BUILDER_INTENTS, builderSchema, paperArrival, type BuilderIntent } from "~/modules/agendas/agenda-builder-schema.ts";
import { describeAgenda, formatDuration, type AgendaDocument, type AgendaDocumentLine } from "~/modules/agendas/agenda-format.ts";
import { proposedAsLabels } from "~/modules/agendas/schema.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";

export const meta: MetaFunction = () => [{ title: "Build the agenda – Panel" }];


function refused(form: string, result: SubmissionResult<string[]>) {
  return Response.json({ form, result } satisfies BuilderReply, { status: 400 });
}

/** The success banner and the polite status message after a change, from the address redirected to. */
function afterChange(search: URLSearchParams, document: AgendaDocument, candidates: { id: string; title: string }[], nextMeeting: string | null) {
  const line = (param: string) => document.lines.find((l) => l.entryId === search.get(param));
  const item = (param: string) => candidates.find((c) => c.id === search.get(param));
  const name = (l: AgendaDocumentLine) => `'${l.title}'`;
  const direction = search.get("to") === "down" ? "down" : "up";
  const moved = line("moved");
  if (moved) {
    const index = document.lines.indexOf(moved);
    const after = document.lines[index - 1];
    const where = moved.kind === "ITEM" ? `to number ${moved.number}` : after ? `to after ${name(after)}` : "to the start";
    return { status: `Moved ${name(moved)} ${direction} ${where}`, focus: `move-${direction}-${moved.entryId}`, banner: null };
  }
  const unmoved = line("unmoved");
  if (unmoved) {
    return {
      status: `${name(unmoved)} is already ${direction === "up" ? "first" : "last"} on the agenda, so it was not moved`,
      focus: `move-${direction}-${unmoved.entryId}`,
      banner: null,
    };
  }
  const added = line("added");
  if (added) {
    const where = added.kind === "ITEM" ? `as number ${added.number}` : "at the end";
    return { banner: `${name(added)} is on the agenda ${where}. Use Move up to put it in place.`, focus: `entry-${added.entryId}`, status: null };
  }
  const timed = line("timing");
  if (timed) return { banner: `The time for ${name(timed)} is saved.`, focus: `entry-${timed.entryId}`, status: null };
  const paper = line("paper");
  if (paper && paper.kind === "ITEM") {
    const late = paper.latePaper ? ` It is a late paper: ${paper.latePaper.replace(/^Late paper: /, "")}.` : "";
    return { banner: `The paper for ${name(paper)} is recorded.${late}`, focus: `entry-${paper.entryId}`, status: null };
  }
  const removed = item("removed");
  if (removed) return { banner: `'${removed.title}' is off the agenda and back with the proposed items.`, focus: "agenda-so-far", status: null };
  const carried = item("carried");
  if (carried) {
    const next = nextMeeting ? ` It is among the items for ${nextMeeting}.` : " No next meeting is scheduled yet.";
    return { banner: `'${carried.title}' is carried to the next meeting.${next}`, focus: "agenda-so-far", status: null };
  }
  if (search.get("breakRemoved") === "1") return { banner: "The break is removed.", focus: "agenda-so-far", status: null };
  return { banner: null, focus: null, status: null };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  const zone = panel.timeZone;
  const builder = await loadAgendaBuilder(panel.id, meeting, zone);
  if (!builder) throw notFound();
  const document = describeAgenda({ agenda: builder.agenda, meeting, panelName: panel.name, timeZone: zone, carriedFrom: builder.carriedFrom, version: null });
  const candidates = builder.candidates.map((c) => ({
    id: c.id,
    title: c.title,
    points: c.points,
    people: c.people,
    minutesNeeded: c.minutesNeeded,
    proposedAs: proposedAsLabels[c.proposedAs],
    carriedFrom: c.carriedFromMeetingId && builder.carriedFrom.has(c.carriedFromMeetingId) ? `Carried from ${formatDayInSentence(builder.carriedFrom.get(c.carriedFromMeetingId)!, zone)}` : null,
  }));
  const nextMeeting = builder.nextMeeting ? `${builder.nextMeeting.title} on ${formatDayInSentence(builder.nextMeeting.startsAt, zone)}` : null;
  const meetingMinutes = Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000);
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, zone), cancelled: Boolean(meeting.cancelledAt), length: formatDuration(meetingMinutes) },
    document,
    formValues: Object.fromEntries<LineFormValues>(
      builder.agenda.lines.map((line) => {
        const arrived = line.kind === "ITEM" && line.paperReceivedAt ? utcToZonedDateTime(line.paperReceivedAt, zone) : null;
        return [
          line.entryId,
          {
            minutes: String(line.minutes),
            presenter: line.kind === "ITEM" ? line.presenter : "",
            ...dateInputValue("paperDate", arrived?.date),
            paperTime: timeInputValue(arrived?.time),
            paperLink: line.kind === "ITEM" ? line.paperLink : "",
          },
        ];
      }),
    ),
    warnings: builder.warnings,
    candidates,
    voters: builder.voters,
    nextMeeting,
    ...afterChange(new URL(request.url).searchParams, document, candidates, nextMeeting),
  };
}

/** The form a posted intent belongs to, so a refusal is shown beside the right fields. */
function formFor(intent: BuilderIntent, formData: FormData): string {
  const entryId = String(formData.get("entryId") ?? "");
  if (intent === "timing" || intent === "paper") return `${intent}-${entryId}`;
  if (intent === "add-break") return "add-break";
  return "page";
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  const actor = { actorId: access.session.person.id, requestId: context.requestId };
  const formData = await request.formData();
  const intent = BUILDER_INTENTS.find((known) => known === formData.get("intent"));
  const submission = parseWithZod(formData, { schema: builderSchema });
  if (!intent) return refused("page", submission.reply({ formErrors: ["This form is not one we know about. Reload the page and try again."] }));
  const form = formFor(intent, formData);
  if (submission.status !== "success") {
    const hiddenField = submission.error?.entryId ?? submission.error?.itemId;
    return hiddenField ? refused("page", submission.reply({ formErrors: hiddenField })) : refused(form, submission.reply());
  }
  const scope = { panelId: panel.id, meetingId: meeting.id };
  const base = `/panels/${panel.id}/meetings/${meeting.id}/agenda/build`;
  const refusal = (outcome: BuilderRefusal) =>
    outcome.field
      ? refused(form, submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }))
      : refused("page", submission.reply({ formErrors: [outcome.message] }));
  const value = submission.value;
  switch (value.intent) {
    case "add-item": {
      const outcome = await addItemToAgenda(scope, value.itemId, actor);
      return outcome.ok ? redirect(`${base}?added=${outcome.entryId}#entry-${outcome.entryId}`) : refusal(outcome);
    }
    case "move-up":
    case "move-down": {
      const direction = value.intent === "move-up" ? "up" : "down";
      const outcome = await moveEntry(scope, value.entryId, direction, actor);
      if (!outcome.ok) return refusal(outcome);
      return redirect(`${base}?${outcome.moved ? "moved" : "unmoved"}=${value.entryId}&to=${direction}#move-${direction}-${value.entryId}`);
    }
    case "remove": {
      const entry = await removeFromAgenda(scope, value.entryId, actor);
      return entry.ok ? redirect(`${base}?removed=${entry.itemId}#agenda-so-far`) : refusal(entry);
    }
    case "carry": {
      const entry = await carryToNextMeeting(scope, value.entryId, actor);
      return entry.ok ? redirect(`${base}?carried=${entry.itemId}#agenda-so-far`) : refusal(entry);
    }
    case "remove-break": {
      const outcome = await removeBreak(scope, value.entryId, actor);
      return outcome.ok ? redirect(`${base}?breakRemoved=1#agenda-so-far`) : refusal(outcome);
    }
    case "timing": {
      const outcome = await setEntryTiming(scope, value.entryId, { minutes: value.minutes, presenter: value.presenter ?? "" }, actor);
      return outcome.ok ? redirect(`${base}?timing=${value.entryId}#entry-${value.entryId}`) : refusal(outcome);
    }
    case "paper": {
      const arrived = paperArrival(value);
      const receivedAt = arrived ? zonedDateTimeToUtc(arrived.date, arrived.time, panel.timeZone) : null;
      const outcome = await recordPaperArrival(scope, value.entryId, { receivedAt, link: value.paperLink ?? "" }, actor);
      return outcome.ok ? redirect(`${base}?paper=${value.entryId}#entry-${value.entryId}`) : refusal(outcome);
    }
    case "add-break": {
      const outcome = await addBreak(scope, { title: value.title ?? "", minutes: value.minutes }, actor);
      return outcome.ok ? redirect(`${base}?added=${outcome.entryId}#entry-${outcome.entryId}`) : refusal(outcome);
    }
  }
}

/** Every error in the last refusal, linked to its field (or to the agenda for the page's own). */
function summaryOf(reply: BuilderReply | undefined): SummaryError[] {
  if (!reply) return [];
  const errors = formErrors(reply.form, reply.result.error, "agenda-so-far");
  return reply.form === "page" ? errors.map((error) => ({ ...error, fieldId: "agenda-so-far" })) : errors;
}

export default function BuildAgenda() {
  const { panel, meeting, document, formValues, warnings, candidates, voters, nextMeeting, banner, status, focus } = useLoaderData<typeof loader>();
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
