// The publish form, used by the browser (Conform) and the server. Browser-safe: no server imports.
import { z } from "zod";

const REASON_MAX_LENGTH = 1000;
export const REASON_REQUIRED = "Enter the reason for the changes";

export const publishAgendaSchema = z
  .object({
    // The version the page showed (0 when not published yet), so the server can tell when someone
    // else published meanwhile.
    seenVersion: z
      .string({ error: "Reload the page and try again" })
      .regex(/^\d{1,6}$/, "Reload the page and try again")
      .transform(Number),
    reason: z.string().trim().max(REASON_MAX_LENGTH, `The reason must be ${REASON_MAX_LENGTH.toLocaleString("en-GB")} characters or fewer`).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.seenVersion > 0 && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: REASON_REQUIRED });
  });
