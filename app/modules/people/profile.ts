// A person's own profile: the words for the groups they speak from (the SCIL report's groupings)
// and the form's schema. Browser-safe: no server imports.
import { z } from "zod";

export const SPEAKING_GROUPS = ["MENTAL_HEALTH", "LEARNING_DISABILITY", "OLDER_PEOPLE", "CARER", "PHYSICAL_OR_SENSORY", "SUBSTANCE_MISUSE"] as const;
type SpeakingGroupCode = (typeof SPEAKING_GROUPS)[number];

export const speakingGroupLabels: Record<SpeakingGroupCode, string> = {
  MENTAL_HEALTH: "Mental health",
  LEARNING_DISABILITY: "Learning disability",
  OLDER_PEOPLE: "Older people",
  CARER: "Carer",
  PHYSICAL_OR_SENSORY: "Physical or sensory impairment",
  SUBSTANCE_MISUSE: "Substance misuse",
};

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value ?? "");

export const profileSchema = z.object({
  preferredName: optionalText(100, "Your preferred name must be 100 characters or fewer"),
  pronouns: optionalText(50, "Your pronouns must be 50 characters or fewer"),
  phone: optionalText(30, "Your phone number must be 30 characters or fewer").refine((phone) => phone === "" || /^[0-9+()\-\s]{6,}$/.test(phone), {
    message: "Enter a phone number, like 01632 960 001 or 07700 900 982",
  }),
  postalAddress: optionalText(500, "Your address must be 500 characters or fewer"),
  groups: z.array(z.enum(SPEAKING_GROUPS, { error: "Choose from the list" })).default([]),
});

export type ProfileValues = z.output<typeof profileSchema>;
