// The publish page (issue 4): the agenda that will go out, what has changed since the last
// version, who will be told and how, the form (with the reason for changes), and the versions
// published so far.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import type { SerializeFrom } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Textarea } from "~/components/fields.tsx";
import { Breadcrumbs, NotificationBanner, Tag } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { Table } from "~/components/table.tsx";
import { WhoIsTold } from "../notifications/who-is-told.tsx";
import { publishAgendaSchema } from "./publish-schema.ts";
import type { agendaLinesInWords, PublishingBlock } from "./publish.server.ts";

export type PublishAgendaPageProps = {
  panel: { id: string; name: string };
  meeting: { id: string; title: string; when: string };
  lines: SerializeFrom<typeof agendaLinesInWords>;
  published: { version: number; on: string } | null;
  changes: string[];
  toldCount: number;
  howTold: string[];
  blocked: PublishingBlock | null;
  history: { version: number; on: string; by: string; reason: string }[];
  banner: string | null;
};

export function PublishAgendaPage({ panel, meeting, lines, published, changes, toldCount, howTold, blocked, history, banner }: PublishAgendaPageProps) {
  const lastResult = useActionData<SubmissionResult<string[]>>();
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

      <WhoIsTold count={toldCount} howTold={howTold} />

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
