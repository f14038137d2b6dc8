// Browser steps shared by the live meeting tests: signing in as a demo person, building the demo
// upcoming meeting's agenda (it has none until the chair builds it), and opening the live page
// once its connection is up, each from the home page by the links a person sees (issue 10).
import type { Browser, Page } from "playwright-core";
import { newPage, signInAs, waitForHydration } from "./browser.ts";
import { demoUpcomingMeeting, followFromHome } from "./journeys.ts";

export const demoItems = ["Direct Payments paperwork is too hard to fill in", "Easy read letters from the council", "Day service redesign consultation"];

/** A new browser context signed in as a demo person. */
export async function personPage(browser: Browser, baseUrl: string, name: string, options: { javaScript?: boolean } = {}) {
  const opened = await newPage(browser, options);
  await signInAs(opened.page, baseUrl, name);
  return opened;
}

/** The chair, from the home page, puts the demo items on the upcoming meeting's agenda, in order, through the builder. */
export async function buildDemoAgenda(page: Page): Promise<void> {
  await followFromHome(page, "Prepare the agenda");
  for (const title of demoItems) {
    await page.getByRole("button", { name: `Add to agenda ${title}` }).click();
    await page.getByText(`'${title}' is on the agenda`).waitFor();
  }
}

/** From the home page, the upcoming meeting's page, then its live page by the link a person sees. */
export async function goToLivePage(page: Page): Promise<void> {
  await followFromHome(page, "View meeting");
  await page.getByRole("link", { name: /^(Run|Follow) the meeting live$/ }).click();
  await page.getByRole("heading", { level: 1, name: demoUpcomingMeeting }).waitFor();
}

/** Opens the live page from the home page and waits until it follows the meeting over its connection. */
export async function openLive(page: Page): Promise<void> {
  await goToLivePage(page);
  await waitForHydration(page);
  await liveStatus(page, /^Live$/);
}

export async function liveStatus(page: Page, text: RegExp | string): Promise<void> {
  await page.locator("#live-connection").filter({ hasText: text }).waitFor();
}

/** The text the polite live region carries now. */
export async function announced(page: Page): Promise<string> {
  return (await page.locator("#live-announcements").textContent()) ?? "";
}

type Focused = { id: string; tag: string; text: string; label: string };

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labels = (el as HTMLInputElement | null)?.labels;
    return {
      id: el?.id ?? "",
      tag: el?.tagName ?? "",
      text: el?.textContent?.replace(/\s+/g, " ").trim() ?? "",
      label: labels?.[0]?.textContent?.replace(/\s+/g, " ").trim() ?? "",
    };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
export async function tabTo(page: Page, isTarget: (element: Focused) => boolean, limit = 300): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const element = await focused(page);
    if (isTarget(element)) return element;
  }
  throw new Error("Could not reach the element by pressing Tab");
}

export const button = (name: string | RegExp) => (el: Focused) => el.tag === "BUTTON" && (typeof name === "string" ? el.text === name : name.test(el.text));
export const field = (label: string) => (el: Focused) => el.label === label;
