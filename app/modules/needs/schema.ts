// The communication needs form, shared by the browser (Conform) and the server. Follow-up fields
// (point size, Braille grade, language, supporter) are always on the page, so the form works
// without JavaScript; each is checked only when its option is chosen, and cleared otherwise.
import { z } from "zod";
import { CONTACT_METHODS, MEETING_SUPPORT, PAPER_FORMATS, PHYSICAL_ACCESS } from "./codes.ts";

export const MIN_POINT_SIZE = 14;
export const MAX_POINT_SIZE = 48;

export const messages = {
  paperFormat: "Choose how you want your papers",
  pointSize: `Enter a point size between ${MIN_POINT_SIZE} and ${MAX_POINT_SIZE}`,
  brailleGrade: "Choose Braille grade 1 or grade 2",
  language: "Enter the language you want your papers in",
  contactMethod: "Choose how you want us to contact you",
  supporterContact: "Enter your supporter's name and how to contact them",
  shareWithStaff: "Choose yes if officers and finance staff can see your needs, or no if they cannot",
} as const;

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).optional();

const needsFields = z.object({
  paperFormat: z.enum(PAPER_FORMATS, { error: messages.paperFormat }),
  // Kept as text here and checked below, so a wrong size for a format not chosen is never an error.
  largePrintPointSize: z.string().trim().max(10, messages.pointSize).optional(),
  brailleGrade: z.enum(["1", "2"], { error: messages.brailleGrade }).optional(),
  language: optionalText(100, "The language must be 100 characters or fewer"),
  contactMethod: z.enum(CONTACT_METHODS, { error: messages.contactMethod }),
  supporterContact: optionalText(300, "Your supporter's details must be 300 characters or fewer"),
  meetingSupport: z.array(z.enum(MEETING_SUPPORT, { error: "Choose from the list" })).default([]),
  physicalAccess: z.array(z.enum(PHYSICAL_ACCESS, { error: "Choose from the list" })).default([]),
  dietaryNeeds: optionalText(1000, "Dietary needs must be 1,000 characters or fewer"),
  inOwnWords: optionalText(2000, "What you tell us in your own words must be 2,000 characters or fewer"),
  shareWithStaff: z.enum(["yes", "no"], { error: messages.shareWithStaff }),
});

function pointSize(text: string | undefined): number | null {
  if (!text || !/^\d+$/.test(text)) return null;
  const size = Number(text);
  return size >= MIN_POINT_SIZE && size <= MAX_POINT_SIZE ? size : null;
}

/** The form, with each follow-up required only when its option is chosen. */
export const communicationNeedsSchema = needsFields.superRefine((form, ctx) => {
  if (form.paperFormat === "LARGE_PRINT" && pointSize(form.largePrintPointSize) === null) {
    ctx.addIssue({ code: "custom", path: ["largePrintPointSize"], message: messages.pointSize });
  }
  if (form.paperFormat === "BRAILLE" && !form.brailleGrade) {
    ctx.addIssue({ code: "custom", path: ["brailleGrade"], message: messages.brailleGrade });
  }
  if (form.paperFormat === "OTHER_LANGUAGE" && !form.language) {
    ctx.addIssue({ code: "custom", path: ["language"], message: messages.language });
  }
  if (form.contactMethod === "VIA_SUPPORTER" && !form.supporterContact) {
    ctx.addIssue({ code: "custom", path: ["supporterContact"], message: messages.supporterContact });
  }
});

type CommunicationNeedsForm = z.output<typeof communicationNeedsSchema>;

/** The form as stored: follow-ups only for the option chosen, the others cleared. */
export function toNeedsValues(form: CommunicationNeedsForm) {
  return {
    paperFormat: form.paperFormat,
    largePrintPointSize: form.paperFormat === "LARGE_PRINT" ? pointSize(form.largePrintPointSize) : null,
    brailleGrade: form.paperFormat === "BRAILLE" ? Number(form.brailleGrade) : null,
    language: form.paperFormat === "OTHER_LANGUAGE" ? (form.language ?? "") : "",
    contactMethod: form.contactMethod,
    supporterContact: form.contactMethod === "VIA_SUPPORTER" ? (form.supporterContact ?? "") : "",
    meetingSupport: [...new Set(form.meetingSupport)],
    physicalAccess: [...new Set(form.physicalAccess)],
    dietaryNeeds: form.dietaryNeeds ?? "",
    inOwnWords: form.inOwnWords ?? "",
    shareWithStaff: form.shareWithStaff === "yes",
  };
}

export type CommunicationNeedsValues = ReturnType<typeof toNeedsValues>;

/** The saved values as the form's default values (Conform works with strings). */
export function needsFormDefaults(needs: CommunicationNeedsValues) {
  return {
    paperFormat: needs.paperFormat,
    largePrintPointSize: needs.largePrintPointSize?.toString() ?? "",
    brailleGrade: needs.brailleGrade?.toString() ?? "",
    language: needs.language,
    contactMethod: needs.contactMethod,
    supporterContact: needs.supporterContact,
    meetingSupport: needs.meetingSupport,
    physicalAccess: needs.physicalAccess,
    dietaryNeeds: needs.dietaryNeeds,
    inOwnWords: needs.inOwnWords,
    shareWithStaff: needs.shareWithStaff ? "yes" : "no",
  };
}
