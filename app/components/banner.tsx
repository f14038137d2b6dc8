// The banner after a change: the action redirects with a flag in the address (`?saved=1`), so a
// reload does not post again, and the page's loader turns the flag into the sentence shown in a
// GOV.UK success notification banner, announced as it appears (role="alert").
// Accessibility: WCAG 4.1.3 (status messages), 1.3.1 (a heading names the banner).
import { NotificationBanner } from "./page.tsx";

/**
 * The sentence for each flag. A function when the sentence needs more of the address (a count, say);
 * a sentence that needs loaded data (a person's name) is made where the data is, in the loader.
 */
export type BannerMessages = Record<string, string | ((search: URLSearchParams) => string)>;

/** The sentence for the first flag in `messages` that the address sets to 1, or null. Browser-safe. */
export function bannerFrom(search: URLSearchParams, messages: BannerMessages): string | null {
  for (const [flag, message] of Object.entries(messages)) {
    if (search.get(flag) === "1") return typeof message === "function" ? message(search) : message;
  }
  return null;
}

/** A success banner with one sentence as its heading; nothing when there is no sentence. */
export function SuccessBanner({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <NotificationBanner success>
      <p className="govuk-notification-banner__heading">{text}</p>
    </NotificationBanner>
  );
}
