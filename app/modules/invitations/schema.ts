// Invitation links to join a panel (issue 4, "Identify: joining a panel"): the forms' schemas and
// the words pages show, shared by the browser (Conform) and the server. Browser-safe: no server
// imports.
import { z } from "zod";
import { PANEL_ROLES } from "../panels/schema.ts";

export const EXPIRY_DAYS = ["7", "14", "30"] as const;
export const DEFAULT_EXPIRY_DAYS = "14";
const MAX_USES_LIMIT = 100;

export const LINK_DOES_NOT_WORK = "This invitation link does not work any more. Ask the person who sent it for a new one.";

export const invitationStatusLabels = {
  ACTIVE: "Can be used",
  EXPIRED: "Expired",
  REVOKED: "Revoked",
  USED_UP: "Used",
} as const;
export type InvitationStatus = keyof typeof invitationStatusLabels;

/** A token as we make them: 32 random bytes in base64url, so 43 characters. Anything else is unknown. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value ?? "");

export const newInvitationSchema = z.object({
  name: optionalText(200, "The name must be 200 characters or fewer"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "The email address must be 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.com" }))
    .optional(),
  role: z.enum(PANEL_ROLES, { error: "Choose the role the person will have" }),
  expiresInDays: z.enum(EXPIRY_DAYS, { error: "Choose how long the link works for" }),
  maxUses: z.coerce
    .number({ error: "Enter how many people can use the link, as a number" })
    .int("Enter a whole number of people")
    .min(1, "The link must work for at least 1 person")
    .max(MAX_USES_LIMIT, `The link can work for up to ${MAX_USES_LIMIT} people`),
});

export type NewInvitation = z.output<typeof newInvitationSchema>;

const revokeInvitationSchema = z.object({
  invitationId: z.uuid({ error: "Choose an invitation to revoke" }),
});

/** The invitations page has two kinds of form, told apart by their hidden `intent` field. */
export const invitationsPageSchema = z.discriminatedUnion("intent", [
  newInvitationSchema.extend({ intent: z.literal("create") }),
  revokeInvitationSchema.extend({ intent: z.literal("revoke") }),
]);

/** Someone who is not signed in gives their name and email, and gets the usual sign-in email. */
export const joinDetailsSchema = z.object({
  name: z
    .string({ error: "Enter your full name" })
    .trim()
    .min(1, "Enter your full name")
    .max(200, "Your name must be 200 characters or fewer"),
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .toLowerCase()
    .max(254, "Your email address must be 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.com" })),
  device: z.enum(["own", "shared"], { error: "Select whether this is your own device or a shared one" }),
});

export const joinPageSchema = z.discriminatedUnion("intent", [
  joinDetailsSchema.extend({ intent: z.literal("sign-in") }),
  z.object({ intent: z.literal("join") }),
]);
