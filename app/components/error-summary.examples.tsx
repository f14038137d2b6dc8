// Error summary. Accessibility criteria:
// - WCAG 3.3.1 Error identification: each error is described in words, linked to its field.
// - WCAG 3.3.3 Error suggestion: each message says how to put it right.
// - WCAG 2.4.3 Focus order: the summary takes focus when it appears; a link moves focus to the field.
// - WCAG 4.1.3 Status messages: the summary's content is in role="alert", so it is announced.
// - WCAG 1.3.1 Info and relationships: a heading names the summary; the errors are a list.
import { ErrorSummary } from "./error-summary.tsx";
import type { ComponentExample } from "./examples.ts";

export const examples: ComponentExample[] = [
  {
    name: "one error",
    render: () => <ErrorSummary errors={[{ fieldId: "add-person-email", message: "Enter an email address" }]} />,
  },
  {
    name: "two errors from two forms on one page",
    render: () => (
      <ErrorSummary
        errors={[
          { fieldId: "edit-minutes-text", message: "Enter the minutes" },
          { fieldId: "approve-atMeetingId", message: "Choose the meeting at which the panel approved the minutes" },
        ]}
      />
    ),
  },
  {
    name: "a different title",
    render: () => <ErrorSummary title="Your reply was not sent" errors={[{ fieldId: "reply-mode", message: "Say whether you will come" }]} />,
  },
];
