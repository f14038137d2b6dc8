// The one way an action reads a form and answers a refusal (docs/architecture.md, "Forms").
//   - parseIntent: pages with several forms post an `intent`; an unknown one always gets the
//     same 400 with the same message, shown in the page's error summary.
//   - respondToRefusal: a command's Refusal becomes a 404/403 page (thrown) or a 400 reply to
//     the form that was sent, with the message next to its field.
// Multi-form pages reply `{ form, result }` (FormReply) so the page knows which form to show the
// errors on; single-form pages reply the submission result itself.
import type { Submission, SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import { forbidden, notFound } from "./modules/auth/permissions.server.ts";
import type { Refusal } from "./refusal.ts";

export const UNKNOWN_FORM = "This form is not one we know about. Reload the page and try again.";

/** The errors of one of a page's forms, and (after a conflict) what is stored now. */
export type FormReply<Form extends string = string, Current = never> = {
  form: Form | "page";
  result: SubmissionResult<string[]>;
  current?: Current;
};

export function replyToForm<Form extends string, Current = never>(
  form: Form | "page",
  result: SubmissionResult<string[]>,
  current?: Current,
): Response {
  return Response.json({ form, result, current } satisfies FormReply<Form, Current>, { status: 400 });
}

type Parsed<Intent extends string, Schema extends z.ZodType> =
  | { known: true; intent: Intent; submission: Submission<z.input<Schema>, string[], z.output<Schema>> }
  | { known: false; response: Response };

/** Reads `intent` and parses the form with the page's schema (usually a union over the intents). */
export function parseIntent<const Intent extends string, Schema extends z.ZodType>(
  formData: FormData,
  intents: readonly Intent[],
  schema: Schema,
): Parsed<Intent, Schema> {
  const intent = intents.find((known) => known === formData.get("intent"));
  const submission = parseWithZod(formData, { schema });
  if (!intent) return { known: false, response: replyToForm("page", submission.reply({ formErrors: [UNKNOWN_FORM] })) };
  return { known: true, intent, submission };
}

/**
 * Not found and forbidden are thrown (the error page, with the reason); invalid and conflict are
 * answered with a 400 to the form: to `form` when the page has several, else the result alone.
 */
export function respondToRefusal<Current>(
  refusal: Refusal<Current>,
  submission: Pick<Submission<unknown>, "reply">,
  form?: string,
): Response {
  if (refusal.reason === "not-found") throw notFound(refusal.message);
  if (refusal.reason === "forbidden") throw forbidden(refusal.message);
  const result =
    refusal.reason === "invalid"
      ? submission.reply({ fieldErrors: refusal.fieldErrors, ...(refusal.formErrors.length ? { formErrors: refusal.formErrors } : {}) })
      : submission.reply({ formErrors: [refusal.message] });
  if (form) return replyToForm(form, result, refusal.reason === "conflict" ? refusal.current : undefined);
  return Response.json(result, { status: 400 });
}
