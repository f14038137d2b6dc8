// Forms for the people admin pages, shared by the browser (Conform) and the server.
import { z } from "zod";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const personDetailsSchema = z.object({
  name: z
    .string({ error: "Enter the person's full name" })
    .trim()
    .min(1, "Enter the person's full name")
    .max(200, "The name must be 200 characters or fewer"),
  email: z
    .string({ error: "Enter the person's email address" })
    .trim()
    .toLowerCase()
    .max(254, "The email address must be 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.com" })),
  isSiteAdmin: checkbox,
});

export type PersonDetails = z.infer<typeof personDetailsSchema>;

/** The person page has three forms, told apart by their `intent`. */
export const personPageSchema = z.discriminatedUnion("intent", [
  personDetailsSchema.extend({ intent: z.literal("update") }),
  z.object({ intent: z.literal("deactivate") }),
  z.object({ intent: z.literal("reactivate") }),
]);

export const peopleSearchSchema = z.object({
  q: z.string().trim().max(100, "Search words must be 100 characters or fewer").optional(),
});

export const PEOPLE_PAGE_SIZE = 50;

/** A page number from the address; anything odd is the first page. */
export function pageFromSearch(searchParams: URLSearchParams): number {
  const parsed = z.coerce.number().int().min(1).max(100_000).safeParse(searchParams.get("page") ?? undefined);
  return parsed.success ? parsed.data : 1;
}

export const EMAIL_TAKEN = "Someone already has this email address";
export const SELF_ADMIN_REMOVAL = "You cannot remove your own admin access";
export const SELF_DEACTIVATION = "You cannot deactivate yourself";
