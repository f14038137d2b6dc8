// A person's own profile and their rights over what is held about them: download it all, and ask
// for it to be removed (a site admin completes removal; money records are kept as the law requires).
import { db } from "../../services.server.ts";
import { agendaItemsProposedBy } from "../agendas/agendas.server.ts";
import { auditRecordsOf, recordAudit } from "../audit/audit.server.ts";
import type { Actor } from "./people.server.ts";
import type { ProfileValues } from "./profile.ts";

const profileFields = { preferredName: true, pronouns: true, phone: true, postalAddress: true, groups: true } as const;

export async function getProfile(personId: string) {
  return db().person.findUnique({
    where: { id: personId },
    select: { id: true, name: true, email: true, removalRequestedAt: true, ...profileFields },
  });
}

export async function saveProfile(personId: string, values: ProfileValues, actor: Actor): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: profileFields });
    const after = { ...values, groups: [...new Set(values.groups)] };
    await tx.person.update({ where: { id: personId }, data: after });
    await recordAudit(
      { actorId: actor.personId, action: "person.profile-updated", entityType: "Person", entityId: personId, before, after, requestId: actor.requestId },
      tx,
    );
  });
}

/** Records the request once; asking again keeps the first date. */
export async function requestRemoval(personId: string, actor: Actor): Promise<Date> {
  return db().$transaction(async (tx) => {
    const requestedAt = new Date();
    const { count } = await tx.person.updateMany({ where: { id: personId, removalRequestedAt: null }, data: { removalRequestedAt: requestedAt } });
    if (count === 0) {
      const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { removalRequestedAt: true } });
      return person.removalRequestedAt ?? requestedAt;
    }
    await recordAudit(
      {
        actorId: actor.personId,
        action: "person.removal-requested",
        entityType: "Person",
        entityId: personId,
        after: { removalRequestedAt: requestedAt },
        requestId: actor.requestId,
      },
      tx,
    );
    return requestedAt;
  });
}

/**
 * Everything held about the person, for them to download. Only their own records: sessions without
 * their token hashes, and of the audit trail only what they did and what was done to their own
 * record, without other people's ids or details.
 */
export async function collectMyData(personId: string) {
  const person = await db().person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      id: true,
      name: true,
      email: true,
      isSiteAdmin: true,
      active: true,
      deactivatedAt: true,
      createdAt: true,
      updatedAt: true,
      removalRequestedAt: true,
      ...profileFields,
      communicationNeeds: {
        select: {
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
          reviewedAt: true,
          updatedAt: true,
        },
      },
      memberships: { select: { role: true, createdAt: true, panel: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
      sessions: { select: { createdAt: true, lastSeenAt: true, expiresAt: true, sharedDevice: true, userAgent: true }, orderBy: { createdAt: "asc" } },
      preferences: { select: { textSize: true, highContrast: true, moreSpacing: true, reducedMotion: true, updatedAt: true } },
      meetingReplies: {
        select: {
          mode: true,
          meetingSupport: true,
          physicalAccess: true,
          dietaryNeeds: true,
          otherNeeds: true,
          travelNeeded: true,
          updatedAt: true,
          meeting: { select: { title: true, startsAt: true } },
        },
      },
      attendance: { select: { mode: true, recordedAt: true, meeting: { select: { title: true, startsAt: true } } } },
      // Supporters named by the person, and the people they support: names only, never the other's record.
      supporters: { select: { relationship: true, scopes: true, consentedAt: true, withdrawnAt: true, supporter: { select: { name: true } } } },
      supporting: { select: { relationship: true, scopes: true, consentedAt: true, withdrawnAt: true, member: { select: { name: true } } } },
      priorityVotes: { select: { weight: true, createdAt: true, meeting: { select: { title: true } }, item: { select: { title: true } } } },
      notifications: { select: { kind: true, channel: true, address: true, subject: true, status: true, createdAt: true, sentAt: true } },
    },
  });
  const proposedItems = await agendaItemsProposedBy(personId);
  const { theirActions: yourActions, aboutThem: aboutYou } = await auditRecordsOf(personId);
  const { communicationNeeds, memberships, sessions, preferences, meetingReplies, attendance, supporters, supporting, priorityVotes, notifications, ...profile } = person;
  return {
    about: "Everything Panel holds about you, as of the time of download.",
    downloadedAt: new Date(),
    profile,
    communicationNeeds,
    memberships: memberships.map((m) => ({ panel: m.panel.name, panelId: m.panel.id, role: m.role, since: m.createdAt })),
    sessions,
    displayPreferences: preferences,
    meetingReplies: meetingReplies.map(({ meeting, ...reply }) => ({ meeting: meeting.title, meetingStartsAt: meeting.startsAt, ...reply })),
    attendance: attendance.map(({ meeting, ...a }) => ({ meeting: meeting.title, meetingStartsAt: meeting.startsAt, ...a })),
    yourSupporters: supporters.map(({ supporter, ...consent }) => ({ supporter: supporter.name, ...consent })),
    peopleYouSupport: supporting.map(({ member, ...consent }) => ({ member: member.name, ...consent })),
    agendaItemsYouProposed: proposedItems.map(({ panel, ...item }) => ({ panel: panel.name, ...item })),
    yourPriorities: priorityVotes.map((v) => ({ meeting: v.meeting.title, item: v.item.title, points: v.weight, at: v.createdAt })),
    messagesToYou: notifications,
    signIns: yourActions.filter((e) => e.action === "person.signed-in").map((e) => ({ at: e.at, how: e.after })),
    // Another person's id is theirs, not yours: only your own record is named.
    yourActions: yourActions.map((e) => ({ at: e.at, action: e.action, about: e.entityType, ...(e.entityId === personId ? { aboutYou: true } : {}) })),
    doneToYourRecordByOthers: aboutYou,
  };
}
