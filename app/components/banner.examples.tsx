// Success banner after a change. Accessibility criteria:
// - WCAG 4.1.3 Status messages: role="alert", so the sentence is announced without moving focus.
// - WCAG 1.3.1 Info and relationships: the banner is labelled by its "Success" heading.
// - WCAG 1.4.1 Use of colour: the heading says "Success"; the green border is not the only sign.
import { SuccessBanner } from "./banner.tsx";
import type { ComponentExample } from "./examples.ts";

// One example: the banner's heading has a fixed id (a page shows one banner at a time).
export const examples: ComponentExample[] = [
  { name: "a change is saved", render: () => <SuccessBanner text="Your communication needs are saved." /> },
];
