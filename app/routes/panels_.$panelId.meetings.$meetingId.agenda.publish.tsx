// Publishing a meeting's agenda (issue 4): organisers see the agenda that will go out, who will
// be told and how, and, once it has gone out, what has changed since, with the reason required.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/dates.ts";
import { respondToRefusal } from "~/forms.server.ts";
import { PublishAgendaPage } from "~/modules/agendas/publish-agenda-page.tsx";
import { publishAgendaSchema } from "~/modules/agendas/publish-schema.ts";
import { agendaLinesInWords, listPublications, planPublication, publishAgenda, publishingBlocked } from "~/modules/agendas/publish.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";
import { peopleCount } from "~/modules/notifications/who-is-told.tsx";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.published ? "Publish changes to the agenda" : "Publish the agenda"}: ${data?.meeting.title ?? "meeting"} – Panel` },
];

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
    actorFrom(access.session, context),
    { baseUrl: baseUrlFor(request) },
  );
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`/panels/${panel.id}/meetings/${meeting.id}/agenda/publish?told=${outcome.told}`);
}

export default function PublishAgenda() {
  return <PublishAgendaPage {...useLoaderData<typeof loader>()} />;
}
