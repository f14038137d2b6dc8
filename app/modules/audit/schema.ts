// The audit log's filter form (a GET form: the filters live in the address, so results can be
// shared and paged). Shared by the browser (Conform) and the loader.
import { z } from "zod";

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function dateField(name: "start" | "end") {
  const message = `The ${name} date must be a real date, like 2026-11-23`;
  return z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine(isRealDate, message)
    .optional();
}

export const auditFilterSchema = z
  .object({
    actorId: z.uuid({ error: "Choose a person from the list" }).optional(),
    action: z.string().trim().max(100, "What happened must be 100 characters or fewer").optional(),
    entityType: z
      .string()
      .regex(/^[A-Za-z]{1,50}$/, "Choose a record type from the list")
      .optional(),
    entityId: z.string().trim().max(100, "The record id must be 100 characters or fewer").optional(),
    from: dateField("start"),
    to: dateField("end"),
  })
  .refine((filter) => !filter.from || !filter.to || filter.to >= filter.from, {
    path: ["to"],
    message: "The end date must be on or after the start date",
  });

export type AuditFilterForm = z.infer<typeof auditFilterSchema>;

export const AUDIT_PAGE_SIZE = 50;

/** A page number from the address; anything odd is the first page. */
export function auditPageFromSearch(searchParams: URLSearchParams): number {
  const parsed = z.coerce.number().int().min(1).max(100_000).safeParse(searchParams.get("page") ?? undefined);
  return parsed.success ? parsed.data : 1;
}
