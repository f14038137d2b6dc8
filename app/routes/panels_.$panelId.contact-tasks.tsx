// Contact tasks (issue 4): the messages to send by hand to people who asked for post, a phone
// call, a text message or their supporter, and emails that could not be sent. Organisers of the
// panel only; each view of the addresses and numbers is audited.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { bannerFrom, SuccessBanner } from "~/components/banner.tsx";
import { ErrorSummary } from "~/components/error-summary.tsx";
import { Breadcrumbs, Lines } from "~/components/page.tsx";
import { notFound, requireCapability } from "~/modules/auth/permissions.server.ts";
import { SummaryCard, SummaryList } from "~/components/summary-list.tsx";
import { Table } from "~/components/table.tsx";
import { getMeetingPanel } from "~/modules/meetings/meetings.server.ts";
import { listContactTasks, markTaskDone, retryFailedEmail, type ContactTask } from "~/modules/notifications/notifications.server.ts";
import { MAX_ATTEMPTS } from "~/modules/notifications/queue.server.ts";
import { contactTaskSchema } from "~/modules/notifications/schema.ts";

export const meta: MetaFunction = () => [{ title: "Contact tasks – Panel" }];

const banners: Record<string, string> = {
  done: "The task is marked as done.",
  already: "Someone had already dealt with that task.",
  retried: "The email is being sent again now. If it fails again, it comes back to this list.",
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { panelId, session } = await requireCapability(request, "organisesMeetings", params.panelId);
  const panel = await getMeetingPanel(panelId);
  if (!panel) throw notFound();
  const tasks = await listContactTasks(panelId, { personId: session.person.id, requestId: context.requestId }, panel.timeZone);
  const search = new URL(request.url).searchParams;
  const banner = bannerFrom(search, banners);
  return { panel: { id: panel.id, name: panel.name }, tasks, maxAttempts: MAX_ATTEMPTS, banner };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { panelId, session } = await requireCapability(request, "organisesMeetings", params.panelId);
  const submission = parseWithZod(await request.formData(), { schema: contactTaskSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const actor = { personId: session.person.id, requestId: context.requestId };
  const { intent, notificationId } = submission.value;
  const outcome = intent === "done" ? await markTaskDone(panelId, notificationId, actor) : await retryFailedEmail(panelId, notificationId, actor);
  if (!outcome) throw notFound("That task could not be found");
  const banner = outcome === "already" ? "already" : intent === "done" ? "done" : "retried";
  return redirect(`/panels/${panelId}/contact-tasks?${banner}=1`);
}

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

function TaskButton({ task, intent, label }: { task: ContactTask; intent: "done" | "retry"; label: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="notificationId" value={task.id} />
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
        {label}
        <span className="govuk-visually-hidden">{`(${task.what} for ${task.name})`}</span>
      </button>
    </Form>
  );
}

function ToDoCard({ task }: { task: ContactTask }) {
  return (
    <SummaryCard title={`${task.what} for ${task.name}`}>
      <SummaryList
        rows={[
          { key: "How", value: task.channel },
          {
            key: "Where",
            value: <>
              {task.how}
              {task.address ? (
                <>
                  <br />
                  <strong>
                    <Lines text={task.address} />
                  </strong>
                </>
              ) : null}
            </>,
          },
          { key: "Format", value: task.format },
          { key: "Subject", value: task.subject },
          { key: "Added", value: task.madeAt },
        ]}
      />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">The message to send</span>
        </summary>
        <div className="govuk-details__text">
          <MessageText text={task.text} />
        </div>
      </details>
      <TaskButton task={task} intent="done" label="Mark as done" />
    </SummaryCard>
  );
}

function FailedCard({ task }: { task: ContactTask }) {
  return (
    <SummaryCard title={`${task.what} for ${task.name}`}>
      <SummaryList
        rows={[
          { key: "Email address", value: task.address },
          { key: "Subject", value: task.subject },
          { key: "What went wrong", value: `Tried ${task.attempts} ${task.attempts === 1 ? "time" : "times"}. The last error was: ${task.lastError || "not recorded"}` },
          { key: "Added", value: task.madeAt },
        ]}
      />
      <p className="govuk-body">Check the email address is right, or contact them another way, then try again.</p>
      <TaskButton task={task} intent="retry" label="Try again" />
    </SummaryCard>
  );
}

export default function ContactTasks() {
  const { panel, tasks, maxAttempts, banner } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const refused = lastResult && "status" in lastResult && lastResult.status === "error";
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
