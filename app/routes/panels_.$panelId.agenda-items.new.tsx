// Proposing an agenda item: anyone with a role in the panel (issue 4, "Agendas set together").
// A short form, the rest folded away (issue 10; docs/notes/proposing.md). Started from a meeting's
// page (?meeting=), it names that meeting and goes back to it afterwards.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { respondToRefusal } from "~/forms.server.ts";
import { findMeetingForProposal, proposeAgendaItem } from "~/modules/agendas/agendas.server.ts";
import { ProposeItemPage } from "~/modules/agendas/propose-item-page.tsx";
import { agendaItemSchema } from "~/modules/agendas/schema.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { requireCapability, notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { getPanelHeading } from "~/modules/panels/terms-of-reference.server.ts";

export const meta: MetaFunction = () => [{ title: "Suggest an item for the agenda – Panel" }];

/** The meeting named by ?meeting= or the posted field: none, or this panel's; anything else is not found. */
async function proposalMeeting(panelId: string, value: FormDataEntryValue | null) {
  if (value === null || value === "") return null;
  const meeting = await findMeetingForProposal(panelId, requireId(typeof value === "string" ? value : undefined));
  if (!meeting) throw notFound();
  return meeting;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panelId } = await requireCapability(request, "belongsToPanel", params.panelId);
  const [panel, meeting] = await Promise.all([getPanelHeading(panelId), proposalMeeting(panelId, new URL(request.url).searchParams.get("meeting"))]);
  if (!panel) throw notFound();
  return { panel, meeting };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { panelId, session, roles } = await requireCapability(request, "belongsToPanel", params.panelId);
  const formData = await request.formData();
  const meeting = await proposalMeeting(panelId, formData.get("meeting"));
  const submission = parseWithZod(formData, { schema: agendaItemSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await proposeAgendaItem(panelId, submission.value, roles, actorFrom(session, context));
  if (!outcome.ok) return respondToRefusal(outcome, submission);
  return redirect(meeting ? `${meeting.href}?proposed=1` : `/panels/${panelId}/agenda-items/${outcome.itemId}?proposed=1`);
}

export default function ProposeAgendaItem() {
  return <ProposeItemPage forWhom={{ kind: "self" }} {...useLoaderData<typeof loader>()} lastResult={useActionData<typeof action>()} />;
}
