// Panel admin forms: one schema each, used by the browser (Conform) and the server.
import { z } from "zod";

export const PANEL_ROLES = ["MEMBER", "CHAIR", "OFFICER", "FINANCE", "ADMIN"] as const;

export type PanelRoleName = (typeof PANEL_ROLES)[number];

export const roleHints: Record<PanelRoleName, string> = {
  MEMBER: "An expert by experience who takes part in the panel's meetings",
  CHAIR: "Runs the meetings and agrees the agenda; usually a member too",
  OFFICER: "Council staff who bring questions to the panel and report back on what changed",
  FINANCE: "Staff at the user led organisation who pay fees and expenses",
  ADMIN: "Can change this panel's details and who is on it",
};

export const DEFAULT_TIME_ZONE = "Europe/London";

/** The IANA name as the runtime spells it ("europe/london" → "Europe/London"), or null if it is not one. */
function canonicalTimeZone(value: string): string | null {
  // Intl also accepts offsets such as "+01:00"; a panel needs a named zone, which follows summer time.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const optionalId = (message: string) => z.uuid({ error: message }).optional();

/** One entry per line, without blank lines or stray spaces. */
function tidyLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}

export const panelDetailsSchema = z.object({
  name: z
    .string({ error: "Enter the panel's name" })
    .trim()
    .min(1, "Enter the panel's name")
    .max(200, "The panel's name must be 200 characters or fewer"),
  purpose: z.string().trim().max(2000, "What the panel is for must be 2,000 characters or fewer").default(""),
  termsOfReference: z.string().max(10000, "The terms of reference must be 10,000 characters or fewer").default("").transform(tidyLines),
  timeZone: z
    .string({ error: "Enter the panel's time zone, for example Europe/London" })
    .trim()
    .transform((value, ctx) => {
      const zone = canonicalTimeZone(value);
      if (zone) return zone;
      ctx.addIssue({ code: "custom", message: "Enter a real time zone, like Europe/London" });
      return z.NEVER;
    }),
  councilId: optionalId("Select a council from the list"),
  financeOrganisationId: optionalId("Select a user led organisation from the list"),
  hubId: optionalId("Select a hub panel from the list"),
});

export type PanelDetails = z.infer<typeof panelDetailsSchema>;

export const addMembershipSchema = z.object({
  personId: z.uuid({ error: "Select a person" }),
  role: z.enum(PANEL_ROLES, { error: "Select a role" }),
  // The person's agreement to join and for their details to be kept (issue 4); checked, with
  // their name in the refusal, by addMembership.
  consent: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

const removeMembershipSchema = z.object({
  membershipId: z.uuid({ error: "Choose a role to remove" }),
});

export const PANEL_PAGE_INTENTS = ["save-details", "add-membership", "remove-membership"] as const;

export type PanelPageIntent = (typeof PANEL_PAGE_INTENTS)[number];

/** The three forms on a panel's admin page, told apart by their hidden `intent` field. */
export const panelPageSchema = z.discriminatedUnion("intent", [
  panelDetailsSchema.extend({ intent: z.literal("save-details") }),
  addMembershipSchema.extend({ intent: z.literal("add-membership") }),
  removeMembershipSchema.extend({ intent: z.literal("remove-membership") }),
]);
