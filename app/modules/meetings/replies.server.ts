// A member's reply to a meeting: coming in person, online, or apologies, with the access needs
// for this meeting (prefilled from their communication needs record, adjustable) and travel.
import { db } from "../../services.server.ts";
import { refuse, type Outcome } from "../../refusal.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { auditedBy, type Actor } from "../auth/actor.server.ts";
import { getNeeds } from "../needs/needs.server.ts";
import type { Meeting } from "./meetings.server.ts";
import type { ReplyForm, ReplyMode } from "./schema.ts";

/** Why a reply cannot be given now, or null when it can. */
export function replyClosedReason(meeting: Pick<Meeting, "startsAt" | "cancelledAt">, now = new Date()): string | null {
  if (meeting.cancelledAt) return "This meeting has been cancelled";
  if (meeting.startsAt <= now) return "This meeting has already happened";
  return null;
}

export function replyModesFor(meeting: Pick<Meeting, "venueName" | "onlineLink">): ReplyMode[] {
  return [...(meeting.venueName ? (["IN_PERSON"] as const) : []), ...(meeting.onlineLink ? (["ONLINE"] as const) : []), "APOLOGIES"];
}

/** The form as the person last left it, or prefilled from their needs record when they have not replied (or sent apologies). */
export async function replyFormValues(meetingId: string, personId: string) {
  const reply = await db().meetingReply.findUnique({
    where: { meetingId_personId: { meetingId, personId } },
    select: { mode: true, meetingSupport: true, physicalAccess: true, dietaryNeeds: true, otherNeeds: true, travelNeeded: true, repliedById: true },
  });
  const fromReply = reply && reply.mode !== "APOLOGIES";
  // Read through the needs module, which also drops codes the form no longer offers.
  const needs = fromReply ? null : ((await getNeeds(personId))?.needs ?? null);
  // A supporter who replied for the person (issue 4): shown to them as "Entered by … for you".
  const enteredById = reply?.repliedById && reply.repliedById !== personId ? reply.repliedById : null;
  const enteredBy = enteredById ? await db().person.findUnique({ where: { id: enteredById }, select: { name: true } }) : null;
  return {
    hasReplied: Boolean(reply),
    enteredBy: enteredById ? (enteredBy?.name ?? "Someone who has left") : null,
    prefilledFromRecord: Boolean(needs),
    values: {
      mode: reply?.mode,
      meetingSupport: fromReply ? reply.meetingSupport : (needs?.meetingSupport ?? []),
      physicalAccess: fromReply ? reply.physicalAccess : (needs?.physicalAccess ?? []),
      dietaryNeeds: fromReply ? reply.dietaryNeeds : (needs?.dietaryNeeds ?? ""),
      otherNeeds: fromReply ? reply.otherNeeds : "",
      travelNeeded: fromReply && reply.travelNeeded ? "yes" : "no",
    },
  };
}

/**
 * Saves the person's reply (one per person per meeting); not found when the meeting is not this
 * panel's. A supporter replying for the member (`actor.onBehalfOfId`) is recorded as who entered it.
 */
export async function replyToMeeting(
  panelId: string,
  meetingId: string,
  personId: string,
  form: ReplyForm,
  actor: Actor,
  now = new Date(),
): Promise<Outcome> {
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, panelId },
    select: { startsAt: true, cancelledAt: true, venueName: true, onlineLink: true },
  });
  if (!meeting) return refuse.notFound();
  const closed = replyClosedReason(meeting, now);
  if (closed) return refuse.field("mode", closed);
  if (!replyModesFor(meeting).includes(form.mode)) {
    return refuse.field(
      "mode",
      form.mode === "ONLINE" ? "This meeting has no online joining link, so you cannot join online" : "This meeting is online only, so you cannot come in person",
    );
  }
  // Needs matter only to people coming; travel only to people coming in person.
  const coming = form.mode !== "APOLOGIES";
  const data = {
    mode: form.mode,
    meetingSupport: coming ? form.meetingSupport : [],
    physicalAccess: coming ? form.physicalAccess : [],
    dietaryNeeds: coming ? form.dietaryNeeds : "",
    otherNeeds: coming ? form.otherNeeds : "",
    travelNeeded: form.mode === "IN_PERSON" && form.travelNeeded === "yes",
    repliedById: actor.personId,
  };
  await db().$transaction(async (tx) => {
    const before = await tx.meetingReply.findUnique({
      where: { meetingId_personId: { meetingId, personId } },
      select: { mode: true, meetingSupport: true, physicalAccess: true, dietaryNeeds: true, otherNeeds: true, travelNeeded: true },
    });
    const reply = await tx.meetingReply.upsert({
      where: { meetingId_personId: { meetingId, personId } },
      create: { ...data, meetingId, personId },
      update: data,
      select: { id: true },
    });
    const { repliedById, ...after } = data;
    await recordAudit(
      {
        ...auditedBy(actor),
        action: "meeting.replied",
        entityType: "MeetingReply",
        entityId: reply.id,
        panelId,
        before: before ?? undefined,
        after: { meetingId, personId, repliedById, ...after },
      },
      tx,
    );
  });
  return { ok: true };
}
