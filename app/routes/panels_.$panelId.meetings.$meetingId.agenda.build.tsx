// Building a meeting's agenda (organisers: the chair, the panel's officers, admins). Every change
// is a small form with its own `intent`; after it the page redirects back to the line changed,
// with a banner or a polite status message (issue 4, "Chair and lead officer build the agenda").
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { parseIntent, replyToForm, respondToRefusal } from "~/forms.server.ts";
import type { Refusal } from "~/refusal.ts";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { AgendaBuilderPage } from "~/modules/agendas/agenda-builder-page.tsx";
import { BUILDER_INTENTS, builderSchema, paperArrival, type BuilderIntent } from "~/modules/agendas/agenda-builder-schema.ts";
import { describeBuilder } from "~/modules/agendas/agenda-builder-view.server.ts";
import {
  addBreak,
  addItemToAgenda,
  carryToNextMeeting,
  loadAgendaBuilder,
  moveEntry,
  recordPaperArrival,
  removeBreak,
  removeFromAgenda,
  setEntryTiming,
} from "~/modules/agendas/agenda-builder.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";

export const meta: MetaFunction = () => [{ title: "Build the agenda – Panel" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  const builder = await loadAgendaBuilder(panel.id, meeting, panel.timeZone);
  if (!builder) throw notFound();
  return describeBuilder(panel, meeting, builder, new URL(request.url).searchParams);
}

/** The form a posted intent belongs to, so a refusal is shown beside the right fields. */
function formFor(intent: BuilderIntent, formData: FormData): string {
  const entryId = String(formData.get("entryId") ?? "");
  if (intent === "timing" || intent === "paper") return `${intent}-${entryId}`;
  if (intent === "add-break") return "add-break";
  return "page";
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  const actor = actorFrom(access.session, context);
  const formData = await request.formData();
  const parsed = parseIntent(formData, BUILDER_INTENTS, builderSchema);
  if (!parsed.known) return parsed.response;
  const { intent, submission } = parsed;
  const form = formFor(intent, formData);
  if (submission.status !== "success") {
    // A hidden field (the line or item posted) is wrong only when the page is out of date: said at the top.
    const hiddenField = submission.error?.entryId ?? submission.error?.itemId;
    return hiddenField ? replyToForm("page", submission.reply({ formErrors: hiddenField })) : replyToForm(form, submission.reply());
  }
  const scope = { panelId: panel.id, meetingId: meeting.id };
  const base = `/panels/${panel.id}/meetings/${meeting.id}/agenda/build`;
  // A refusal about a field goes beside it; any other is about the agenda, at the top of the page.
  const refused = (refusal: Refusal) =>
    respondToRefusal(refusal, submission, refusal.reason === "invalid" && Object.keys(refusal.fieldErrors).length ? form : "page");
  const value = submission.value;
  switch (value.intent) {
    case "add-item": {
      const outcome = await addItemToAgenda(scope, value.itemId, actor);
      return outcome.ok ? redirect(`${base}?added=${outcome.entryId}#entry-${outcome.entryId}`) : refused(outcome);
    }
    case "move-up":
    case "move-down": {
      const direction = value.intent === "move-up" ? "up" : "down";
      const outcome = await moveEntry(scope, value.entryId, direction, actor);
      if (!outcome.ok) return refused(outcome);
      return redirect(`${base}?${outcome.moved ? "moved" : "unmoved"}=${value.entryId}&to=${direction}#move-${direction}-${value.entryId}`);
    }
    case "remove": {
      const entry = await removeFromAgenda(scope, value.entryId, actor);
      return entry.ok ? redirect(`${base}?removed=${entry.itemId}#agenda-so-far`) : refused(entry);
    }
    case "carry": {
      const entry = await carryToNextMeeting(scope, value.entryId, actor);
      return entry.ok ? redirect(`${base}?carried=${entry.itemId}#agenda-so-far`) : refused(entry);
    }
    case "remove-break": {
      const outcome = await removeBreak(scope, value.entryId, actor);
      return outcome.ok ? redirect(`${base}?breakRemoved=1#agenda-so-far`) : refused(outcome);
    }
    case "timing": {
      const outcome = await setEntryTiming(scope, value.entryId, { minutes: value.minutes, presenter: value.presenter ?? "" }, actor);
      return outcome.ok ? redirect(`${base}?timing=${value.entryId}#entry-${value.entryId}`) : refused(outcome);
    }
    case "paper": {
      const paper = { arrived: paperArrival(value), timeZone: panel.timeZone, link: value.paperLink ?? "" };
      const outcome = await recordPaperArrival(scope, value.entryId, paper, actor);
      return outcome.ok ? redirect(`${base}?paper=${value.entryId}#entry-${value.entryId}`) : refused(outcome);
    }
    case "add-break": {
      const outcome = await addBreak(scope, { title: value.title ?? "", minutes: value.minutes }, actor);
      return outcome.ok ? redirect(`${base}?added=${outcome.entryId}#entry-${outcome.entryId}`) : refused(outcome);
    }
  }
}

export default function BuildAgenda() {
  return <AgendaBuilderPage {...useLoaderData<typeof loader>()} />;
}
