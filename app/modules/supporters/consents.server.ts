// Supporters (issue 4): a member names people who may act for them (a personal assistant, family
// member, advocate, ULO worker) on what the member chooses. The member stays in control: consent
// is recorded with its scope and date, changes are audited before and after, and withdrawing
// stops it on the supporter's very next request (every acting request reads the consent afresh).
import { createElement } from "react";
import { SupporterNamedEmail } from "../../../emails/supporter-named-email.tsx";
import { errorText } from "../../logging.server.ts";
import { db, getServices, type DbClient } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import type { Actor } from "../auth/actor.server.ts";
import { can } from "../auth/capabilities.ts";
import { hitRateLimit } from "../auth/rate-limit.server.ts";
import { findPersonByEmail, findPersonContact, insertPerson, namesOfPeople } from "../people/people.server.ts";
import { listPanelsForPerson } from "../panels/panels.server.ts";
import { messages, type NameSupporterForm } from "./schema.ts";
import { relationshipLabel, scopeLabelsForSupporter, toScopes, type Scope } from "./scopes.ts";

export type FieldErrors = Record<string, string[]>;

// Each naming may send an email to an address the member typed: enough for real use, too few to spam.
const NAMINGS_PER_DAY = 20;
const DAY_MS = 86_400_000;

/** The panels where the person is a member or the chair (the only panels a supporter can act in). */
export async function listMemberPanels(personId: string) {
  const panels = await listPanelsForPerson(personId);
  return panels.filter((panel) => can({ isSiteAdmin: false, roles: panel.roles }, "takesPartAsMember"));
}

export async function canNameSupporters(personId: string): Promise<boolean> {
  return (await listMemberPanels(personId)).length > 0;
}

const consentSelect = {
  id: true,
  memberId: true,
  supporterId: true,
  relationship: true,
  scopes: true,
  consentedAt: true,
  recordedById: true,
  updatedAt: true,
  withdrawnAt: true,
  withdrawnById: true,
  supporter: { select: { name: true } },
} as const;

/** A member's supporters, current ones first, each with who recorded and who stopped it. */
export async function listSupporters(memberId: string) {
  const consents = await db().supporterConsent.findMany({
    where: { memberId },
    select: consentSelect,
    orderBy: [{ consentedAt: "desc" }, { id: "asc" }],
  });
  const names = await namesOfPeople(consents.flatMap((c) => [c.recordedById, ...(c.withdrawnById ? [c.withdrawnById] : [])]));
  const rows = consents.map((consent) => ({
    id: consent.id,
    supporterName: consent.supporter.name,
    relationship: consent.relationship,
    scopes: toScopes(consent.scopes),
    consentedAt: consent.consentedAt,
    changedAt: consent.updatedAt,
    withdrawnAt: consent.withdrawnAt,
    /** The admin who recorded it for the member; null when the member did it themselves. */
    recordedBy: consent.recordedById === memberId ? null : (names.get(consent.recordedById) ?? "Someone who has left"),
    withdrawnBy:
      consent.withdrawnById && consent.withdrawnById !== memberId ? (names.get(consent.withdrawnById) ?? "Someone who has left") : null,
  }));
  return { current: rows.filter((r) => !r.withdrawnAt), past: rows.filter((r) => r.withdrawnAt) };
}

export type SupporterRow = Awaited<ReturnType<typeof listSupporters>>["current"][number];

/** One of the member's own consents; another member's consent id is simply not found. */
export async function getSupporter(memberId: string, consentId: string): Promise<SupporterRow | null> {
  const { current, past } = await listSupporters(memberId);
  return [...current, ...past].find((row) => row.id === consentId) ?? null;
}

function isUniqueClash(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Another request got there first: it created the account for this email, or named this supporter
 * (one active consent per pair: SupporterConsent_active_key). Saving again then finds theirs, so
 * the loser is told "already named" as if it had come second (issue 10). Each clash means someone
 * else's row now exists, so a third try only happens if both kinds of clash happen in turn.
 */
async function saveAgainOnClash<T>(save: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await save();
    } catch (error) {
      if (!isUniqueClash(error) || attempt >= tries) throw error;
    }
  }
}

export type NameSupporterResult = { ok: true; consentId: string; created: boolean } | { ok: false; errors: FieldErrors };

/**
 * Names a supporter for the member. An email that already has an account uses that account (and
 * nothing about it is shown); otherwise a person is created, who signs in with their own account.
 * Naming the same supporter again changes what they may do rather than adding them twice.
 */
export async function nameSupporter(
  memberId: string,
  form: NameSupporterForm,
  /** The member, or an admin recording it for them. */
  actor: Actor,
  options: { baseUrl: string },
): Promise<NameSupporterResult | null> {
  const member = await findPersonContact(memberId);
  if (!member?.active) return null;
  if (!(await canNameSupporters(memberId))) return { ok: false, errors: { email: [messages.notAMember] } };
  if (form.email === member.email) return { ok: false, errors: { email: [messages.yourself] } };
  const hit = await hitRateLimit(`supporters:name:${memberId}`, NAMINGS_PER_DAY, DAY_MS);
  if (!hit.allowed) return { ok: false, errors: { email: [messages.tooMany] } };
  const scopes = toScopes(form.scopes);
  const save = () =>
    db().$transaction(async (tx) => {
      let supporter: { id: string; name: string } | null = await findPersonByEmail(form.email, tx);
      if (!supporter) {
        supporter = await insertPerson({ name: form.name, email: form.email }, tx);
        await recordAudit(
          {
            actorId: actor.personId,
            action: "person.created",
            entityType: "Person",
            entityId: supporter.id,
            after: { name: form.name, email: form.email, namedAsSupporterOf: memberId },
            requestId: actor.requestId,
          },
          tx,
        );
      }
      const existing = await tx.supporterConsent.findFirst({
        where: { memberId, supporterId: supporter.id, withdrawnAt: null },
        select: { id: true, relationship: true, scopes: true },
      });
      if (existing) {
        await tx.supporterConsent.update({ where: { id: existing.id }, data: { relationship: form.relationship, scopes } });
        await recordAudit(
          {
            actorId: actor.personId,
            action: "supporter.changed",
            entityType: "SupporterConsent",
            entityId: existing.id,
            before: { relationship: existing.relationship, scopes: existing.scopes },
            after: { relationship: form.relationship, scopes },
            requestId: actor.requestId,
          },
          tx,
        );
        return { consentId: existing.id, created: false, supporter };
      }
      const consent = await tx.supporterConsent.create({
        data: { memberId, supporterId: supporter.id, relationship: form.relationship, scopes, recordedById: actor.personId },
        select: { id: true, consentedAt: true },
      });
      await recordAudit(
        {
          actorId: actor.personId,
          action: "supporter.named",
          entityType: "SupporterConsent",
          entityId: consent.id,
          after: { memberId, supporterId: supporter.id, relationship: form.relationship, scopes, consentedAt: consent.consentedAt.toISOString() },
          requestId: actor.requestId,
        },
        tx,
      );
      return { consentId: consent.id, created: true, supporter };
    });
  const saved = await saveAgainOnClash(save);
  if (saved.created) {
    await tellSupporter({
      to: form.email,
      supporterName: saved.supporter.name,
      memberName: member.name,
      relationship: form.relationship,
      scopes,
      recordedByAdmin: actor.personId !== memberId,
      baseUrl: options.baseUrl,
    });
  }
  return { ok: true, consentId: saved.consentId, created: saved.created };
}

/** The email is a courtesy: if it cannot be sent now, the consent stands and the member can tell them. */
async function tellSupporter(details: {
  to: string;
  supporterName: string;
  memberName: string;
  relationship: string;
  scopes: Scope[];
  recordedByAdmin: boolean;
  baseUrl: string;
}) {
  try {
    await getServices().mailer.send({
      to: details.to,
      subject: `${details.memberName} has named you as their supporter on Panel`,
      template: createElement(SupporterNamedEmail, {
        supporterName: details.supporterName,
        memberName: details.memberName,
        relationship: relationshipLabel(details.relationship).toLowerCase(),
        allowed: details.scopes.map((scope) => scopeLabelsForSupporter[scope]),
        signInLink: `${details.baseUrl}/sign-in`,
        supportingLink: `${details.baseUrl}/supporting`,
        email: details.to,
      }),
    });
  } catch (error) {
    getServices().logger.warn({ err: errorText(error) }, "could not send the supporter-named email");
  }
}

/** Changes what a current supporter may do. null when it is not this member's current supporter. */
export async function changeSupporterScopes(
  memberId: string,
  consentId: string,
  chosen: readonly string[],
  actor: Actor,
): Promise<{ ok: true } | null> {
  const scopes = toScopes(chosen);
  return db().$transaction(async (tx) => {
    const before = await tx.supporterConsent.findFirst({ where: { id: consentId, memberId, withdrawnAt: null }, select: { scopes: true } });
    if (!before) return null;
    await tx.supporterConsent.update({ where: { id: consentId }, data: { scopes } });
    await recordAudit(
      {
        actorId: actor.personId,
        action: "supporter.changed",
        entityType: "SupporterConsent",
        entityId: consentId,
        before: { scopes: before.scopes },
        after: { scopes },
        requestId: actor.requestId,
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** Stops a supporter acting for the member. Stopping twice records one event. null when not found. */
export async function withdrawSupporter(memberId: string, consentId: string, actor: Actor, now = new Date()): Promise<{ ok: true } | null> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.supporterConsent.updateMany({
      where: { id: consentId, memberId, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnById: actor.personId },
    });
    if (count === 0) return (await tx.supporterConsent.count({ where: { id: consentId, memberId } })) ? { ok: true as const } : null;
    await recordAudit(
      {
        actorId: actor.personId,
        action: "supporter.withdrawn",
        entityType: "SupporterConsent",
        entityId: consentId,
        before: { withdrawnAt: null },
        after: { withdrawnAt: now.toISOString() },
        requestId: actor.requestId,
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** The members this person supports now (active consent, member still active), by name. */
export async function listSupportedMembers(supporterId: string) {
  const consents = await db().supporterConsent.findMany({
    where: { supporterId, withdrawnAt: null, member: { active: true } },
    select: { id: true, relationship: true, scopes: true, consentedAt: true, member: { select: { id: true, name: true } } },
    orderBy: [{ member: { name: "asc" } }, { id: "asc" }],
  });
  return consents.map((c) => ({ consentId: c.id, member: c.member, relationship: c.relationship, scopes: toScopes(c.scopes), since: c.consentedAt }));
}

/** Whether anyone has ever named this person as their supporter (to show them the supporting pages). */
export async function hasBeenNamedSupporter(supporterId: string): Promise<boolean> {
  return (await db().supporterConsent.count({ where: { supporterId } })) > 0;
}

/** Whether the person supports someone now, for the link on the home page. */
export async function isSupportingSomeone(supporterId: string): Promise<boolean> {
  return (await db().supporterConsent.count({ where: { supporterId, withdrawnAt: null, member: { active: true } } })) > 0;
}

/** Removal (decision 007): every consent the person gave or was given is withdrawn. */
export async function forgetConsents(client: DbClient, personId: string, withdrawnById: string, now: Date): Promise<number> {
  const { count } = await client.supporterConsent.updateMany({
    where: { OR: [{ memberId: personId }, { supporterId: personId }], withdrawnAt: null },
    data: { withdrawnAt: now, withdrawnById },
  });
  return count;
}
