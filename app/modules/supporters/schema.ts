// The supporter forms: naming a supporter, changing what they may do, stopping them, and a
// supporter's reply for a member. One schema each, used by the browser (Conform) and the server.
// Browser-safe: no server imports.
import { z } from "zod";
import { REPLY_MODES } from "../meetings/schema.ts";
import { RELATIONSHIPS, SCOPES } from "./scopes.ts";

export const messages = {
  name: "Enter your supporter's full name",
  email: "Enter your supporter's email address",
  emailFormat: "Enter an email address in the correct format, like name@example.com",
  relationship: "Choose who this person is to you",
  scopes: "Choose at least one thing this person can do for you",
  agree: "Tick the box to agree that this person can do these things for you",
  adminAgree: "Tick the box to confirm that the member has agreed",
  yourself: "You cannot name yourself as your own supporter. Enter your supporter's email address",
  notAMember: "Only members and chairs of a panel can name supporters",
  tooMany: "You have named a lot of supporters today. Try again tomorrow, or ask a panel admin for help",
} as const;

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const scopes = z
  .array(z.enum(SCOPES, { error: "Choose from the list" }), { error: messages.scopes })
  .default([])
  .refine((chosen) => chosen.length > 0, messages.scopes);

const supporterFields = z.object({
  name: z.string({ error: messages.name }).trim().min(1, messages.name).max(200, "The name must be 200 characters or fewer"),
  email: z
    .string({ error: messages.email })
    .trim()
    .toLowerCase()
    .min(1, messages.email)
    .max(254, "The email address must be 254 characters or fewer")
    .pipe(z.email({ error: messages.emailFormat })),
  relationship: z.enum(RELATIONSHIPS, { error: messages.relationship }),
  scopes,
});

/** The member names a supporter and agrees, in their own words, to what they may do. */
export const nameSupporterSchema = supporterFields.extend({
  agree: checkbox.refine((agreed) => agreed, messages.agree),
});

export type NameSupporterForm = z.output<typeof supporterFields>;

/** An admin records a member's consent for them: the admin confirms the member agreed. */
export const adminSupportersSchema = z.discriminatedUnion("intent", [
  supporterFields.extend({
    intent: z.literal("name"),
    agree: checkbox.refine((agreed) => agreed, messages.adminAgree),
  }),
  z.object({ intent: z.literal("withdraw"), consentId: z.uuid({ error: "Choose a supporter from the list" }) }),
]);

export const changeScopesSchema = z.object({
  scopes: z
    .array(z.enum(SCOPES, { error: "Choose from the list" }), { error: messages.scopes })
    .default([])
    .refine((chosen) => chosen.length > 0, "Choose at least one thing. To stop them doing anything for you, use the button to stop them acting for you"),
});

/**
 * A supporter's reply for a member: only whether they will come and whether to book travel. The
 * member's needs for the meeting are never shown to the supporter; the server keeps them as the
 * member last left them (or as their needs record says).
 */
export const supporterReplySchema = z.object({
  mode: z.enum(REPLY_MODES, { error: "Select whether they will come in person, join online, or send apologies" }),
  travelNeeded: z.enum(["yes", "no"], { error: "Select yes if they need us to book their travel" }).default("no"),
});
