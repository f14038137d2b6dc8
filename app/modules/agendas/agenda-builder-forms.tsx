// The forms on the agenda builder, one set per line of the agenda: move, remove or carry (buttons
// naming the line for screen readers), the time and presenter, and when the paper arrived; and
// the form to add a break. Each posts on its own and works without JavaScript; with JavaScript it
// checks itself first and reports its errors to the page's one error summary (issue 4, "Chair and
// lead officer build the agenda").
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { FormReply } from "~/forms.server.ts";
import { DateInput } from "~/components/date-input.tsx";
import { useReportErrors, type ReportErrors } from "~/components/error-summary.tsx";
import { TextInput } from "~/components/fields.tsx";
import { Tag } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { SummaryCard } from "~/components/summary-list.tsx";
import { TIME_HINT, type DatePart } from "~/dates.ts";
import { breakSchema, DEFAULT_BREAK_MINUTES, paperSchema, timingSchema } from "./agenda-builder-schema.ts";
import { formatDuration, type AgendaDocumentLine } from "./agenda-format.ts";

/** Which of the page's forms a refusal is for ("timing-<entry id>", "add-break", or the page itself), and Conform's reply. */
export type BuilderReply = FormReply;

/** What a line's forms start with: the timing as planned, the paper as recorded. */
export type LineFormValues = { minutes: string; presenter: string; paperTime: string; paperLink: string } & Record<`paperDate-${DatePart}`, string>;

export function Hidden({ title }: { title: string }) {
  return <span className="govuk-visually-hidden"> {title}</span>;
}

type FormProps = { reply: BuilderReply | undefined; report: ReportErrors };

export function AgendaLine({ line, values, reply, report, cancelled }: FormProps & { line: AgendaDocumentLine; values: LineFormValues | undefined; cancelled: boolean }) {
  const title = line.kind === "ITEM" ? `${line.number}. ${line.title}` : line.title;
  return (
    <SummaryCard title={title}>
      <p className="govuk-body">
        {line.kind === "ITEM" ? (
          <>
            <Tag colour="blue">{line.type}</Tag> {line.latePaper ? <Tag colour="red">Late paper</Tag> : null}{" "}
            {line.carriedFrom ? <Tag colour="grey">{line.carriedFrom}</Tag> : null}
          </>
        ) : (
          <Tag colour="grey">Break</Tag>
        )}
      </p>
      <p className="govuk-body">
        Starts at {line.time}, {formatDuration(line.minutes)}.
        {line.kind === "ITEM" ? ` Presenter: ${line.presenter || "not given"}.` : ""}
        {line.kind === "ITEM" && (line.latePaper ?? line.paperNote) ? ` ${line.latePaper ?? line.paperNote}.` : ""}
      </p>
      {cancelled ? null : (
        <>
          <Form method="post" className="govuk-button-group">
            <input type="hidden" name="entryId" value={line.entryId} />
            <button type="submit" name="intent" value="move-up" id={`move-up-${line.entryId}`} className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Move up<Hidden title={line.title} />
            </button>
            <button type="submit" name="intent" value="move-down" id={`move-down-${line.entryId}`} className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Move down<Hidden title={line.title} />
            </button>
            {line.kind === "ITEM" ? (
              <>
                <button type="submit" name="intent" value="remove" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                  Remove<Hidden title={line.title} />
                </button>
                <button type="submit" name="intent" value="carry" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                  Carry to next meeting<Hidden title={line.title} />
                </button>
              </>
            ) : (
              <button type="submit" name="intent" value="remove-break" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                Remove<Hidden title={line.title} />
              </button>
            )}
          </Form>
          <TimingForm line={line} values={values} reply={reply} report={report} />
          {line.kind === "ITEM" ? <PaperForm line={line} values={values} reply={reply} report={report} /> : null}
        </>
      )}
    </SummaryCard>
  );
}

/** The reply for this form only: the page has many forms, and each shows only its own errors. */
function replyFor(reply: BuilderReply | undefined, id: string) {
  return reply?.form === id ? reply.result : undefined;
}

function hasErrors(reply: BuilderReply | undefined, id: string) {
  return reply?.form === id && Object.values(reply.result.error ?? {}).some((messages) => messages?.length);
}

function TimingForm({ line, values, reply, report }: FormProps & { line: AgendaDocumentLine; values: LineFormValues | undefined }) {
  const id = `timing-${line.entryId}`;
  const [form, fields] = useZodForm({
    id,
    schema: timingSchema,
    lastResult: replyFor(reply, id),
    defaultValue: values,
  });
  useReportErrors(id, form.allErrors, report);
  return (
    <details className="govuk-details" open={hasErrors(reply, id) || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {line.kind === "ITEM" ? "Change the time or presenter" : "Change the time"}
          <Hidden title={`for ${line.title}`} />
        </span>
      </summary>
      <div className="govuk-details__text">
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="timing" />
          <input type="hidden" name="entryId" value={line.entryId} />
          <TextInput field={fields.minutes} label={<>Minutes<Hidden title={`for ${line.title}`} /></>} inputMode="numeric" width="3" />
          {line.kind === "ITEM" ? <TextInput field={fields.presenter} label={<>Presenter<Hidden title={`for ${line.title}`} /></>} /> : null}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save the time<Hidden title={`for ${line.title}`} />
          </button>
        </Form>
      </div>
    </details>
  );
}

function PaperForm({ line, values, reply, report }: FormProps & { line: Extract<AgendaDocumentLine, { kind: "ITEM" }>; values: LineFormValues | undefined }) {
  const id = `paper-${line.entryId}`;
  const [form, fields] = useZodForm({
    id,
    schema: paperSchema,
    lastResult: replyFor(reply, id),
    defaultValue: values,
  });
  useReportErrors(id, form.allErrors, report);
  return (
    <details className="govuk-details" open={hasErrors(reply, id) || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Record the paper
          <Hidden title={`for ${line.title}`} />
        </span>
      </summary>
      <div className="govuk-details__text">
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="paper" />
          <input type="hidden" name="entryId" value={line.entryId} />
          <p className="govuk-body">Leave the date and time empty if the paper has just arrived. Papers that arrive after the deadline are marked as late.</p>
          <DateInput fields={fields} name="paperDate" legend={<>Date it arrived<Hidden title={`(paper for ${line.title})`} /></>} />
          <TextInput field={fields.paperTime} label={<>Time it arrived<Hidden title={`(paper for ${line.title})`} /></>} hint={TIME_HINT} width="5" />
          <TextInput field={fields.paperLink} label={<>Link to the paper (optional)<Hidden title={`for ${line.title}`} /></>} type="url" spellCheck={false} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Record the paper<Hidden title={`for ${line.title}`} />
          </button>
        </Form>
      </div>
    </details>
  );
}

export function AddBreak({ reply, report }: FormProps) {
  const [form, fields] = useZodForm({
    id: "add-break",
    schema: breakSchema,
    lastResult: replyFor(reply, "add-break"),
    defaultValue: { title: "Break", minutes: String(DEFAULT_BREAK_MINUTES) },
  });
  useReportErrors("add-break", form.allErrors, report);
  return (
    <>
      <h2 className="govuk-heading-m">Add a break</h2>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="add-break" />
        <TextInput field={fields.title} label="Name of the break" hint="For example, Break or Lunch" width="20" />
        <TextInput field={fields.minutes} label="Minutes" hint="Between 5 and 60" inputMode="numeric" width="3" />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Add a break
        </button>
      </Form>
      <p className="govuk-body">The break goes at the end of the agenda. Use Move up to put it in place.</p>
    </>
  );
}

