import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { respondToRefusal } from "~/forms.server.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { requireCapability, notFound } from "~/modules/auth/permissions.server.ts";
import { getMeetingPanel, scheduleMeeting } from "~/modules/meetings/meetings.server.ts";
import { ScheduleMeetingPage } from "~/modules/meetings/schedule-meeting-page.tsx";
import { meetingSchema } from "~/modules/meetings/schema.ts";
import { prepareMeetingNotices } from "~/modules/notifications/invitations.server.ts";

export const meta: MetaFunction = () => [{ title: "Schedule a meeting – Panel" }];

async function organiserAndPanel(request: Request, panelIdParam: string | undefined) {
  const access = await requireCapability(request, "organisesMeetings", panelIdParam);
  const panel = await getMeetingPanel(access.panelId);
  if (!panel) throw notFound();
  return { access, panel };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel } = await organiserAndPanel(request, params.panelId);
  return { panel };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel } = await organiserAndPanel(request, params.panelId);
  const submission = parseWithZod(await request.formData(), { schema: meetingSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const actor = actorFrom(access.session, context);
  const invitations = await prepareMeetingNotices(panel.id, "meeting.invitation", actor, { baseUrl: baseUrlFor(request) });
  const outcome = await scheduleMeeting(panel, submission.value, actor, new Date(), invitations ?? undefined);
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(`/panels/${panel.id}/meetings/${outcome.meetingId}?scheduled=1`);
}

export default function ScheduleMeeting() {
  return <ScheduleMeetingPage {...useLoaderData<typeof loader>()} lastResult={useActionData<typeof action>()} />;
}
