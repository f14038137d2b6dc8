// Agenda items anyone in the panel proposes, and members' priorities for a meeting (issue 4,
// "Agendas set together"). Every query is scoped to the panel in the URL.
import { dateInputValue } from "../../dates.ts";
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { db } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { can, proposesAsOfficer, type Holder } from "../auth/capabilities.ts";
import { describePapersDeadline, findMeeting, getMeetingPanel } from "../meetings/meetings.server.ts";
import { namesOfPeople } from "../people/people.server.ts";
import { PRIORITY_PLACES, type AgendaItemInput, type ProposedAs } from "./schema.ts";

/**
 * Who does it. `onBehalfOfId`: a supporter (the actor) acting for this member, who is then the
 * proposer or the one whose choices they are; the supporter is recorded as having entered it.
 */
export type AgendaActor = { actorId: string; requestId?: string; onBehalfOfId?: string };
export type FieldErrors = Record<string, string[]>;

/** Whose idea it was: an officer's only when they are in the panel as an officer and not also a member. */
function proposerKind(roles: readonly PanelRole[]): ProposedAs {
  return proposesAsOfficer(roles) ? "OFFICER" : "MEMBER";
}

/** The proposer, the chair or a council officer may shape an item; site admins hold every role. */
export function canShapeItem(person: { id: string; isSiteAdmin: boolean }, roles: readonly PanelRole[], item: { proposedById: string }): boolean {
  return item.proposedById === person.id || can({ isSiteAdmin: person.isSiteAdmin, roles }, "shapesAnyAgendaItem");
}

/** Only the proposer or the chair may take an item off the list. */
export function canWithdrawItem(person: { id: string; isSiteAdmin: boolean }, roles: readonly PanelRole[], item: { proposedById: string }): boolean {
  return item.proposedById === person.id || can({ isSiteAdmin: person.isSiteAdmin, roles }, "withdrawsAnyAgendaItem");
}

/** Members and the chair prioritise; being a site admin is not enough, as the choice is their own. */
export function canPrioritise(holder: Holder): boolean {
  return can(holder, "takesPartAsMember");
}

async function namesOf(ids: (string | null)[]): Promise<Map<string, string>> {
  return namesOfPeople(ids.filter((id): id is string => Boolean(id)));
}

const itemSelect = {
  id: true,
  title: true,
  about: true,
  whyItMatters: true,
  type: true,
  presenter: true,
  minutesNeeded: true,
  relatedRecommendations: true,
  councilDecision: true,
  councilDecisionDate: true,
  status: true,
  proposedById: true,
  proposedAs: true,
  shapedById: true,
  enteredById: true,
  createdAt: true,
} as const;

/** The panel's items, newest first, with the names of who proposed and shaped them. */
export async function listAgendaItems(panelId: string) {
  const items = await db().agendaItem.findMany({ where: { panelId }, select: itemSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  const names = await namesOf(items.flatMap((i) => [i.proposedById, i.shapedById, i.enteredById]));
  return items.map((item) => withNames(item, names));
}

function withNames<T extends { proposedById: string; shapedById: string | null; enteredById: string | null; proposedAs: string }>(item: T, names: Map<string, string>) {
  return {
    ...item,
    proposedAs: item.proposedAs as ProposedAs,
    proposedBy: names.get(item.proposedById) ?? "Someone who has left",
    shapedBy: item.shapedById ? (names.get(item.shapedById) ?? "Someone who has left") : null,
    /** The proposer's supporter who entered it for them. */
    enteredBy: item.enteredById ? (names.get(item.enteredById) ?? "Someone who has left") : null,
  };
}

/** One item of this panel, never another panel's. */
export async function getAgendaItem(panelId: string, itemId: string) {
  const item = await db().agendaItem.findFirst({ where: { id: itemId, panelId }, select: itemSelect });
  if (!item) return null;
  return withNames(item, await namesOf([item.proposedById, item.shapedById, item.enteredById]));
}

export type AgendaItem = NonNullable<Awaited<ReturnType<typeof getAgendaItem>>>;

function itemData(input: AgendaItemInput) {
  return {
    title: input.title,
    about: input.about,
    whyItMatters: input.whyItMatters,
    type: input.type,
    presenter: input.presenter,
    minutesNeeded: input.minutesNeeded,
    relatedRecommendations: input.relatedRecommendations,
    councilDecision: input.councilDecision,
    // A date alone: kept as midday UTC, so it is the same day in every UK time zone.
    councilDecisionDate: input.councilDecisionDate ? new Date(`${input.councilDecisionDate}T12:00:00Z`) : null,
  };
}

/** The item as its form shows it. */
export function agendaItemFormValues(item: AgendaItem): Record<string, string> {
  return {
    title: item.title,
    about: item.about,
    whyItMatters: item.whyItMatters,
    type: item.type,
    presenter: item.presenter,
    minutesNeeded: String(item.minutesNeeded),
    relatedRecommendations: item.relatedRecommendations.join(", "),
    councilDecision: item.councilDecision,
    ...dateInputValue("councilDecisionDate", item.councilDecisionDate?.toISOString().slice(0, 10)),
  };
}

export async function proposeAgendaItem(panelId: string, input: AgendaItemInput, roles: readonly PanelRole[], actor: AgendaActor) {
  return db().$transaction(async (tx) => {
    const item = await tx.agendaItem.create({
      data: {
        panelId,
        ...itemData(input),
        proposedById: actor.onBehalfOfId ?? actor.actorId,
        enteredById: actor.onBehalfOfId ? actor.actorId : null,
        proposedAs: proposerKind(roles),
      },
      select: { id: true, proposedAs: true },
    });
    await recordAudit(
      {
        actorId: actor.actorId,
        action: "agenda-item.proposed",
        entityType: "AgendaItem",
        entityId: item.id,
        panelId,
        after: { ...input, proposedAs: item.proposedAs },
        requestId: actor.requestId,
        onBehalfOfId: actor.onBehalfOfId,
      },
      tx,
    );
    return item;
  });
}

/** Changes the wording or details; someone other than the proposer is recorded as having shaped it. */
export async function changeAgendaItem(panelId: string, item: AgendaItem, input: AgendaItemInput, actor: AgendaActor) {
  await db().$transaction(async (tx) => {
    const shapedById = actor.actorId === item.proposedById ? item.shapedById : actor.actorId;
    await tx.agendaItem.update({ where: { id: item.id, panelId }, data: { ...itemData(input), shapedById } });
    await recordAudit(
      {
        actorId: actor.actorId,
        action: "agenda-item.changed",
        entityType: "AgendaItem",
        entityId: item.id,
        panelId,
        before: agendaItemFormValues(item),
        after: input,
        requestId: actor.requestId,
      },
      tx,
    );
  });
}

export async function withdrawAgendaItem(panelId: string, item: AgendaItem, actor: AgendaActor) {
  await db().$transaction(async (tx) => {
    await tx.agendaItem.update({ where: { id: item.id, panelId }, data: { status: "WITHDRAWN" } });
    await recordAudit(
      { actorId: actor.actorId, action: "agenda-item.withdrawn", entityType: "AgendaItem", entityId: item.id, panelId, before: { status: item.status }, after: { status: "WITHDRAWN" }, requestId: actor.requestId },
      tx,
    );
  });
}

/** Prioritising closes at the papers deadline, and never opens for a cancelled or past meeting. */
export function isPrioritisingOpen(meeting: { papersDeadline: Date; startsAt: Date; cancelledAt: Date | null }, now = new Date()): boolean {
  return !meeting.cancelledAt && now < meeting.papersDeadline && now < meeting.startsAt;
}

/**
 * The meeting a proposal was started from (its page links to the form with ?meeting=), only when
 * it is this panel's. Items go on the panel's list either way; the meeting says which meeting's
 * choosing the person had in mind, and where to go back to.
 */
export async function findMeetingForProposal(panelId: string, meetingId: string, now = new Date()) {
  const [panel, meeting] = await Promise.all([getMeetingPanel(panelId), findMeeting(panelId, meetingId)]);
  if (!panel || !meeting) return null;
  return {
    id: meeting.id,
    title: meeting.title,
    href: `/panels/${panelId}/meetings/${meeting.id}`,
    prioritisingOpen: isPrioritisingOpen(meeting, now),
    closes: describePapersDeadline(meeting, panel.timeZone),
  };
}

export const PRIORITISING_CLOSED = "Prioritising for this meeting has closed";

/** The items members can choose from: the panel's proposed items, oldest first. */
export async function listPrioritisableItems(panelId: string) {
  return db().agendaItem.findMany({ where: { panelId, status: "PROPOSED" }, select: { id: true, title: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** This person's choices for the meeting, as the form's field values. */
export async function getOwnPriorities(meetingId: string, personId: string): Promise<Record<string, string>> {
  const votes = await db().priorityVote.findMany({ where: { meetingId, personId }, select: { itemId: true, weight: true } });
  return Object.fromEntries(votes.map((v) => [`points${v.weight}`, v.itemId]));
}

/** How many items the person has chosen for each of these meetings (none: not in the map). */
export async function countOwnPriorities(meetingIds: readonly string[], personId: string): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const votes = await db().priorityVote.groupBy({ by: ["meetingId"], where: { meetingId: { in: [...meetingIds] }, personId }, _count: { _all: true } });
  return new Map(votes.map((v) => [v.meetingId, v._count._all]));
}

/** Who entered the person's current choices for them (their supporter), or null when they did. */
export async function prioritiesEnteredBy(meetingId: string, personId: string): Promise<string | null> {
  const vote = await db().priorityVote.findFirst({ where: { meetingId, personId, enteredById: { not: null } }, select: { enteredById: true } });
  if (!vote?.enteredById) return null;
  return (await namesOf([vote.enteredById])).get(vote.enteredById) ?? "Someone who has left";
}

export type PriorityChoice = { weight: number; itemId: string };

/**
 * Replaces the person's three choices for the meeting in one transaction. Weights must be 3, 2 or
 * 1, each used once, each on a different proposed item of this panel; otherwise nothing changes.
 */
export async function savePriorities(
  panelId: string,
  meetingId: string,
  choices: PriorityChoice[],
  actor: AgendaActor,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const errors: FieldErrors = {};
  const weights = PRIORITY_PLACES.map((p) => p.weight) as number[];
  const badWeight = choices.find((c) => !weights.includes(c.weight));
  if (badWeight) return { ok: false, errors: { points3: ["Each choice is worth 3, 2 or 1 points"] } };
  const usedWeights = new Set<number>();
  const usedItems = new Set<string>();
  for (const choice of choices) {
    const field = `points${choice.weight}`;
    if (usedWeights.has(choice.weight)) errors[field] = ["Choose one item for each place"];
    else if (usedItems.has(choice.itemId)) errors[field] = ["Choose a different item for each place"];
    usedWeights.add(choice.weight);
    usedItems.add(choice.itemId);
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const open = await db().agendaItem.findMany({
    where: { panelId, status: "PROPOSED", id: { in: choices.map((c) => c.itemId) } },
    select: { id: true },
  });
  const openIds = new Set(open.map((i) => i.id));
  for (const choice of choices) {
    if (!openIds.has(choice.itemId)) errors[`points${choice.weight}`] = ["Choose one of the panel's proposed items"];
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const personId = actor.onBehalfOfId ?? actor.actorId;
  const enteredById = actor.onBehalfOfId ? actor.actorId : null;
  await db().$transaction(async (tx) => {
    await tx.priorityVote.deleteMany({ where: { meetingId, personId } });
    await tx.priorityVote.createMany({ data: choices.map((c) => ({ meetingId, personId, itemId: c.itemId, weight: c.weight, enteredById })) });
    await recordAudit(
      {
        actorId: actor.actorId,
        action: "priorities.saved",
        entityType: "Meeting",
        entityId: meetingId,
        panelId,
        after: choices,
        requestId: actor.requestId,
        onBehalfOfId: actor.onBehalfOfId,
      },
      tx,
    );
  });
  return { ok: true };
}

/**
 * The panel's proposed items ranked by total points for the meeting. Ties go to the item more
 * people chose first, then to the older item (it has waited longer).
 */
export async function rankPriorities(panelId: string, meetingId: string) {
  const [items, votes] = await Promise.all([
    db().agendaItem.findMany({
      where: { panelId, status: { not: "WITHDRAWN" }, OR: [{ status: "PROPOSED" }, { votes: { some: { meetingId } } }] },
      select: { id: true, title: true, proposedAs: true, proposedById: true, createdAt: true },
    }),
    db().priorityVote.findMany({ where: { meetingId, item: { panelId } }, select: { itemId: true, personId: true, weight: true } }),
  ]);
  const ranked = items.map((item) => {
    const mine = votes.filter((v) => v.itemId === item.id);
    return {
      id: item.id,
      title: item.title,
      proposedAs: item.proposedAs as ProposedAs,
      createdAt: item.createdAt,
      points: mine.reduce((sum, v) => sum + v.weight, 0),
      people: new Set(mine.map((v) => v.personId)).size,
      firstChoices: mine.filter((v) => v.weight === 3).length,
    };
  });
  ranked.sort((a, b) => b.points - a.points || b.firstChoices - a.firstChoices || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const voters = new Set(votes.map((v) => v.personId)).size;
  return { items: ranked.map(({ createdAt: _createdAt, ...rest }) => rest), voters };
}

/** The agenda items a person proposed, oldest first, for their own records download. */
export async function agendaItemsProposedBy(personId: string) {
  return db().agendaItem.findMany({
    where: { proposedById: personId },
    select: { title: true, about: true, whyItMatters: true, status: true, createdAt: true, panel: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
}
