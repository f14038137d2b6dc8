// Communication needs, in the NHS Accessible Information Standard's steps (issue 4):
//   Record — the person (or a site admin on their behalf, noted as such) keeps one record;
//   Flag   — the people preparing things for a panel see the needs summed up, without names;
//   Share  — named needs only for people who agreed, only to staff who arrange things, and every
//            view is written to the audit trail.
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { db, type DbClient } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { can } from "../auth/capabilities.ts";
import { listActivePeopleInPanel, namesOfPeople } from "../people/people.server.ts";
import type { Actor } from "../auth/actor.server.ts";
import { refuse, type Outcome } from "../../refusal.ts";
import { MEETING_SUPPORT, PHYSICAL_ACCESS } from "./codes.ts";
import { summariseNeeds } from "./needs-summary.ts";
import { needsReviewDue } from "./review.ts";
import type { CommunicationNeedsValues } from "./schema.ts";

export { needsReviewDue } from "./review.ts";

const needsFields = {
  paperFormat: true,
  largePrintPointSize: true,
  brailleGrade: true,
  language: true,
  contactMethod: true,
  supporterContact: true,
  meetingSupport: true,
  physicalAccess: true,
  dietaryNeeds: true,
  inOwnWords: true,
  shareWithStaff: true,
} as const;

const recordFields = { ...needsFields, reviewedAt: true, updatedAt: true, updatedById: true } as const;

type CommunicationNeedsRecord = CommunicationNeedsValues & { reviewedAt: Date; updatedAt: Date; updatedById: string | null };

type NeedsWithAuthor = {
  needs: CommunicationNeedsRecord;
  /** Who last changed them, when it was not the person themselves (an admin on their behalf). */
  changedByOther: { name: string; at: Date } | null;
};

type StoredNeeds = Omit<CommunicationNeedsValues, "meetingSupport" | "physicalAccess"> & { meetingSupport: string[]; physicalAccess: string[] };

function isOneOf<T extends string>(codes: readonly T[]) {
  return (code: string): code is T => (codes as readonly string[]).includes(code);
}

/** The stored record as form values; codes no longer in the lists are dropped. */
function asValues(record: StoredNeeds): CommunicationNeedsValues {
  return {
    paperFormat: record.paperFormat,
    largePrintPointSize: record.largePrintPointSize,
    brailleGrade: record.brailleGrade,
    language: record.language,
    contactMethod: record.contactMethod,
    supporterContact: record.supporterContact,
    meetingSupport: record.meetingSupport.filter(isOneOf(MEETING_SUPPORT)),
    physicalAccess: record.physicalAccess.filter(isOneOf(PHYSICAL_ACCESS)),
    dietaryNeeds: record.dietaryNeeds,
    inOwnWords: record.inOwnWords,
    shareWithStaff: record.shareWithStaff,
  };
}

/** The person's own record, or null when they have not told us yet. */
export async function getNeeds(personId: string): Promise<NeedsWithAuthor | null> {
  const record = await db().communicationNeeds.findUnique({ where: { personId }, select: recordFields });
  if (!record) return null;
  const needs = { ...asValues(record), reviewedAt: record.reviewedAt, updatedAt: record.updatedAt, updatedById: record.updatedById };
  if (!record.updatedById || record.updatedById === personId) return { needs, changedByOther: null };
  const names = await namesOfPeople([record.updatedById]);
  return { needs, changedByOther: { name: names.get(record.updatedById) ?? "Someone who has since left", at: record.updatedAt } };
}

/** Whether the home page should ask the person to check their needs. */
export async function needsReviewDueFor(personId: string, now: Date = new Date()): Promise<boolean> {
  return (await needsReminderFor(personId, now)) !== null;
}

/** Which reminder to show: tell us (nothing recorded yet), check (over a year old), or none. */
export async function needsReminderFor(personId: string, now: Date = new Date()): Promise<"tell" | "check" | null> {
  const record = await db().communicationNeeds.findUnique({ where: { personId }, select: { reviewedAt: true } });
  if (!needsReviewDue(record, now)) return null;
  return record ? "check" : "tell";
}

/**
 * Saves the person's needs. Saving counts as checking them, so the yearly reminder starts again.
 * When someone else saves them (a site admin), the audit says on whose behalf and the person's
 * page shows who made the change.
 */
export async function saveNeeds(personId: string, values: CommunicationNeedsValues, actor: Actor): Promise<void> {
  const now = new Date();
  await db().$transaction(async (tx) => {
    const before = await tx.communicationNeeds.findUnique({ where: { personId }, select: needsFields });
    await tx.communicationNeeds.upsert({
      where: { personId },
      create: { personId, ...values, reviewedAt: now, updatedById: actor.personId },
      update: { ...values, reviewedAt: now, updatedById: actor.personId },
    });
    const onBehalfOf = actor.personId === personId ? {} : { onBehalfOf: personId };
    await recordAudit(
      {
        actorId: actor.personId,
        action: "needs.updated",
        entityType: "Person",
        entityId: personId,
        before: before ? asValues(before) : null,
        after: { ...values, ...onBehalfOf },
        requestId: actor.requestId,
      },
      tx,
    );
  });
}

/** "These are still right": the record is unchanged, only checked. Not found when there is no record. */
export async function markNeedsReviewed(personId: string, actor: Actor): Promise<Outcome> {
  const reviewedAt = new Date();
  return db().$transaction(async (tx) => {
    // Whoever confirms the record is now the last to have touched it, so "Last changed by" and its
    // date (updatedAt moves too) stay true together.
    const { count } = await tx.communicationNeeds.updateMany({ where: { personId }, data: { reviewedAt, updatedById: actor.personId } });
    if (count === 0) return refuse.notFound();
    await recordAudit(
      { actorId: actor.personId, action: "needs.reviewed", entityType: "Person", entityId: personId, after: { reviewedAt }, requestId: actor.requestId },
      tx,
    );
    return { ok: true };
  });
}

/** Who is looking, with their roles in the panel: what they may see depends on both. */
type NeedsViewer = Actor & { roles: readonly PanelRole[] };

const holder = (viewer: NeedsViewer) => ({ isSiteAdmin: viewer.isSiteAdmin ?? false, roles: viewer.roles });


/** The counts without names: people who prepare papers, rooms and payments for the panel. */
function canSeeNeedsSummary(viewer: NeedsViewer): boolean {
  return can(holder(viewer), "seesNeedsSummary");
}

/** Named needs of people who agreed to share: those who arrange meetings and papers. */
function canSeeSharedNeeds(viewer: NeedsViewer): boolean {
  return can(holder(viewer), "seesSharedNeeds");
}

type SharedNeeds = { personId: string; name: string; preferredName: string; needs: CommunicationNeedsValues };

type PanelNeedsView = {
  summary: string[];
  /** People in the panel who have not told us their needs yet. */
  notRecorded: number;
  /** People counted in the summary. */
  recorded: number;
  /** Null when the viewer may see only the summary. */
  people: SharedNeeds[] | null;
  /** People who recorded needs but did not agree to share them (counted, never named). */
  notShared: number;
};

/** Writes one "needs.viewed" audit entry per person whose needs someone other than them saw. */
export async function recordNeedsViewed(viewer: NeedsViewer, personIds: string[], panelId: string | null): Promise<void> {
  const others = personIds.filter((id) => id !== viewer.personId);
  if (others.length === 0) return;
  await db().$transaction(async (tx) => {
    for (const personId of others) {
      await recordAudit(
        { actorId: viewer.personId, action: "needs.viewed", entityType: "Person", entityId: personId, panelId, requestId: viewer.requestId },
        tx,
      );
    }
  });
}

/**
 * The Flag and Share view for one panel: the needs of its active people (any role) summed up, and
 * the named needs of those who agreed to share, for viewers allowed each. Null for anyone else
 * (members never see other members' needs).
 */
export async function viewNeedsOfPanel(panelId: string, viewer: NeedsViewer): Promise<PanelNeedsView | null> {
  if (!canSeeNeedsSummary(viewer)) return null;
  const people = await listActivePeopleInPanel(panelId);
  const records = await db().communicationNeeds.findMany({ where: { personId: { in: people.map((p) => p.id) } }, select: { personId: true, ...needsFields } });
  const byPerson = new Map(records.map((record) => [record.personId, record]));
  const recorded = people.flatMap((p) => {
    const record = byPerson.get(p.id);
    return record ? [{ ...p, needs: asValues(record) }] : [];
  });
  const shared = recorded.filter((p) => p.needs.shareWithStaff);
  const view: PanelNeedsView = {
    summary: summariseNeeds(recorded.map((p) => p.needs)),
    recorded: recorded.length,
    notRecorded: people.length - recorded.length,
    notShared: recorded.length - shared.length,
    people: null,
  };
  if (!canSeeSharedNeeds(viewer)) return view;
  view.people = shared.map((p) => ({ personId: p.id, name: p.name, preferredName: p.preferredName, needs: p.needs }));
  await recordNeedsViewed(
    viewer,
    shared.map((p) => p.id),
    panelId,
  );
  return view;
}

// --- For other features (issue 11): the yearly reminder and removal. ---

/** Needs last checked before the date, of active people (never anonymised ones): reminder candidates. */
export async function listNeedsReviewedBefore(before: Date) {
  return db().communicationNeeds.findMany({
    where: { reviewedAt: { lt: before }, person: { active: true, anonymisedAt: null } },
    select: { personId: true, reviewedAt: true, reminderSentAt: true, updatedAt: true },
  });
}

/**
 * Notes the reminder sent, only if no other run reminded them meanwhile (`reminderSentAt` still as
 * read); updatedAt is kept, as the needs did not change. False when another run got there first.
 */
export async function markNeedsReminderSent(
  client: DbClient,
  needs: { personId: string; reminderSentAt: Date | null; updatedAt: Date },
  now: Date,
): Promise<boolean> {
  const { count } = await client.communicationNeeds.updateMany({
    where: { personId: needs.personId, reminderSentAt: needs.reminderSentAt },
    data: { reminderSentAt: now, updatedAt: needs.updatedAt },
  });
  return count > 0;
}

/** Removal (decision 007): the person's needs are deleted. */
export async function forgetNeeds(client: DbClient, personId: string): Promise<number> {
  return (await client.communicationNeeds.deleteMany({ where: { personId } })).count;
}
