// The one shape of a command's "no": every command returns `{ ok: true, … }` or a Refusal, and
// routes turn a Refusal into a response in one place (`respondToRefusal` in forms.server.ts).
// Not found and forbidden become thrown 404/403 pages; invalid and conflict go back to the form
// with the message next to the field, keeping what was typed. Client-safe.

export type FieldErrors = Record<string, string[]>;

export type Refusal<Current = never> =
  | { ok: false; reason: "not-found"; message?: string }
  | { ok: false; reason: "forbidden"; message: string }
  /** Someone else changed it first: `current` is what is stored now, for the person to choose. */
  | { ok: false; reason: "conflict"; message: string; current?: Current }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors; formErrors: string[] };

export type Outcome<Done extends object = object, Current = never> = ({ ok: true } & Done) | Refusal<Current>;

export const refuse = {
  notFound: (message?: string): Refusal => ({ ok: false, reason: "not-found", message }),
  forbidden: (message: string): Refusal => ({ ok: false, reason: "forbidden", message }),
  conflict: <Current>(message: string, current?: Current): Refusal<Current> => ({ ok: false, reason: "conflict", message, current }),
  invalid: (fieldErrors: FieldErrors, formErrors: string[] = []): Refusal => ({ ok: false, reason: "invalid", fieldErrors, formErrors }),
  /** One field's message, shown next to it. */
  field: (field: string, message: string): Refusal => ({ ok: false, reason: "invalid", fieldErrors: { [field]: [message] }, formErrors: [] }),
  /** A message about the whole form, shown at its top. */
  form: (message: string): Refusal => ({ ok: false, reason: "invalid", fieldErrors: {}, formErrors: [message] }),
};

export function isRefusal<T extends { ok: boolean }>(outcome: T): outcome is Extract<T, { ok: false }> {
  return !outcome.ok;
}
