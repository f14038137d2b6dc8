// The minutes page (issue 5, "After the meeting"): the minutes and their status, and the forms
// for each stage — build, change, share, comment, approve, publish — each posting to the route's
// action and working without JavaScript. Every form's errors go into the one summary at the top.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary, formErrors, useErrorSummary, useReportErrors, type ReportErrors } from "~/components/error-summary.tsx";
import { Checkbox, Select, Textarea } from "~/components/fields.tsx";
import { Breadcrumbs, Tag } from "~/components/page.tsx";
import { SummaryList } from "~/components/summary-list.tsx";
import { Table } from "~/components/table.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import type { FormReply } from "~/forms.server.ts";
import { MinutesText } from "./minutes-view.tsx";
import { approveSchema, commentSchema, editMinutesSchema, minutesPageSchema, minutesStatusLabels, publishSchema, type MinutesStatus } from "./schema.ts";

/** The saved version a stale save ran into, as shown next to the person's own text. */
export type TheirVersion = { version: number; text: string; editedBy: string; editedAt: string };
export type MinutesReply = FormReply<string, TheirVersion>;

export type MinutesPageProps = {
  panel: { id: string; name: string };
  meeting: { id: string; title: string; when: string; cancelled: boolean; started: boolean };
  rights: { canWrite: boolean; canOrganise: boolean; canComment: boolean };
  minutes: {
    status: MinutesStatus;
    text: string;
    version: number;
    builtBy: string;
    builtAt: string;
    sharedAt: string | null;
    approvedAt: string | null;
    approvedBy: string | null;
    approvedAtMeeting: string | null;
    publishedAt: string | null;
    public: boolean;
    publicPath: string | null;
    versions: { version: number; editedBy: string; editedAt: string }[];
    comments: { id: string; by: string; text: string; at: string }[];
  } | null;
  approveAt: { id: string; label: string }[];
  shownVersion: TheirVersion | null;
  banner: string | null;
  /** The action's answer to the last post, if it refused. */
  lastReply: MinutesReply | undefined;
};

/** A form's own errors (not a field's) link to its heading. */
const headingOf = (formId: string) => `${formId}-heading`;

const statusColours = { DRAFT: "grey", SHARED: "blue", APPROVED: "green" } as const;

export function MinutesPage({ panel, meeting, rights, minutes, approveAt, shownVersion, banner, lastReply }: MinutesPageProps) {
  // The server's answer is listed as rendered (so it shows without JavaScript too), then what the
  // forms report. Refusals of the buttons without fields link to the status.
  const replied = lastReply
    ? formErrors(lastReply.form, lastReply.result.error, headingOf(lastReply.form)).map((e) => (lastReply.form === "page" ? { ...e, fieldId: "minutes-status" } : e))
    : [];
  const { errors, report } = useErrorSummary(replied);
  const meetingUrl = `/panels/${panel.id}/meetings/${meeting.id}`;
  const resultFor = (form: string) => (lastReply?.form === form ? lastReply.result : undefined);
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
          { href: meetingUrl, text: meeting.title },
        ]}
      />
      <ErrorSummary errors={errors} />
      <SuccessBanner text={errors.length ? null : banner} />
      <span className="govuk-caption-l">
        {meeting.title}, {meeting.when}
      </span>
      <h1 className="govuk-heading-l">Minutes</h1>

      {!minutes ? (
        <NoMinutesYet canWrite={rights.canWrite} started={meeting.started} cancelled={meeting.cancelled} />
      ) : (
        <>
          <p className="govuk-body" id="minutes-status" tabIndex={-1}>
            <Tag colour={statusColours[minutes.status]}>{minutesStatusLabels[minutes.status]}</Tag> Version {minutes.version}
          </p>
          <SummaryList
            rows={[
              { key: "Built from the notes", value: `${minutes.builtAt} by ${minutes.builtBy}` },
              minutes.sharedAt ? { key: "Shared for comments", value: minutes.sharedAt } : null,
              minutes.approvedAtMeeting
                ? { key: "Approved", value: `At ${minutes.approvedAtMeeting}. Recorded by ${minutes.approvedBy} on ${minutes.approvedAt}.` }
                : null,
              {
                key: "Published",
                value: <>
                  {minutes.publishedAt ? (
                    <>
                      {minutes.publishedAt}
                      {minutes.publicPath ? (
                        <>
                          {", and publicly at "}
                          <Link className="govuk-link" to={minutes.publicPath}>
                            the public page
                          </Link>
                        </>
                      ) : (
                        " to the panel (not publicly)"
                      )}
                    </>
                  ) : (
                    "Not yet"
                  )}
                </>,
              },
            ]}
          />

          <h2 className="govuk-heading-m">The minutes</h2>
          <MinutesText text={minutes.text} headingOffset={1} />

          {rights.canWrite && minutes.status !== "APPROVED" ? (
            <EditMinutes
              key={minutes.version}
              text={minutes.text}
              version={minutes.version}
              lastResult={resultFor("edit-minutes")}
              conflict={lastReply?.current}
              pageUrl={`${meetingUrl}/minutes`}
              report={report}
            />
          ) : null}

          {rights.canOrganise && minutes.status === "DRAFT" ? (
            <section aria-labelledby="share-heading">
              <h2 className="govuk-heading-m" id="share-heading">
                Share for comments
              </h2>
              <p className="govuk-body">
                Everyone in the panel is told, the way they asked to be contacted, and can comment here until the panel approves the
                minutes at a later meeting.
              </p>
              <Form method="post">
                <input type="hidden" name="intent" value="share" />
                <button type="submit" className="govuk-button" data-module="govuk-button">
                  Share for comments
                </button>
              </Form>
            </section>
          ) : null}

          {minutes.status !== "DRAFT" || minutes.comments.length ? (
            <Comments comments={minutes.comments} open={minutes.status === "SHARED" && rights.canComment} lastResult={resultFor("comment")} report={report} />
          ) : null}

          {rights.canOrganise && minutes.status === "SHARED" ? <Approve meetings={approveAt} lastResult={resultFor("approve")} report={report} /> : null}

          {rights.canOrganise && minutes.status === "APPROVED" && !(minutes.publishedAt && minutes.public) ? (
            <Publish published={Boolean(minutes.publishedAt)} lastResult={resultFor("publish")} report={report} />
          ) : null}

          <Versions versions={minutes.versions} current={minutes.version} canWrite={rights.canWrite} />
          {shownVersion ? (
            <section aria-labelledby="version-text-heading" id="version-text">
              <h2 className="govuk-heading-m" id="version-text-heading">
                Version {shownVersion.version}, saved by {shownVersion.editedBy} on {shownVersion.editedAt}
              </h2>
              <div className="govuk-inset-text">
                <MinutesText text={shownVersion.text} headingOffset={1} />
              </div>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

function NoMinutesYet({ canWrite, started, cancelled }: { canWrite: boolean; started: boolean; cancelled: boolean }) {
  if (cancelled) return <p className="govuk-body">This meeting was cancelled, so it has no minutes.</p>;
  if (!canWrite) {
    return (
      <p className="govuk-body" id="minutes-status" tabIndex={-1}>
        The minutes are not ready yet. Everyone in the panel is told when the draft is shared for comments.
      </p>
    );
  }
  return (
    <>
      <p className="govuk-body" id="minutes-status" tabIndex={-1}>
        The minutes have not been written yet.
      </p>
      {started ? (
        <>
          <p className="govuk-body">
            Build a draft from the notes taken in the meeting: who came, and for each item the time it took, the points made,
            decisions, actions and questions to come back to. You can change the draft before you share it.
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="build" />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Build the draft from the notes
            </button>
          </Form>
        </>
      ) : (
        <p className="govuk-body">You can build the minutes once the meeting has started.</p>
      )}
    </>
  );
}

function EditMinutes({
  text,
  version,
  lastResult,
  conflict,
  pageUrl,
  report,
}: {
  text: string;
  version: number;
  lastResult: SubmissionResult<string[]> | undefined;
  conflict: TheirVersion | undefined;
  pageUrl: string;
  report: ReportErrors;
}) {
  const [form, fields] = useZodForm({
    id: "edit-minutes",
    schema: minutesPageSchema,
    constraint: editMinutesSchema,
    lastResult,
    defaultValue: { text },
  });
  useReportErrors(form.id, form.allErrors, report, headingOf(form.id));
  return (
    <section aria-labelledby="edit-minutes-heading">
      <h2 className="govuk-heading-m" id="edit-minutes-heading" tabIndex={-1}>
        Change the minutes
      </h2>
      {conflict && lastResult ? (
        <div className="govuk-inset-text">
          <h3 className="govuk-heading-s">
            Their version: version {conflict.version}, saved by {conflict.editedBy} on {conflict.editedAt}
          </h3>
          <MinutesText text={conflict.text} headingOffset={1} />
          <p className="govuk-body">
            Your version is in the box below. Save it to replace theirs, or{" "}
            <Link className="govuk-link" to={pageUrl} reloadDocument>
              keep theirs and start again
            </Link>
            .
          </p>
        </div>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="edit" />
        <input type="hidden" name="baseVersion" value={String(version)} />
        <Textarea
          field={fields.text}
          label={conflict && lastResult ? "Your version of the minutes" : "The minutes"}
          hint="Keep a blank line between sections. Start a line with a dash and a space (- ) to make a list."
          rows={24}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save changes
        </button>
      </Form>
      <h3 className="govuk-heading-s">Start again from the notes</h3>
      <p className="govuk-body">This replaces the text above with a fresh draft from the notes. The text as it is now is kept in the versions below.</p>
      <Form method="post">
        <input type="hidden" name="intent" value="rebuild" />
        <input type="hidden" name="baseVersion" value={String(version)} />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Rebuild from the notes
        </button>
      </Form>
    </section>
  );
}

function Comments({
  comments,
  open,
  lastResult,
  report,
}: {
  comments: { id: string; by: string; text: string; at: string }[];
  open: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
  report: ReportErrors;
}) {
  const [form, fields] = useZodForm({
    id: "comment",
    schema: minutesPageSchema,
    constraint: commentSchema,
    lastResult,
  });
  useReportErrors(form.id, form.allErrors, report, headingOf(form.id));
  return (
    <section aria-labelledby="comment-heading" id="comments">
      <h2 className="govuk-heading-m" id="comment-heading" tabIndex={-1}>
        Comments
      </h2>
      {comments.length ? (
        <ul className="govuk-list">
          {comments.map((comment) => (
            <li key={comment.id} className="govuk-inset-text govuk-!-margin-top-2">
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                {comment.by}, {comment.at}
              </p>
              <p className="govuk-body govuk-!-margin-bottom-0">{comment.text}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No comments yet.</p>
      )}
      {open ? (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="comment" />
          <Textarea field={fields.comment} label="Your comment" hint="Say what is wrong or missing, and what it should say." rows={4} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Add comment
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function Approve({ meetings, lastResult, report }: { meetings: { id: string; label: string }[]; lastResult: SubmissionResult<string[]> | undefined; report: ReportErrors }) {
  const [form, fields] = useZodForm({
    id: "approve",
    schema: minutesPageSchema,
    constraint: approveSchema,
    lastResult,
  });
  useReportErrors(form.id, form.allErrors, report, headingOf(form.id));
  return (
    <section aria-labelledby="approve-heading">
      <h2 className="govuk-heading-m" id="approve-heading" tabIndex={-1}>
        Record that the panel approved the minutes
      </h2>
      {meetings.length ? (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="approve" />
          <Select
            field={fields.atMeetingId}
            label="The meeting at which the panel approved them"
            hint="Normally the next meeting. Once approved, the minutes cannot be changed."
            options={[{ value: "", label: "Choose a meeting" }, ...meetings.map((m) => ({ value: m.id, label: m.label }))]}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Record approval
          </button>
        </Form>
      ) : (
        <p className="govuk-body">The panel approves the minutes at a later meeting. Once that meeting has started, you can record it here.</p>
      )}
    </section>
  );
}

function Publish({ published, lastResult, report }: { published: boolean; lastResult: SubmissionResult<string[]> | undefined; report: ReportErrors }) {
  const [form, fields] = useZodForm({
    id: "publish",
    schema: minutesPageSchema,
    constraint: publishSchema,
    lastResult,
  });
  useReportErrors(form.id, form.allErrors, report, headingOf(form.id));
  return (
    <section aria-labelledby="publish-heading">
      <h2 className="govuk-heading-m" id="publish-heading" tabIndex={-1}>
        {published ? "Publish publicly too" : "Publish the minutes"}
      </h2>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="publish" />
        {published ? (
          <>
            <p className="govuk-body">The minutes went to the panel. You can also put them on a public page anyone can read without signing in.</p>
            <input type="hidden" name="public" value="on" />
          </>
        ) : (
          <>
            <p className="govuk-body">Everyone in the panel is sent the approved minutes, the way they asked to be contacted and in their format.</p>
            <div className="govuk-form-group">
              <div className="govuk-checkboxes" data-module="govuk-checkboxes">
                <Checkbox field={fields.public} label="Also publish publicly" hint="Anyone can read them at a public web address, without signing in." />
              </div>
            </div>
          </>
        )}
        <button type="submit" className="govuk-button" data-module="govuk-button">
          {published ? "Publish publicly" : "Publish the minutes"}
        </button>
      </Form>
    </section>
  );
}

function Versions({ versions, current, canWrite }: { versions: { version: number; editedBy: string; editedAt: string }[]; current: number; canWrite: boolean }) {
  return (
    <section aria-labelledby="versions-heading">
      <h2 className="govuk-heading-m" id="versions-heading">
        Versions
      </h2>
      <Table
        caption="Every saved version of the minutes, newest first"
        captionHidden
        head={[{ label: "Version" }, { label: "Saved by" }, { label: "Saved on" }]}
        rows={versions.map((v) => ({
          key: v.version,
          cells: [
            <>
              {canWrite && v.version !== current ? (
                <Link className="govuk-link" to={`?version=${v.version}#version-text`}>
                  Version {v.version}
                </Link>
              ) : (
                `Version ${v.version}`
              )}
              {v.version === current ? (
                <>
                  {" "}
                  <Tag colour="green">Current</Tag>
                </>
              ) : null}
            </>,
            v.editedBy,
            v.editedAt,
          ],
        }))}
      />
    </section>
  );
}
