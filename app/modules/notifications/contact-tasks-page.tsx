// The contact tasks page (issue 4): the messages to send by hand to people who asked for post, a
// phone call, a text message or their supporter, emails that could not be sent, those waiting to
// be tried again, and what was done lately. Each task is one card with its details, the message
// where there is one, and one button.
import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary } from "~/components/error-summary.tsx";
import { Breadcrumbs, Lines } from "~/components/page.tsx";
import { SummaryCard, SummaryList } from "~/components/summary-list.tsx";
import { Table } from "~/components/table.tsx";
import type { ContactTask, listContactTasks } from "./notifications.server.ts";

type Task = SerializeFrom<ContactTask>;

export type ContactTasksPageProps = {
  panel: { id: string; name: string };
  tasks: SerializeFrom<typeof listContactTasks>;
  maxAttempts: number;
  banner: string | null;
  /** The task posted is not one of the panel's (a 400 from the form's own check). */
  refused: boolean;
};

/** The message, paragraph by paragraph, as staff read it out or print it. */
function MessageText({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, i) => (
          <p className="govuk-body" key={i}>
            <Lines text={paragraph} />
          </p>
        ))}
    </>
  );
}

/** One task: what it is and for whom, its details, anything more to read, and its one button. */
function TaskCard({
  task,
  rows,
  intent,
  label,
  children,
}: {
  task: Task;
  rows: { key: string; value: ReactNode }[];
  intent: "done" | "retry";
  label: string;
  children?: ReactNode;
}) {
  return (
    <SummaryCard title={`${task.what} for ${task.name}`}>
      <SummaryList rows={rows} />
      {children}
      <Form method="post">
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="notificationId" value={task.id} />
        <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
          {label}
          <span className="govuk-visually-hidden">{`(${task.what} for ${task.name})`}</span>
        </button>
      </Form>
    </SummaryCard>
  );
}

function ToDoCard({ task }: { task: Task }) {
  const where = (
    <>
      {task.how}
      {task.address ? (
        <>
          <br />
          <strong>
            <Lines text={task.address} />
          </strong>
        </>
      ) : null}
    </>
  );
  return (
    <TaskCard
      task={task}
      intent="done"
      label="Mark as done"
      rows={[
        { key: "How", value: task.channel },
        { key: "Where", value: where },
        { key: "Format", value: task.format },
        { key: "Subject", value: task.subject },
        { key: "Added", value: task.madeAt },
      ]}
    >
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">The message to send</span>
        </summary>
        <div className="govuk-details__text">
          <MessageText text={task.text} />
        </div>
      </details>
    </TaskCard>
  );
}

function FailedCard({ task }: { task: Task }) {
  return (
    <TaskCard
      task={task}
      intent="retry"
      label="Try again"
      rows={[
        { key: "Email address", value: task.address },
        { key: "Subject", value: task.subject },
        { key: "What went wrong", value: `Tried ${task.attempts} ${task.attempts === 1 ? "time" : "times"}. The last error was: ${task.lastError || "not recorded"}` },
        { key: "Added", value: task.madeAt },
      ]}
    >
      <p className="govuk-body">Check the email address is right, or contact them another way, then try again.</p>
    </TaskCard>
  );
}

export function ContactTasksPage({ panel, tasks, maxAttempts, banner, refused }: ContactTasksPageProps) {
  return (
    <>
      <Breadcrumbs items={[{ href: `/panels/${panel.id}`, text: panel.name }]} />
      <ErrorSummary errors={refused ? [{ fieldId: "to-do", message: "That task could not be found. Choose one from the list" }] : []} />
      <SuccessBanner text={banner} />
      <span className="govuk-caption-l">{panel.name}</span>
      <h1 className="govuk-heading-l">Contact tasks</h1>
      <p className="govuk-body">
        Some people asked to hear from us by post, by phone, by text message or through someone who supports them. Send
        them each message yourself, in the format they asked for, then mark it as done.
      </p>
      <p className="govuk-body">These are people&apos;s personal details: use them only for these tasks. We record each time you look at this page.</p>

      <h2 className="govuk-heading-m" id="to-do" tabIndex={-1}>
        {`To do (${tasks.toDo.length})`}
      </h2>
      {tasks.toDo.length ? tasks.toDo.map((task) => <ToDoCard task={task} key={task.id} />) : <p className="govuk-body">Nothing to do.</p>}

      <h2 className="govuk-heading-m">{`Emails that could not be sent (${tasks.failed.length})`}</h2>
      {tasks.failed.length ? (
        tasks.failed.map((task) => <FailedCard task={task} key={task.id} />)
      ) : (
        <p className="govuk-body">Every email has been sent.</p>
      )}

      {tasks.retrying.length ? (
        <>
          <h2 className="govuk-heading-m">{`Emails waiting to be tried again (${tasks.retrying.length})`}</h2>
          <p className="govuk-body">The mail server did not take these yet. Panel tries again by itself, waiting longer each time.</p>
          <Table
            caption="Emails waiting to be tried again"
            captionHidden
            head={[{ label: "For" }, { label: "Subject" }, { label: "Tries" }, { label: "Last error" }]}
            rows={tasks.retrying.map((task) => ({
              key: task.id,
              cells: [
                task.name,
                task.subject,
                <>{`${task.attempts} of ${maxAttempts}`}</>,
                task.lastError,
              ],
            }))}
          />
        </>
      ) : null}

      <h2 className="govuk-heading-m">Done lately</h2>
      {tasks.done.length ? (
        <Table
          caption="Tasks done lately, newest first"
          captionHidden
          head={[{ label: "For" }, { label: "What" }, { label: "How" }, { label: "Done" }]}
          rows={tasks.done.map((task) => ({
            key: task.id,
            cells: [
              task.name,
              task.what,
              task.channel,
              <>{`${task.doneAt} by ${task.doneBy}`}</>,
            ],
          }))}
        />
      ) : (
        <p className="govuk-body">Nothing yet.</p>
      )}
    </>
  );
}
