// What the chair and organisers see come in during the meeting: hands up (access first, then in
// order), "I don't understand" (on an item or a word), written comments and break requests.
// Anonymous ones are stored with the person (to count one press per person) but never sent with
// a name to anyone.
import { db } from "../../../services.server.ts";
import { isItemOnAgenda } from "../../agendas/agenda.server.ts";
import { explanationOf } from "../../glossary/glossary.server.ts";
import { readMeetingState } from "../../meetings/meetings.server.ts";
import type { LiveAccess } from "./live-access.server.ts";
import { namesOf } from "./names.server.ts";
import { ACK_ERRORS, type LiveQueue, type MyHand } from "../client/protocol.ts";
import { refuse, refusals, type Refusal } from "./refusals.ts";

type Done = { ok: true } | Refusal;

export type OpenHand = { id: string; personId: string; aboutAccess: boolean; raisedAt: Date };

export const openHands = (meetingId: string): Promise<OpenHand[]> =>
  db().meetingHand.findMany({
    where: { meetingId, loweredAt: null },
    orderBy: [{ aboutAccess: "desc" }, { raisedAt: "asc" }, { id: "asc" }],
    select: { id: true, personId: true, aboutAccess: true, raisedAt: true },
  });

export async function readQueue(meetingId: string): Promise<LiveQueue> {
  const [hands, confusions, messages] = await Promise.all([
    openHands(meetingId),
    db().meetingConfusion.findMany({ where: { meetingId, resolvedAt: null }, orderBy: { createdAt: "asc" } }),
    db().meetingMessage.findMany({ where: { meetingId, seenAt: null }, orderBy: { createdAt: "asc" } }),
  ]);
  const names = await namesOf([
    ...hands.map((h) => h.personId),
    ...confusions.filter((c) => !c.anonymous).map((c) => c.personId),
    ...messages.filter((m) => !m.anonymous).map((m) => m.personId),
  ]);
  return {
    meetingId,
    hands: hands.map((h) => ({ id: h.id, personId: h.personId, name: names.get(h.personId) ?? "Someone", aboutAccess: h.aboutAccess, raisedAt: h.raisedAt.toISOString() })),
    confusions: confusions.map((c) => ({ id: c.id, itemId: c.itemId, word: c.word, name: c.anonymous ? null : (names.get(c.personId) ?? "Someone"), createdAt: c.createdAt.toISOString() })),
    messages: messages.map((m) => ({ id: m.id, kind: m.kind === "BREAK" ? "BREAK" : "COMMENT", text: m.text, name: m.anonymous ? null : (names.get(m.personId) ?? "Someone"), createdAt: m.createdAt.toISOString() })),
  };
}

/** A person's hand and place, from the open hands in queue order. */
export function handOf(hands: OpenHand[], personId: string): MyHand | null {
  const index = hands.findIndex((h) => h.personId === personId);
  if (index < 0) return null;
  return { id: hands[index]!.id, aboutAccess: hands[index]!.aboutAccess, place: index + 1 };
}

async function isLive(meetingId: string): Promise<boolean> {
  const meeting = await readMeetingState(meetingId);
  return Boolean(meeting?.liveStartedAt && !meeting.liveEndedAt);
}

export async function raiseHand(access: LiveAccess, input: { id: string; aboutAccess: boolean }): Promise<Done> {
  if (!(await isLive(access.meetingId))) return refusals.notLive();
  const open = await db().meetingHand.findFirst({ where: { meetingId: access.meetingId, personId: access.personId, loweredAt: null } });
  if (open) {
    // Already up: saying it is about access moves it forward; a re-send changes nothing.
    if (input.aboutAccess && !open.aboutAccess) await db().meetingHand.update({ where: { id: open.id }, data: { aboutAccess: true } });
    return { ok: true };
  }
  const same = await db().meetingHand.findUnique({ where: { id: input.id }, select: { personId: true } });
  if (same) return same.personId === access.personId ? { ok: true } : refuse(ACK_ERRORS.invalid, "That id is already used");
  await db().meetingHand.create({ data: { id: input.id, meetingId: access.meetingId, personId: access.personId, aboutAccess: input.aboutAccess } });
  return { ok: true };
}

export async function lowerOwnHand(access: LiveAccess): Promise<Done> {
  await db().meetingHand.updateMany({
    where: { meetingId: access.meetingId, personId: access.personId, loweredAt: null },
    data: { loweredAt: new Date(), loweredById: access.personId },
  });
  return { ok: true };
}

/** The chair gives someone the floor: their hand comes down. Returns whose hand it was. */
export async function callHand(access: LiveAccess, handId: string): Promise<{ ok: true; personId: string } | Refusal> {
  if (!access.canChair) return refusals.forbidden("Only the chair calls people to speak");
  const hand = await db().meetingHand.findFirst({ where: { id: handId, meetingId: access.meetingId }, select: { personId: true } });
  if (!hand) return refuse(ACK_ERRORS.notFound, "That hand is not in this meeting's queue");
  await db().meetingHand.updateMany({ where: { id: handId, loweredAt: null }, data: { loweredAt: new Date(), loweredById: access.personId } });
  return { ok: true, personId: hand.personId };
}

export async function addConfusion(
  access: LiveAccess,
  input: { id: string; itemId: string | null; word: string; anonymous: boolean },
): Promise<{ ok: true; explanation: string | null; suggested: boolean } | Refusal> {
  if (!(await isLive(access.meetingId))) return refusals.notLive();
  if (input.itemId && !(await isItemOnAgenda(access.meetingId, input.itemId))) {
    return refuse(ACK_ERRORS.notFound, "That item is not on this meeting's agenda");
  }
  const word = input.word.replace(/\s+/g, " ");
  const explanation = word ? await explanationOf(access.panelId, word) : null;
  const same = await db().meetingConfusion.findUnique({ where: { id: input.id }, select: { personId: true } });
  if (same && same.personId !== access.personId) return refuse(ACK_ERRORS.invalid, "That id is already used");
  if (!same) {
    await db().meetingConfusion.create({
      data: { id: input.id, meetingId: access.meetingId, itemId: input.itemId, personId: access.personId, word, anonymous: input.anonymous },
    });
  }
  // A word the glossary lacks is a suggestion for it: the glossary page lists these.
  return { ok: true, explanation, suggested: Boolean(word) && explanation === null };
}

export async function addMessage(
  access: LiveAccess,
  input: { id: string; kind: "COMMENT" | "BREAK"; text: string; anonymous: boolean },
): Promise<Done> {
  if (input.kind === "COMMENT" && !input.text) {
    return refuse(ACK_ERRORS.invalid, "Write your comment or question", { fields: { text: ["Write your comment or question"] } });
  }
  if (!(await isLive(access.meetingId))) return refusals.notLive();
  const same = await db().meetingMessage.findUnique({ where: { id: input.id }, select: { personId: true } });
  if (same) return same.personId === access.personId ? { ok: true } : refuse(ACK_ERRORS.invalid, "That id is already used");
  await db().meetingMessage.create({
    data: { id: input.id, meetingId: access.meetingId, personId: access.personId, kind: input.kind, text: input.text, anonymous: input.anonymous },
  });
  return { ok: true };
}

export async function markSeen(access: LiveAccess, input: { kind: "confusion" | "message"; id: string }): Promise<Done> {
  if (!access.canSeeQueue) return refusals.forbidden("Only the chair and organisers see the queue");
  const now = new Date();
  const { count } =
    input.kind === "confusion"
      ? await db().meetingConfusion.updateMany({ where: { id: input.id, meetingId: access.meetingId }, data: { resolvedAt: now } })
      : await db().meetingMessage.updateMany({ where: { id: input.id, meetingId: access.meetingId }, data: { seenAt: now, seenById: access.personId } });
  return count ? { ok: true } : refuse(ACK_ERRORS.notFound, "That was not found in this meeting's queue");
}

// ---- For other features (issue 11) ----

/** Every word someone pressed "I don't understand" on in the panel's meetings, and when: the glossary's suggestions. */
export async function wordsNotUnderstood(panelId: string): Promise<{ word: string; createdAt: Date }[]> {
  return db().meetingConfusion.findMany({ where: { word: { not: "" }, meeting: { panelId } }, select: { word: true, createdAt: true } });
}
