// One person's needs in words, for tables and summaries. Browser-safe.
import { contactMethodLabels, meetingSupportLabels, paperFormatLabels, physicalAccessLabels } from "./codes.ts";
import type { MeetingSupportCode, PhysicalAccessCode } from "./codes.ts";
import type { CommunicationNeedsValues } from "./schema.ts";

export function describePaperFormat(needs: Pick<CommunicationNeedsValues, "paperFormat" | "largePrintPointSize" | "brailleGrade" | "language">): string {
  const label = paperFormatLabels[needs.paperFormat];
  if (needs.paperFormat === "LARGE_PRINT") return needs.largePrintPointSize ? `${label} at ${needs.largePrintPointSize}pt` : label;
  if (needs.paperFormat === "BRAILLE") return needs.brailleGrade ? `${label} grade ${needs.brailleGrade}` : label;
  if (needs.paperFormat === "OTHER_LANGUAGE") return needs.language ? `${label}: ${needs.language}` : label;
  return label;
}

export function describeContact(needs: Pick<CommunicationNeedsValues, "contactMethod" | "supporterContact">): string {
  const label = contactMethodLabels[needs.contactMethod];
  return needs.contactMethod === "VIA_SUPPORTER" && needs.supporterContact ? `${label}: ${needs.supporterContact}` : label;
}

export function describeSupport(needs: Pick<CommunicationNeedsValues, "meetingSupport" | "physicalAccess">): string[] {
  return [
    ...needs.meetingSupport.map((code) => meetingSupportLabels[code as MeetingSupportCode] ?? code),
    ...needs.physicalAccess.map((code) => physicalAccessLabels[code as PhysicalAccessCode] ?? code),
  ];
}
