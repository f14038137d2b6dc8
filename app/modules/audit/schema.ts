// The audit log's filter form (a GET form: the filters live in the address, so results can be
// shared and paged). Shared by the browser (Conform) and the loader.
import { z } from "zod";
import { checkDateInput, dateInputFields } from "../../dates.ts";

// From and To are GOV.UK date inputs (from-day, from-month, from-year; to-…).
export const auditFilterSchema = z
  .object({
    actorId: z.uuid({ error: "Choose a person from the list" }).optional(),
    action: z.string().trim().max(100, "What happened must be 100 characters or fewer").optional(),
    entityType: z
      .string()
      .regex(/^[A-Za-z]{1,50}$/, "Choose a record type from the list")
      .optional(),
    entityId: z.string().trim().max(100, "The record id must be 100 characters or fewer").optional(),
    ...dateInputFields("from"),
    ...dateInputFields("to"),
  })
  .transform(({ actorId, action, entityType, entityId, ...raw }, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const from = checkDateInput(raw, "from", "The start date", problem);
    const to = checkDateInput(raw, "to", "The end date", problem);
    const day = (read: typeof from) => (read.kind === "date" ? read.date : undefined);
    if (day(from) && day(to) && day(to)! < day(from)!) problem("to-day", "The end date must be on or after the start date");
    return { actorId, action, entityType, entityId, from: day(from), to: day(to) };
  });

export type AuditFilterForm = z.infer<typeof auditFilterSchema>;

export const AUDIT_PAGE_SIZE = 50;

/** A page number from the address; anything odd is the first page. */
export function auditPageFromSearch(searchParams: URLSearchParams): number {
  const parsed = z.coerce.number().int().min(1).max(100_000).safeParse(searchParams.get("page") ?? undefined);
  return parsed.success ? parsed.data : 1;
}
