// People: the site admin's list, adding and changing people, and deactivating them. A
// deactivated person keeps their records (roles, audit trail) but cannot sign in, and every
// session and live connection they had ends at once.
import type { PanelRole } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { db, type DbClient } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { endAllSessions } from "../auth/session.server.ts";
import { EMAIL_TAKEN, PEOPLE_PAGE_SIZE, SELF_ADMIN_REMOVAL, SELF_DEACTIVATION, type PersonDetails } from "./schema.ts";

/** Who is making a change, for the audit trail. */
export type Actor = { personId: string; requestId?: string };

type PanelRoles = { id: string; name: string; roles: PanelRole[] };

export type DetailsResult =
  | { ok: true; personId: string }
  | { ok: false; fieldErrors: Partial<Record<keyof PersonDetails, string[]>> };

const membershipsByPanel = {
  select: { role: true, panel: { select: { id: true, name: true } } },
  orderBy: [{ panel: { name: "asc" } }, { role: "asc" }],
} satisfies Prisma.Person$membershipsArgs;

function groupByPanel(memberships: { role: PanelRole; panel: { id: string; name: string } }[]): PanelRoles[] {
  const panels = new Map<string, PanelRoles>();
  for (const m of memberships) {
    const entry = panels.get(m.panel.id) ?? { id: m.panel.id, name: m.panel.name, roles: [] };
    entry.roles.push(m.role);
    panels.set(m.panel.id, entry);
  }
  return [...panels.values()];
}

export async function listPeople(search: { q?: string; page: number }) {
  const where: Prisma.PersonWhereInput = search.q
    ? { OR: [{ name: { contains: search.q, mode: "insensitive" } }, { email: { contains: search.q, mode: "insensitive" } }] }
    : {};
  const [total, people] = await Promise.all([
    db().person.count({ where }),
    db().person.findMany({
      where,
      select: { id: true, name: true, email: true, active: true, isSiteAdmin: true, memberships: membershipsByPanel },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (search.page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
    }),
  ]);
  return { total, people: people.map(({ memberships, ...person }) => ({ ...person, panels: groupByPanel(memberships) })) };
}

export async function getPersonForAdmin(personId: string) {
  const person = await db().person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      name: true,
      email: true,
      isSiteAdmin: true,
      active: true,
      deactivatedAt: true,
      createdAt: true,
      memberships: membershipsByPanel,
    },
  });
  if (!person) return null;
  const { memberships, ...details } = person;
  return { ...details, panels: groupByPanel(memberships) };
}

/** Everyone, for choosing a person in a filter. */
export async function listPeopleToChoose(): Promise<{ id: string; name: string }[]> {
  return db().person.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 2000 });
}

/** Names of the given people, for showing who did something. */
export async function namesOfPeople(personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const people = await db().person.findMany({ where: { id: { in: [...new Set(personIds)] } }, select: { id: true, name: true } });
  return new Map(people.map((p) => [p.id, p.name]));
}

// Checked by duck type: the Prisma error class in the Remix bundle is not the server's copy.
function isUniqueEmailClash(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

async function emailTaken(email: string, exceptPersonId?: string): Promise<boolean> {
  const clash = await db().person.findFirst({
    where: { email, ...(exceptPersonId ? { NOT: { id: exceptPersonId } } : {}) },
    select: { id: true },
  });
  return Boolean(clash);
}

export async function createPerson(details: PersonDetails, actor: Actor): Promise<DetailsResult> {
  if (await emailTaken(details.email)) return { ok: false, fieldErrors: { email: [EMAIL_TAKEN] } };
  try {
    const person = await db().$transaction(async (tx) => {
      const created = await tx.person.create({ data: details, select: { id: true, name: true, email: true, isSiteAdmin: true } });
      await recordAudit(
        {
          actorId: actor.personId,
          action: "person.created",
          entityType: "Person",
          entityId: created.id,
          after: { name: created.name, email: created.email, isSiteAdmin: created.isSiteAdmin },
          requestId: actor.requestId,
        },
        tx,
      );
      return created;
    });
    return { ok: true, personId: person.id };
  } catch (error) {
    // Two admins adding the same email at once: the database's unique index decides.
    if (isUniqueEmailClash(error)) return { ok: false, fieldErrors: { email: [EMAIL_TAKEN] } };
    throw error;
  }
}

export async function updatePerson(personId: string, details: PersonDetails, actor: Actor): Promise<DetailsResult | null> {
  const current = await db().person.findUnique({ where: { id: personId }, select: { name: true, email: true, isSiteAdmin: true } });
  if (!current) return null;
  // A site admin who took away their own access could lock everyone out.
  if (personId === actor.personId && current.isSiteAdmin && !details.isSiteAdmin) {
    return { ok: false, fieldErrors: { isSiteAdmin: [SELF_ADMIN_REMOVAL] } };
  }
  if (details.email !== current.email && (await emailTaken(details.email, personId))) {
    return { ok: false, fieldErrors: { email: [EMAIL_TAKEN] } };
  }
  const unchanged = current.name === details.name && current.email === details.email && current.isSiteAdmin === details.isSiteAdmin;
  if (unchanged) return { ok: true, personId };
  try {
    await db().$transaction(async (tx) => {
      await tx.person.update({ where: { id: personId }, data: details });
      await recordAudit(
        { actorId: actor.personId, action: "person.updated", entityType: "Person", entityId: personId, before: current, after: details, requestId: actor.requestId },
        tx,
      );
    });
  } catch (error) {
    if (isUniqueEmailClash(error)) return { ok: false, fieldErrors: { email: [EMAIL_TAKEN] } };
    throw error;
  }
  return { ok: true, personId };
}

export type ActivationResult = { ok: true } | { ok: false; reason: "not-found" } | { ok: false; reason: "self"; message: string };

/** Refuses only what can never be done: deactivating yourself, or someone who is not there. */
export async function checkCanDeactivate(personId: string, actor: Actor): Promise<ActivationResult> {
  if (personId === actor.personId) return { ok: false, reason: "self", message: SELF_DEACTIVATION };
  const exists = await db().person.count({ where: { id: personId } });
  return exists ? { ok: true } : { ok: false, reason: "not-found" };
}

export async function deactivatePerson(personId: string, actor: Actor): Promise<ActivationResult> {
  const allowed = await checkCanDeactivate(personId, actor);
  if (!allowed.ok) return allowed;
  const deactivatedAt = new Date();
  await db().$transaction(async (tx) => {
    // Conditional, so deactivating twice records one event.
    const { count } = await tx.person.updateMany({ where: { id: personId, active: true }, data: { active: false, deactivatedAt } });
    if (count === 0) return;
    await recordAudit(
      {
        actorId: actor.personId,
        action: "person.deactivated",
        entityType: "Person",
        entityId: personId,
        before: { active: true },
        after: { active: false, deactivatedAt },
        requestId: actor.requestId,
      },
      tx,
    );
  });
  // After the commit, so a session cannot be checked against the old "active" in between.
  await endAllSessions(personId);
  return { ok: true };
}

export async function reactivatePerson(personId: string, actor: Actor): Promise<ActivationResult> {
  const exists = await db().person.count({ where: { id: personId } });
  if (!exists) return { ok: false, reason: "not-found" };
  await db().$transaction(async (tx) => {
    const before = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { active: true, deactivatedAt: true } });
    if (before.active) return;
    await tx.person.update({ where: { id: personId }, data: { active: true, deactivatedAt: null } });
    await recordAudit(
      {
        actorId: actor.personId,
        action: "person.reactivated",
        entityType: "Person",
        entityId: personId,
        before,
        after: { active: true, deactivatedAt: null },
        requestId: actor.requestId,
      },
      tx,
    );
  });
  return { ok: true };
}

// --- Readers and writers other features call instead of reading Person themselves (issue 11). ---

/** A person by their (normalised) email, for sign-in and for naming someone by email. */
export async function findPersonByEmail(email: string, client: DbClient = db()): Promise<{ id: string; name: string; active: boolean } | null> {
  return client.person.findUnique({ where: { email }, select: { id: true, name: true, active: true } });
}

/** Whether someone has this email already (active or not). */
export async function emailInUse(email: string): Promise<boolean> {
  return (await db().person.count({ where: { email } })) > 0;
}

/** Whether the person is there and may sign in. */
export async function isPersonActive(personId: string): Promise<boolean> {
  const person = await db().person.findUnique({ where: { id: personId }, select: { active: true } });
  return Boolean(person?.active);
}

/** An active person, by id: who can be given a role or be named. */
export async function findActivePerson(personId: string): Promise<{ id: string; name: string } | null> {
  return db().person.findFirst({ where: { id: personId, active: true }, select: { id: true, name: true } });
}

/** A person's name, email and whether they are active. */
export async function findPersonContact(personId: string): Promise<{ id: string; name: string; email: string; active: boolean } | null> {
  return db().person.findUnique({ where: { id: personId }, select: { id: true, name: true, email: true, active: true } });
}

/**
 * Adds a person with just a name and email, in the caller's transaction (joining by invitation,
 * being named a supporter): the caller records why in the audit trail.
 */
export async function insertPerson(details: { name: string; email: string }, client: DbClient = db()): Promise<{ id: string; name: string }> {
  return client.person.create({ data: details, select: { id: true, name: true } });
}

/** Active people who can be given a role, in name order. */
export async function listActivePeople(): Promise<{ id: string; name: string; email: string }[]> {
  return db().person.findMany({ where: { active: true }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
}

/** Active people with a role in the panel (any role), in name order. */
export async function listActivePeopleInPanel(panelId: string): Promise<{ id: string; name: string; preferredName: string }[]> {
  return db().person.findMany({
    where: { active: true, memberships: { some: { panelId } } },
    select: { id: true, name: true, preferredName: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** Contact details of the given people who are active (never anonymised ones), in name order. */
export async function listContactDetails(personIds: string[]) {
  if (personIds.length === 0) return [];
  return db().person.findMany({
    where: { id: { in: personIds }, active: true, anonymisedAt: null },
    select: { id: true, name: true, preferredName: true, email: true, phone: true, postalAddress: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** The demo sign-in page's list: active people with their roles and whom they support. */
export async function listPeopleForDemo() {
  return db().person.findMany({
    where: { active: true },
    select: {
      id: true,
      name: true,
      email: true,
      isSiteAdmin: true,
      memberships: { select: { role: true, panel: { select: { name: true } } }, orderBy: { role: "asc" } },
      supporting: { where: { withdrawnAt: null }, select: { member: { select: { name: true } } } },
    },
    orderBy: { name: "asc" },
    take: 100,
  });
}

// ---- For other features (issue 11) ----

/** The names a person may be shown by: their name, the name they prefer, and whether they were removed. */
export async function preferredNamesOfPeople(personIds: readonly string[]): Promise<{ id: string; name: string; preferredName: string; anonymisedAt: Date | null }[]> {
  if (personIds.length === 0) return [];
  return db().person.findMany({ where: { id: { in: [...new Set(personIds)] } }, select: { id: true, name: true, preferredName: true, anonymisedAt: true } });
}

/**
 * The active people (never a removed one) holding one of these roles in the panel. One query,
 * the roles checked inside it (a panel can have hundreds of members).
 */
export async function activePeopleOfPanel(panelId: string, roles: readonly PanelRole[]): Promise<{ id: string; name: string; preferredName: string }[]> {
  return db().person.findMany({
    where: { active: true, anonymisedAt: null, memberships: { some: { panelId, role: { in: [...roles] } } } },
    select: { id: true, name: true, preferredName: true },
  });
}
