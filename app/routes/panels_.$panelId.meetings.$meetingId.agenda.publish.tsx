// Publishing a meeting's agenda (issue 4): organisers see the agenda that will go out, who will
// be told and how, and, once it has gone out, what has changed since, with the reason required.
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Textarea } from "~/components/fields.tsx";
import { Breadcrumbs, NotificationBanner, Tag } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { Table } from "~/components/table.tsx";
import { formatDateTime } from "~/dates.ts";
import { publishAgendaSchema } from "~/modules/agendas/publish-schema.ts";
import { agendaLinesInWords, listPublications, planPublication, publishAgenda, publishingBlocked } from "~/modules/agendas/publish.server.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.published ? "Publish changes to the agenda" : "Publish the agenda"}: ${data?.meeting.title ?? "meeting"} – Panel` },
];

function peopleCount(count: number): string {
  return `${count} ${count === 1 ? "person" : "people"}`;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  const [plan, history] = await Promise.all([planPublication(panel, meeting), listPublications(meeting.id)]);
  if (!plan) throw notFound();
  const told = new URL(request.url).searchParams.get("told");
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, panel.timeZone) },
    lines: agendaLinesInWords(plan.agenda, panel.timeZone),
    published: plan.published && { version: plan.published.version, on: formatDateTime(plan.published.publishedAt, panel.timeZone) },
    changes: plan.changes,
    toldCount: plan.recipients.length,
    howTold: plan.howTold,
    blocked: publishingBlocked(meeting, plan),
    history: history.map((p) => ({ version: p.version, on: formatDateTime(p.publishedAt, panel.timeZone), by: p.publishedBy, reason: p.reason })),
    banner: told && /^\d{1,6}$/.test(told) ? `Agenda published: ${peopleCount(Number(told))} will be told` : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  const submission = parseWithZod(await request.formData(), { schema: publishAgendaSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await publishAgenda(
    panel,
    meeting,
    { reason: submission.value.reason ?? "", seenVersion: submission.value.seenVersion },
    { actorId: access.session.person.id, requestId: context.requestId },
    { baseUrl: baseUrlFor(request) },
  );
  if (!outcome) throw notFound();
  if (!outcome.ok) return Response.json(submission.reply({ formErrors: outcome.formErrors, fieldErrors: outcome.fieldErrors }), { status: 400 });
  return redirect(`/panels/${panel.id}/meetings/${meeting.id}/agenda/publish?told=${outcome.told}`);
}

export default function PublishAgenda() {
  const { panel, meeting, lines, published, changes, toldCount, howTold, blocked, history, banner } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "publish",
    schema: publishAgendaSchema,
    lastResult,
  });
  const base = `/panels/${panel.id}/meetings/${meeting.id}`;
  const refusals = (form.errors ?? []).map((message) => ({ fieldId: "agenda-status", message }));
  const title = published ? "Publish changes to the agenda" : "Publish the agenda";
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
          { href: base, text: meeting.title },
        ]}
      />
      <ErrorSummary errors={[...refusals, ...formErrors(form.id, form.allErrors)]} />
      {banner ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{banner}</p>
          <p className="govuk-body">Emails go out now. Letters, calls and text messages are on the contact tasks list.</p>
        </NotificationBanner>
      ) : null}
      <span className="govuk-caption-l">
        {meeting.title}, {meeting.when}
      </span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body" id="agenda-status" tabIndex={-1}>
        {published ? `Version ${published.version} was published on ${published.on}.` : "The agenda has not been published yet."}
      </p>

      <h2 className="govuk-heading-m">{published ? "The agenda as it is now" : "The agenda that will go out"}</h2>
      {lines.length ? (
        <Table
          caption="The agenda, in order"
          captionHidden
          head={[{ label: "Time" }, { label: "Item" }, { label: "Minutes" }, { label: "Presenter" }]}
          rows={lines.map((line, index) => ({
            key: index,
            cells: [
              line.time,
              <>
                {line.number === null ? line.title : `${line.number}. ${line.title}`}
                {line.latePaper ? (
                  <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                    <Tag colour="red">Late paper</Tag> {line.latePaper}
                  </p>
                ) : null}
              </>,
              line.minutes,
              line.presenter || (line.number === null ? "" : "Not named"),
            ],
          }))}
        />
      ) : (
        <p className="govuk-body">There is nothing on the agenda yet.</p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`${base}/agenda/build`}>
          Change the agenda
        </Link>
      </p>

      {published ? (
        <>
          <h2 className="govuk-heading-m">{`Changes since version ${published.version}`}</h2>
          {changes.length ? (
            <ul className="govuk-list govuk-list--bullet">
              {changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body">{`Nothing has changed since version ${published.version}.`}</p>
          )}
        </>
      ) : null}

      <h2 className="govuk-heading-m">Who will be told</h2>
      <p className="govuk-body">
        {toldCount
          ? `${peopleCount(toldCount)}: the panel's members, its chair and its council officers, each the way they asked to be contacted.`
          : "Nobody: the panel has no members, chair or council officers yet."}
      </p>
      {howTold.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {howTold.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}

      {blocked ? (
        // "Nothing has changed" is said under the changes already.
        blocked.reason === "unchanged" ? null : <div className="govuk-inset-text">{blocked.message}.</div>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="seenVersion" value={String(published?.version ?? 0)} />
          {published ? (
            <Textarea
              field={fields.reason}
              label="Reason for the changes"
              hint="Everyone is sent this with the list of changes, so they know why the agenda changed."
            />
          ) : null}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {published ? "Publish changes" : "Publish the agenda"}
          </button>
        </Form>
      )}

      {history.length ? (
        <>
          <h2 className="govuk-heading-m">Versions published</h2>
          <Table
            caption="Versions of the agenda published, newest first"
            captionHidden
            head={[{ label: "Version" }, { label: "Published" }, { label: "By" }, { label: "Reason for the changes" }]}
            rows={history.map((p) => ({
              key: p.version,
              cells: [
                p.version,
                p.on,
                p.by,
                p.reason || "First version",
              ],
            }))}
          />
        </>
      ) : null}
    </>
  );
}
