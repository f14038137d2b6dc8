// The terms of reference form: one schema, used by the browser (Conform) and the server.
import { z } from "zod";

const TERMS_OF_REFERENCE_MAX_LENGTH = 5000;

/** One entry per line, without blank lines or stray spaces (as the admin page stores them). */
function tidyTermsOfReference(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}

/** The lines of stored terms of reference, without any bullet characters typed at their start. */
export function termsOfReferenceLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/^\s*[-*•]\s*/, "").trim())
    .filter(Boolean);
}

export const termsOfReferenceSchema = z.object({
  termsOfReference: z
    .string({ error: "Enter the terms of reference" })
    .transform(tidyTermsOfReference)
    .pipe(
      // Conform reads a blank string as missing, here too, so this one also says what to do.
      z
        .string({ error: "Enter the terms of reference" })
        .min(1, "Enter the terms of reference")
        .max(TERMS_OF_REFERENCE_MAX_LENGTH, "The terms of reference must be 5,000 characters or fewer"),
    ),
});
