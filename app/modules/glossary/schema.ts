// The glossary's forms: one schema each, used by the browser (Conform) and the server.
import { z } from "zod";

const TERM_MAX_LENGTH = 80;
const EXPLANATION_MAX_LENGTH = 1000;
const SEARCH_MAX_LENGTH = 100;

export const EXPLANATION_HINT = "Use plain words. Say it as you would to a friend.";

export const glossaryTermSchema = z.object({
  term: z
    .string({ error: "Enter the term" })
    // One space between words, so "Personal  Budget" and "Personal Budget" are the same term.
    .transform((value) => value.trim().replace(/\s+/g, " "))
    .pipe(
      // Conform reads a blank string as missing, here too, so this one also says what to do.
      z
        .string({ error: "Enter the term" })
        .min(1, "Enter the term")
        .max(TERM_MAX_LENGTH, `The term must be ${TERM_MAX_LENGTH} characters or fewer`)
        .regex(/[\p{L}\p{N}]/u, "The term must include a letter or a number"),
    ),
  explanation: z
    .string({ error: "Enter what the term means" })
    .trim()
    .min(1, "Enter what the term means")
    .max(EXPLANATION_MAX_LENGTH, "The explanation must be 1,000 characters or fewer"),
});

export type GlossaryTermInput = z.infer<typeof glossaryTermSchema>;

/** The term page has two forms: change the term, or (after confirming) remove it. */
export const glossaryTermPageSchema = z.discriminatedUnion("intent", [
  glossaryTermSchema.extend({ intent: z.literal("save") }),
  z.object({ intent: z.literal("remove") }),
]);

/** The search box: anything typed is fine, cut to a sensible length. */
export function searchQuery(value: string | null): string {
  return (value ?? "").trim().replace(/\s+/g, " ").slice(0, SEARCH_MAX_LENGTH);
}
