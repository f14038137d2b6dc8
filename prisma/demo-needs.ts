// Demo communication needs (issue 4): the demo panel's people cover every paper format, so a
// newcomer sees the flags summed up. Three more members join the main panel. Upserts with fixed
// ids, so loading again changes nothing.
import type { Prisma } from "../app/generated/prisma/client.ts";

const panelId = "00000000-0000-4000-8000-000000000010";

export const demoNeedsPeopleIds = {
  jordan: "00000000-0000-4000-8000-000000000401",
  ravi: "00000000-0000-4000-8000-000000000402",
  grace: "00000000-0000-4000-8000-000000000403",
} as const;

const extraMembers = [
  { id: demoNeedsPeopleIds.jordan, name: "Jordan Ellis", email: "jordan.ellis@example.org", groups: ["PHYSICAL_OR_SENSORY"] },
  { id: demoNeedsPeopleIds.ravi, name: "Ravi Patel", email: "ravi.patel@example.org", groups: ["PHYSICAL_OR_SENSORY", "OLDER_PEOPLE"] },
  { id: demoNeedsPeopleIds.grace, name: "Grace Obi", email: "grace.obi@example.org", groups: ["MENTAL_HEALTH", "CARER"] },
];

type DemoNeeds = Omit<Prisma.CommunicationNeedsUncheckedCreateInput, "personId">;

const needsByPerson: Record<string, DemoNeeds> = {
  // Priya Shah
  "00000000-0000-4000-8000-000000000101": {
    paperFormat: "LARGE_PRINT",
    largePrintPointSize: 24,
    meetingSupport: ["BSL_INTERPRETER"],
    contactMethod: "TEXT_MESSAGE",
    inOwnWords: "I lip-read a little, but I follow meetings through a BSL interpreter. Please face me when you speak.",
    shareWithStaff: true,
  },
  // Alex Morgan
  "00000000-0000-4000-8000-000000000100": {
    paperFormat: "EASY_READ",
    meetingSupport: ["BREAKS"],
    contactMethod: "EMAIL",
    shareWithStaff: true,
  },
  // Sam Taylor (spoke group)
  "00000000-0000-4000-8000-000000000102": {
    paperFormat: "BRAILLE",
    brailleGrade: 2,
    contactMethod: "PHONE",
    physicalAccess: ["STEP_FREE"],
    shareWithStaff: true,
  },
  // Chris Jones
  "00000000-0000-4000-8000-000000000103": { paperFormat: "STANDARD", contactMethod: "EMAIL", shareWithStaff: true },
  [demoNeedsPeopleIds.jordan]: {
    paperFormat: "AUDIO",
    meetingSupport: ["HEARING_LOOP"],
    physicalAccess: ["STEP_FREE"],
    contactMethod: "PHONE",
    dietaryNeeds: "Vegetarian",
    shareWithStaff: true,
  },
  [demoNeedsPeopleIds.ravi]: {
    paperFormat: "PLAIN_TEXT",
    contactMethod: "EMAIL",
    inOwnWords: "I use a screen reader. Please send plain text, not scanned documents.",
    shareWithStaff: false,
  },
  [demoNeedsPeopleIds.grace]: {
    paperFormat: "OTHER_LANGUAGE",
    language: "Polish",
    meetingSupport: ["QUIET_SPACE"],
    contactMethod: "VIA_SUPPORTER",
    supporterContact: "Anna Obi (daughter), 07700 900 403",
    shareWithStaff: true,
  },
};

/** Adds the needs demo to the demo panel. Expects loadDemoData's people and panel to exist. */
export async function loadNeedsDemo(tx: Prisma.TransactionClient): Promise<void> {
  for (const member of extraMembers) {
    await tx.person.upsert({
      where: { id: member.id },
      create: { id: member.id, name: member.name, email: member.email, groups: member.groups },
      update: {},
    });
    await tx.membership.upsert({
      where: { personId_panelId_role: { personId: member.id, panelId, role: "MEMBER" } },
      create: { personId: member.id, panelId, role: "MEMBER" },
      update: {},
    });
  }
  for (const [personId, needs] of Object.entries(needsByPerson)) {
    const exists = await tx.person.count({ where: { id: personId } });
    if (!exists) continue;
    await tx.communicationNeeds.upsert({
      where: { personId },
      create: { personId, ...needs, updatedById: personId },
      update: {},
    });
  }
}
