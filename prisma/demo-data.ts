// Demo data for the embedded start: a council, a user led organisation (ULO), one panel modelled
// on the Hampshire Personalisation Expert Panel (SCIL report, Appendix C) with a spoke group,
// and a person in each role. Fixed ids make loading it again harmless (idempotent).
import type { PrismaClient } from "../app/generated/prisma/client.ts";
import { loadAgendaBuilderDemo } from "./demo-agenda-builder.ts";
import { loadAgendasDemo } from "./demo-agendas.ts";
import { loadGlossaryDemo } from "./demo-glossary.ts";
import { loadJoiningDemo } from "./demo-joining.ts";
import { loadMeetingsDemo } from "./demo-meetings.ts";
import { loadMinutesDemo } from "./demo-minutes.ts";
import { loadNeedsDemo } from "./demo-needs.ts";
import { loadNotificationsDemo } from "./demo-notifications.ts";
import { loadSupportersDemo } from "./demo-supporters.ts";

export const demoIds = {
  council: "00000000-0000-4000-8000-000000000001",
  ulo: "00000000-0000-4000-8000-000000000002",
  panel: "00000000-0000-4000-8000-000000000010",
  spoke: "00000000-0000-4000-8000-000000000011",
  chair: "00000000-0000-4000-8000-000000000100",
  member: "00000000-0000-4000-8000-000000000101",
  spokeMember: "00000000-0000-4000-8000-000000000102",
  officer: "00000000-0000-4000-8000-000000000103",
  finance: "00000000-0000-4000-8000-000000000104",
  admin: "00000000-0000-4000-8000-000000000105",
} as const;

export const demoPeople = [
  { id: demoIds.chair, name: "Alex Morgan", email: "alex.morgan@example.org", roles: { panel: ["MEMBER", "CHAIR"] }, isSiteAdmin: false },
  { id: demoIds.member, name: "Priya Shah", email: "priya.shah@example.org", roles: { panel: ["MEMBER"] }, isSiteAdmin: false },
  { id: demoIds.spokeMember, name: "Sam Taylor", email: "sam.taylor@example.org", roles: { spoke: ["MEMBER"] }, isSiteAdmin: false },
  { id: demoIds.officer, name: "Chris Jones", email: "chris.jones@example.org", roles: { panel: ["OFFICER"] }, isSiteAdmin: false },
  { id: demoIds.finance, name: "Dana Okafor", email: "dana.okafor@example.org", roles: { panel: ["FINANCE"] }, isSiteAdmin: false },
  { id: demoIds.admin, name: "Morgan Lee", email: "morgan.lee@example.org", roles: { panel: ["ADMIN"], spoke: ["ADMIN"] }, isSiteAdmin: true },
] as const;

const termsOfReference = [
  "To make sure people who use services and their organisations are at the front of putting the council's personalisation commitments into practice.",
  "To make sure what people have learned from running their own care, Direct Payments and other Independent Living schemes shapes adult social care, so nobody reinvents the wheel.",
  "To make sure changes to adult social care meet the needs and hopes of everyone who may use services, whatever their age, impairment, race, gender or sexuality.",
  "To make sure people who are often left out, and people who do not have a voice, have their views heard.",
  "To make sure disabled people's priorities come first when the panel sets its agenda.",
  "To make sure changes fit with other government plans for Independent Living.",
  "To make sure self-directed support meets all of people's needs: health, housing, work, leisure and other council services.",
].join("\n");

/** Loads the demo data. Returns false when it was already there. */
export async function loadDemoData(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.panel.findUnique({ where: { id: demoIds.panel }, select: { id: true } })) return false;
  await prisma.$transaction(async (tx) => {
    await tx.organisation.create({ data: { id: demoIds.council, name: "Wessex County Council", kind: "COUNCIL" } });
    await tx.organisation.create({
      data: { id: demoIds.ulo, name: "Wessex Centre for Independent Living", kind: "ULO" },
    });
    await tx.panel.create({
      data: {
        id: demoIds.panel,
        name: "Personalisation Expert Panel",
        purpose:
          "Experts by experience (disabled people, carers and people who use services) meet as equals with senior council managers and commissioners to guide how adult social care changes. The panel is chaired by a member, and its money is managed by a user led organisation.",
        termsOfReference,
        councilId: demoIds.council,
        financeOrganisationId: demoIds.ulo,
      },
    });
    await tx.panel.create({
      data: {
        id: demoIds.spoke,
        name: "Carers' spoke group",
        purpose: "Carers meet locally and bring their views to the Personalisation Expert Panel.",
        councilId: demoIds.council,
        financeOrganisationId: demoIds.ulo,
        hubId: demoIds.panel,
      },
    });
    for (const person of demoPeople) {
      await tx.person.create({ data: { id: person.id, name: person.name, email: person.email, isSiteAdmin: person.isSiteAdmin } });
      for (const [panelKey, roles] of Object.entries(person.roles)) {
        const panelId = panelKey === "panel" ? demoIds.panel : demoIds.spoke;
        for (const role of roles) await tx.membership.create({ data: { personId: person.id, panelId, role } });
      }
    }
    await loadGlossaryDemo(tx, demoIds.panel);
    await loadNeedsDemo(tx);
    const now = new Date();
    await loadMeetingsDemo(tx, now);
    await loadAgendasDemo(tx, now);
    await loadJoiningDemo(tx, now);
    await loadAgendaBuilderDemo(tx, now);
    await loadNotificationsDemo(tx, now);
    await loadSupportersDemo(tx, now);
    await loadMinutesDemo(tx, now);
    await tx.auditEvent.create({
      data: { actorId: null, action: "demo.loaded", entityType: "Panel", entityId: demoIds.panel, panelId: demoIds.panel },
    });
  });
  return true;
}
