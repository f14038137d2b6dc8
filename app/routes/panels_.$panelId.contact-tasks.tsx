// Contact tasks (issue 4): the messages to send by hand to people who asked for post, a phone
// call, a text message or their supporter, and emails that could not be sent. Organisers of the
// panel only; each view of the addresses and numbers is audited.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { bannerFrom } from "~/components/banner.tsx";
import { respondToRefusal } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { notFound, requireCapability } from "~/modules/auth/permissions.server.ts";
import { getMeetingPanel } from "~/modules/meetings/meetings.server.ts";
import { ContactTasksPage } from "~/modules/notifications/contact-tasks-page.tsx";
import { listContactTasks, markTaskDone, retryFailedEmail } from "~/modules/notifications/notifications.server.ts";
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
  const tasks = await listContactTasks(panelId, actorFrom(session, context), panel.timeZone);
  const banner = bannerFrom(new URL(request.url).searchParams, banners);
  return { panel: { id: panel.id, name: panel.name }, tasks, maxAttempts: MAX_ATTEMPTS, banner };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { panelId, session } = await requireCapability(request, "organisesMeetings", params.panelId);
  const submission = parseWithZod(await request.formData(), { schema: contactTaskSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const actor = actorFrom(session, context);
  const { intent, notificationId } = submission.value;
  const outcome = intent === "done" ? await markTaskDone(panelId, notificationId, actor) : await retryFailedEmail(panelId, notificationId, actor);
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  const banner = outcome.already ? "already" : intent === "done" ? "done" : "retried";
  return redirect(`/panels/${panelId}/contact-tasks?${banner}=1`);
}

export default function ContactTasks() {
  const lastResult = useActionData<typeof action>();
  const refused = Boolean(lastResult && "status" in lastResult && lastResult.status === "error");
  return <ContactTasksPage {...useLoaderData<typeof loader>()} refused={refused} />;
}
