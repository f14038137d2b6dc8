// A panel's glossary: terms in plain English, kept with their history (issue 4, "Glossary").
// Every save keeps a copy of the term as saved, so the history shows who wrote each explanation.
import { Prisma } from "../../generated/prisma/client.ts";
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { db } from "../../services.server.ts";
import { refuse, type Outcome, type Refusal } from "../../refusal.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { auditedBy, type Actor } from "../auth/actor.server.ts";
import { can } from "../auth/capabilities.ts";
import { namesOfPeople } from "../people/people.server.ts";
import type { GlossaryEntry } from "./mark-terms.ts";
import type { GlossaryTermInput } from "./schema.ts";

/** Who keeps the glossary: the chair and council officers, and the panel's admins. */

export function canEditGlossary(person: { isSiteAdmin: boolean }, roles: readonly PanelRole[]): boolean {
  return can({ isSiteAdmin: person.isSiteAdmin, roles }, "editsGlossary");
}

function byTerm(a: { term: string }, b: { term: string }): number {
  return a.term.localeCompare(b.term, "en", { sensitivity: "base" });
}

/** The panel's terms A to Z; with a search, only those whose term or explanation contains it. */
export async function listGlossaryTerms(panelId: string, search = "") {
  const terms = await db().glossaryTerm.findMany({
    where: {
      panelId,
      ...(search
        ? {
            OR: [
              { term: { contains: search, mode: "insensitive" } },
              { explanation: { contains: search, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    select: { id: true, term: true, explanation: true },
  });
  return terms.sort(byTerm);
}

/** The terms in the shape GlossaryText needs, to mark them in the panel's text. */
export async function loadGlossaryForText(panelId: string): Promise<GlossaryEntry[]> {
  return db().glossaryTerm.findMany({ where: { panelId }, select: { term: true, explanation: true } });
}

/** One term of this panel (never another panel's), with every saved version, newest first. */
export async function getGlossaryTerm(panelId: string, termId: string) {
  const term = await db().glossaryTerm.findFirst({
    where: { id: termId, panelId },
    select: {
      id: true,
      term: true,
      explanation: true,
      versions: { select: { id: true, term: true, explanation: true, editedById: true, createdAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!term) return null;
  const editorIds = [...new Set(term.versions.flatMap((v) => (v.editedById ? [v.editedById] : [])))];
  const names = await namesOfPeople(editorIds);
  return {
    ...term,
    versions: term.versions.map(({ editedById, ...version }) => ({
      ...version,
      editedBy: editedById ? (names.get(editedById) ?? null) : null,
    })),
  };
}

/** The same term spelt with other capitals is the same term. */
async function findSameTerm(panelId: string, term: string, exceptId?: string) {
  return db().glossaryTerm.findFirst({
    where: { panelId, term: { equals: term, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { term: true },
  });
}

function alreadyThere(term: string): Refusal {
  return refuse.field("term", `${term} is already in the glossary`);
}

/** Two people adding the same term at once: the database's unique index refuses the second. */
function isDuplicate(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function addGlossaryTerm(
  panelId: string,
  input: GlossaryTermInput,
  actor: Actor,
): Promise<Outcome<{ termId: string }>> {
  const existing = await findSameTerm(panelId, input.term);
  if (existing) return alreadyThere(existing.term);
  try {
    const termId = await db().$transaction(async (tx) => {
      const created = await tx.glossaryTerm.create({ data: { panelId, term: input.term, explanation: input.explanation }, select: { id: true } });
      await tx.glossaryTermVersion.create({ data: { termId: created.id, ...input, editedById: actor.personId } });
      await recordAudit(
        { ...auditedBy(actor), action: "glossary.term-added", entityType: "GlossaryTerm", entityId: created.id, panelId, after: input },
        tx,
      );
      return created.id;
    });
    return { ok: true, termId };
  } catch (error) {
    if (isDuplicate(error)) return alreadyThere(input.term);
    throw error;
  }
}

/** Saving without a change keeps no new version and writes no audit entry. */
export async function changeGlossaryTerm(
  panelId: string,
  termId: string,
  input: GlossaryTermInput,
  actor: Actor,
): Promise<Outcome<{ changed: boolean }>> {
  const current = await db().glossaryTerm.findFirst({ where: { id: termId, panelId }, select: { term: true, explanation: true } });
  if (!current) return refuse.notFound();
  if (current.term === input.term && current.explanation === input.explanation) return { ok: true, changed: false };
  const existing = await findSameTerm(panelId, input.term, termId);
  if (existing) return alreadyThere(existing.term);
  try {
    await db().$transaction(async (tx) => {
      await tx.glossaryTerm.update({ where: { id: termId }, data: input });
      await tx.glossaryTermVersion.create({ data: { termId, ...input, editedById: actor.personId } });
      await recordAudit(
        {
          ...auditedBy(actor),
          action: "glossary.term-changed",
          entityType: "GlossaryTerm",
          entityId: termId,
          panelId,
          before: current,
          after: input,
        },
        tx,
      );
    });
    return { ok: true, changed: true };
  } catch (error) {
    if (isDuplicate(error)) return alreadyThere(input.term);
    throw error;
  }
}

/** Removes a term and its history; the audit entry keeps what it said. */
export async function removeGlossaryTerm(panelId: string, termId: string, actor: Actor): Promise<Outcome> {
  const current = await db().glossaryTerm.findFirst({ where: { id: termId, panelId }, select: { term: true, explanation: true } });
  if (!current) return refuse.notFound();
  await db().$transaction(async (tx) => {
    await tx.glossaryTerm.delete({ where: { id: termId } });
    await recordAudit(
      { ...auditedBy(actor), action: "glossary.term-removed", entityType: "GlossaryTerm", entityId: termId, panelId, before: current },
      tx,
    );
  });
  return { ok: true };
}

// ---- For other features (issue 11): the live meeting's glossary ----

/** The panel's glossary in alphabetical order. */
export async function glossaryInOrder(panelId: string): Promise<GlossaryEntry[]> {
  return db().glossaryTerm.findMany({ where: { panelId }, select: { term: true, explanation: true }, orderBy: { term: "asc" } });
}

/** The panel's explanation of a word (any capitals), or null when the glossary lacks it. */
export async function explanationOf(panelId: string, word: string): Promise<string | null> {
  const term = await db().glossaryTerm.findFirst({ where: { panelId, term: { equals: word, mode: "insensitive" } }, select: { explanation: true } });
  return term?.explanation ?? null;
}
