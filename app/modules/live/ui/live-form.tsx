// Every form on the live page posts to the page's action, so it works without JavaScript. Once the
// page's script runs, a submit is sent over the live connection instead (kept until stored when it
// is an edit), after the same checks the server makes, and errors show beside the fields without
// a reload. Until the script is ready, Remix posts the form as usual.
import { Form } from "@remix-run/react";
import { createContext, useContext, useState, type ReactNode } from "react";
import { dueDateProblem, eventFor, fieldErrorsOf, postedFields, VISIBLE_FIELDS, withoutRenderedIds, type LiveIntent, type PostedFields } from "../client/form-events.ts";
import { newId } from "../client/live-ids.ts";
import { clientSchemas, type LiveNote } from "../client/protocol.ts";
import type { LiveMeeting, SendResult } from "../client/use-live-meeting.ts";

/** A form posted without JavaScript and refused: shown again beside its fields, with what was typed. */
export type LiveFormReply = {
  formId: string;
  intent: string;
  message: string;
  fieldErrors: Record<string, string>;
  values: PostedFields;
  /** A correction saved over by someone else meanwhile: their version, to choose between. */
  current?: LiveNote;
};

export type LivePage = {
  live: LiveMeeting;
  timeZone: string;
  urls: { live: string; agenda: string };
  /** Ids the server made for this render's forms, so posting one twice stores it once. */
  formIds: Record<"note" | "edit" | "hand" | "confused" | "message" | "break", string>;
  reply: LiveFormReply | null;
  hydrated: boolean;
};

const LivePageContext = createContext<LivePage | null>(null);
export const LivePageProvider = LivePageContext.Provider;

export function useLivePage(): LivePage {
  const page = useContext(LivePageContext);
  if (!page) throw new Error("useLivePage is used outside the live page");
  return page;
}

export type FormErrors = Record<string, string> & { form?: string };

/** The same checks the server makes, so a mistake is shown at once (and not after a reconnect). */
function checkForm(intent: LiveIntent, fields: PostedFields, meetingId: string): FormErrors | null {
  const { event, payload } = eventFor(intent, withoutRenderedIds(fields), meetingId, newId);
  const parsed = clientSchemas[event].safeParse(payload);
  const dueDate = dueDateProblem(intent, fields);
  if (!parsed.success) {
    const errors: FormErrors = fieldErrorsOf(
      parsed.error.issues.reduce<Record<string, string[]>>((all, issue) => {
        const key = issue.path.map(String).join(".") || "form";
        (all[key] ??= []).push(issue.message);
        return all;
      }, {}),
    );
    return visibleErrors(intent, dueDate ? { ...errors, dueOn: dueDate } : errors);
  }
  if (dueDate) return { dueOn: dueDate };
  if ((intent === "add-note" || intent === "correct-note") && fields.kind === "ACTION" && !fields.ownerId && !fields.ownerName?.trim()) {
    return { ownerName: "Say who will do the action" };
  }
  return null;
}

/** An error on a field the form does not show (a hidden id) is the form's own. */
export function visibleErrors(intent: string, errors: Record<string, string>): FormErrors {
  const visible = VISIBLE_FIELDS[intent as LiveIntent] ?? [];
  const result: FormErrors = {};
  for (const [name, message] of Object.entries(errors)) {
    if (visible.includes(name)) result[name] = message;
    else result.form ??= "This form is out of date. Refresh the page and try again.";
  }
  return result;
}

export function LiveForm({
  intent,
  formId,
  label,
  className,
  onSent,
  onChecked,
  send,
  children,
}: {
  intent: LiveIntent;
  formId: string;
  /** The id of the heading that names the form. */
  label?: string;
  className?: string;
  /** After a send over the live connection: the edit kept until stored, or the server's answer. */
  onSent?: (result: SendResult, form: HTMLFormElement) => void;
  /** Extra fields to add before sending (the base version a correction started from). */
  onChecked?: (fields: PostedFields) => PostedFields;
  /** Instead of sending a new edit (a kept correction sent again under its own id). */
  send?: (fields: PostedFields) => SendResult | null;
  /** `posted`: what a refused no-JavaScript post sent, to put back in the fields. */
  children: (errors: FormErrors, posted: Partial<PostedFields>) => ReactNode;
}) {
  const { live, urls, reply } = useLivePage();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  // A conflict is explained by the choice between both versions, not as an error.
  const posted =
    reply?.formId === formId && !reply.current
      ? { ...reply.fieldErrors, ...(reply.message && !Object.keys(reply.fieldErrors).length ? { form: reply.message } : {}) }
      : {};
  const shown: FormErrors = errors ?? posted;
  return (
    <Form
      method="post"
      action={urls.live}
      id={formId}
      className={className}
      aria-labelledby={label}
      preventScrollReset
      onSubmit={(event) => {
        if (!live.ready) return;
        event.preventDefault();
        const form = event.currentTarget;
        let fields = postedFields(new FormData(form));
        if (onChecked) fields = onChecked(fields);
        const problems = checkForm(intent, fields, live.view.snapshot.state.meetingId);
        setErrors(problems ?? {});
        if (problems) return;
        const result = send ? send(fields) : live.send(intent, fields);
        if (result) onSent?.(result, form);
      }}
    >
      <input type="hidden" name="intent" value={intent} />
      {shown.form ? (
        <p className="govuk-error-message" id={`${formId}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {shown.form}
        </p>
      ) : null}
      {children(shown, reply?.formId === formId && !reply.current ? reply.values : {})}
    </Form>
  );
}

/** What came back from a request sent now (the chair's moves): a refusal's message, or nothing. */
export async function refusalOf(result: SendResult | null): Promise<string | null> {
  if (!result?.answer) return null;
  const answer = await result.answer;
  return answer.ok ? null : answer.message;
}
