// A spoke group sends one of its proposed agenda items on to its hub panel, with the spoke's view
// attached (issue 4, "Panel page: … A spoke can forward an agenda item to its hub with the spoke's
// view attached"). The hub gets its own proposed copy that says where it came from; the spoke's
// item is marked as sent. Both panels' audit trails record it.
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { db } from "../../services.server.ts";
import { formatLongDate } from "../../dates.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { can } from "../auth/capabilities.ts";
import { rolesInPanel } from "../auth/permissions.server.ts";
import { loadGlossaryForText } from "../glossary/glossary.server.ts";
import { readPanelHub } from "../panels/panels.server.ts";
import type { AgendaActor } from "./agendas.server.ts";

/** The spoke's chair, its panel admins and site admins speak for the spoke. */
export function canForwardItems(person: { isSiteAdmin: boolean }, roles: readonly PanelRole[]): boolean {
  return can({ isSiteAdmin: person.isSiteAdmin, roles }, "chairs");
}

/** The panel's hub, or null when the panel is not a spoke group. */
export async function getHub(panelId: string) {
  return readPanelHub(panelId);
}

/**
 * What the item page shows about forwarding: where a hub's item came from (with the spoke's view),
 * where a spoke's item went (linked only for people in the hub), and whether this person may send it.
 */
export async function getForwarding(panelId: string, itemId: string, viewer: { id: string; isSiteAdmin: boolean }, roles: readonly PanelRole[]) {
  const item = await db().agendaItem.findFirst({
    where: { id: itemId, panelId },
    select: {
      status: true,
      spokeView: true,
      forwardedFromPanel: { select: { id: true, name: true } },
      forwardedTo: { select: { id: true, createdAt: true, panel: { select: { id: true, name: true, timeZone: true } } } },
      panel: { select: { hub: { select: { id: true, name: true } } } },
    },
  });
  if (!item) return null;
  const sentTo = item.forwardedTo;
  const seesHub = sentTo ? viewer.isSiteAdmin || (await rolesInPanel(viewer.id, sentTo.panel.id)).length > 0 : false;
  const hub = item.panel.hub;
  return {
    sentBy: item.forwardedFromPanel
      ? { spokeName: item.forwardedFromPanel.name, view: item.spokeView, glossary: await loadGlossaryForText(panelId) }
      : null,
    sentTo: sentTo
      ? {
          hubName: sentTo.panel.name,
          on: formatLongDate(sentTo.createdAt, sentTo.panel.timeZone),
          link: seesHub ? `/panels/${sentTo.panel.id}/agenda-items/${sentTo.id}` : null,
        }
      : null,
    canSendTo: hub && !sentTo && item.status === "PROPOSED" && canForwardItems(viewer, roles) ? hub.name : null,
  };
}

export type Forwarding = NonNullable<Awaited<ReturnType<typeof getForwarding>>>;

export type ForwardRefusal = "no-hub" | "not-proposed" | "already-sent";
export type ForwardResult = { ok: true; hubItemId: string } | { ok: false; reason: ForwardRefusal };

// Checked by duck type: the Prisma error class in the Remix bundle is not the server's copy.
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Sends the item to the panel's hub in one transaction: the hub's copy (proposed there by the person
 * sending it, as a member's idea, with the spoke's view), the spoke's item marked as sent, and both
 * audit entries. Only a proposed item, and only once: of two sends at once, one wins.
 */
export async function forwardItemToHub(panelId: string, itemId: string, spokeView: string, actor: AgendaActor): Promise<ForwardResult> {
  const item = await db().agendaItem.findFirst({
    where: { id: itemId, panelId },
    select: {
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
      forwardedTo: { select: { id: true } },
      panel: { select: { hubId: true } },
    },
  });
  if (!item) throw new Error("forwardItemToHub: the item is not this panel's");
  const hubId = item.panel.hubId;
  if (!hubId) return { ok: false, reason: "no-hub" };
  if (item.forwardedTo) return { ok: false, reason: "already-sent" };
  if (item.status !== "PROPOSED") return { ok: false, reason: "not-proposed" };
  const { status: _status, forwardedTo: _forwardedTo, panel: _panel, ...copied } = item;
  try {
    return await db().$transaction(async (tx) => {
      const { count } = await tx.agendaItem.updateMany({ where: { id: itemId, panelId, status: "PROPOSED" }, data: { status: "FORWARDED" } });
      if (count !== 1) return { ok: false, reason: "not-proposed" } as const;
      const hubItem = await tx.agendaItem.create({
        data: {
          ...copied,
          panelId: hubId,
          status: "PROPOSED",
          proposedById: actor.actorId,
          proposedAs: "MEMBER",
          forwardedFromItemId: itemId,
          forwardedFromPanelId: panelId,
          spokeView,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actorId: actor.actorId,
          action: "agenda-item.forwarded",
          entityType: "AgendaItem",
          entityId: itemId,
          panelId,
          before: { status: "PROPOSED" },
          after: { status: "FORWARDED", hubId, hubItemId: hubItem.id, spokeView },
          requestId: actor.requestId,
        },
        tx,
      );
      await recordAudit(
        {
          actorId: actor.actorId,
          action: "agenda-item.received-from-spoke",
          entityType: "AgendaItem",
          entityId: hubItem.id,
          panelId: hubId,
          after: { forwardedFromPanelId: panelId, forwardedFromItemId: itemId, spokeView },
          requestId: actor.requestId,
        },
        tx,
      );
      return { ok: true, hubItemId: hubItem.id } as const;
    });
  } catch (error) {
    // forwardedFromItemId is unique: a second send at once finds the first already there.
    if (isUniqueViolation(error)) return { ok: false, reason: "already-sent" };
    throw error;
  }
}

/** For a panel's lists: which of its items came from a spoke group, and from which. */
export async function spokeNamesOfItems(panelId: string): Promise<Map<string, string>> {
  const items = await db().agendaItem.findMany({
    where: { panelId, forwardedFromPanelId: { not: null } },
    select: { id: true, forwardedFromPanel: { select: { name: true } } },
  });
  return new Map(items.flatMap((item) => (item.forwardedFromPanel ? [[item.id, item.forwardedFromPanel.name] as const] : [])));
}
