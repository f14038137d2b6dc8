// A panel's terms of reference, changed by its chair or an admin and kept with their history
// (issue 4, "Panels and membership").
import type { Prisma } from "../../generated/prisma/client.ts";
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { db } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { can } from "../auth/capabilities.ts";
import { namesOfPeople } from "../people/people.server.ts";

/** Council officers may not change what the panel is for: the chair (a member) and admins may. */

export function canEditTermsOfReference(person: { isSiteAdmin: boolean }, roles: readonly PanelRole[]): boolean {
  return can({ isSiteAdmin: person.isSiteAdmin, roles }, "editsTermsOfReference");
}

/** The panel's name and time zone, for the heading and dates of the panel's own pages. */
export async function getPanelHeading(panelId: string) {
  return db().panel.findUnique({ where: { id: panelId }, select: { id: true, name: true, timeZone: true } });
}

/** The terms of reference now, and every recorded version, newest first. */
export async function getTermsOfReference(panelId: string) {
  const panel = await db().panel.findUnique({
    where: { id: panelId },
    select: {
      id: true,
      name: true,
      timeZone: true,
      termsOfReference: true,
      termsOfReferenceVersions: { select: { id: true, text: true, editedById: true, createdAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!panel) return null;
  const { termsOfReferenceVersions: versions, ...rest } = panel;
  const names = await namesOfPeople(versions.flatMap((v) => (v.editedById ? [v.editedById] : [])));
  return {
    ...rest,
    versions: versions.map(({ editedById, ...version }) => ({ ...version, editedBy: editedById ? (names.get(editedById) ?? null) : null })),
  };
}

/**
 * Saves new terms of reference with a version in the history (see recordTermsOfReferenceVersion).
 * Saving the same text changes nothing.
 */
export async function changeTermsOfReference(
  panelId: string,
  text: string,
  actor: { actorId: string; requestId?: string },
): Promise<{ ok: true; changed: boolean } | { ok: false; reason: "not-found" }> {
  return db().$transaction(async (tx) => {
    const panel = await tx.panel.findUnique({
      where: { id: panelId },
      select: { termsOfReference: true, termsOfReferenceVersions: { select: { text: true }, orderBy: { createdAt: "desc" }, take: 1 } },
    });
    if (!panel) return { ok: false, reason: "not-found" } as const;
    const before = panel.termsOfReference;
    if (before === text) return { ok: true, changed: false } as const;
    await recordTermsOfReferenceVersion(tx, panelId, { before, text, lastRecorded: panel.termsOfReferenceVersions[0]?.text, editedById: actor.actorId });
    await tx.panel.update({ where: { id: panelId }, data: { termsOfReference: text } });
    await recordAudit(
      {
        actorId: actor.actorId,
        action: "panel.terms-of-reference-changed",
        entityType: "Panel",
        entityId: panelId,
        panelId,
        before: { termsOfReference: before },
        after: { termsOfReference: text },
        requestId: actor.requestId,
      },
      tx,
    );
    return { ok: true, changed: true } as const;
  });
}

/**
 * Adds a version to the history for a change of the text, from any page that changes it. When the
 * text being replaced was never recorded (the first change), it is kept first, with no editor.
 */
export async function recordTermsOfReferenceVersion(
  tx: Pick<Prisma.TransactionClient, "termsOfReferenceVersion">,
  panelId: string,
  change: { before: string; text: string; lastRecorded: string | undefined; editedById: string },
): Promise<void> {
  const now = Date.now();
  const nothingToKeep = change.lastRecorded === undefined && change.before === "";
  if (change.lastRecorded !== change.before && !nothingToKeep) {
    // A moment earlier than the new version, so the two always sort in the order they happened.
    await tx.termsOfReferenceVersion.create({ data: { panelId, text: change.before, editedById: null, createdAt: new Date(now - 1) } });
  }
  await tx.termsOfReferenceVersion.create({ data: { panelId, text: change.text, editedById: change.editedById, createdAt: new Date(now) } });
}
