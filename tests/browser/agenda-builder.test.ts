// Building an agenda in a real browser with the demo data: the chair builds the upcoming meeting's
// agenda with the keyboard alone (Tab, Enter and Space), focus stays on a moved item, the
// 90-minute warning goes when a break is added. An officer reads the past meeting's agenda, its
// large print and downloads. A member is told the agenda is not published yet. Moving also works
// without JavaScript (issue 4, "Chair and lead officer build the agenda"; "Agenda page").
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, signInAs, useBrowser, waitForHydration } from "../support/browser.ts";
import { followFromHome, openMeetingFromPanel } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();
const teaBreak = "00000000-0000-4000-8000-000000000813";
const NO_BREAK = "This meeting is longer than 90 minutes and has no break. Add at least one break.";

type Focused = { id: string; tag: string; text: string };

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? "", tag: el?.tagName ?? "", text: el?.textContent?.replace(/\s+/g, " ").trim() ?? "" };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, isTarget: (element: Focused) => boolean, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (isTarget(await focused(page))) return;
  }
  throw new Error("Could not reach the element by pressing Tab");
}

const button = (name: string) => (el: Focused) => el.tag === "BUTTON" && el.text === name;

describe("building an agenda in a browser", () => {
  it("the chair builds the upcoming meeting's agenda with the keyboard alone", async () => {
    const { page } = await newPage(browser());
    await signInAs(page, server.url, "Alex Morgan");
    await followFromHome(page, "View meeting");
    await page.getByRole("link", { name: "Build the agenda" }).click();
    await page.getByRole("heading", { level: 1, name: "Build the agenda" }).waitFor();
    await waitForHydration(page);
    await page.getByText(NO_BREAK).waitFor();
    // The day services item feeds a Cabinet decision before any other meeting: it is flagged while left out.
    await page.getByText(/Left out: 'Day service redesign consultation' feeds the council decision on/).waitFor();
    await expectAccessible(page, "agenda-builder-empty");

    // Add the two items members ranked highest, with Enter and with Space.
    await tabTo(page, button("Add to agenda Direct Payments paperwork is too hard to fill in"));
    await page.keyboard.press("Enter");
    await page.getByText("'Direct Payments paperwork is too hard to fill in' is on the agenda as number 1.").waitFor();
    await tabTo(page, button("Add to agenda Easy read letters from the council"));
    await page.keyboard.press(" ");
    await page.getByText("'Easy read letters from the council' is on the agenda as number 2.").waitFor();
    expect((await focused(page)).id).toMatch(/^entry-/);
    await expectAccessible(page, "agenda-builder-two-items");

    // Move the second item up: focus stays on its Move up button and the move is announced.
    await tabTo(page, button("Move up Easy read letters from the council"));
    const moveUpId = (await focused(page)).id;
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Moved 'Easy read letters from the council' up to number 1" }).waitFor();
    expect(await focused(page)).toMatchObject({ id: moveUpId, text: "Move up Easy read letters from the council" });
    const titles = await page.locator("#agenda-so-far + ol .govuk-summary-card__title").allTextContents();
    expect(titles).toEqual(["1. Easy read letters from the council", "2. Direct Payments paperwork is too hard to fill in"]);
    await expectAccessible(page, "agenda-builder-moved");

    // Pressing Move up again on the first item changes nothing, calmly, and keeps focus.
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "'Easy read letters from the council' is already first on the agenda, so it was not moved" }).waitFor();
    expect((await focused(page)).id).toBe(moveUpId);

    // Add a break (the form starts with "Break", 15 minutes): the 90-minute warning goes.
    await tabTo(page, button("Add a break"));
    await page.keyboard.press("Enter");
    await page.getByText("'Break' is on the agenda at the end.").waitFor();
    expect(await page.getByText(NO_BREAK).count()).toBe(0);
    await expectAccessible(page, "agenda-builder-break");

    // A mistake in a timing form: the error summary links to the field and what was typed is kept.
    await tabTo(page, (el) => el.tag === "SUMMARY" && el.text.startsWith("Change the time or presenter for Easy read letters"));
    await page.keyboard.press("Enter");
    await tabTo(page, (el) => el.tag === "INPUT");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("999");
    await tabTo(page, button("Save the time for Easy read letters from the council"));
    await page.keyboard.press("Enter");
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.getByRole("link", { name: "Enter the time in minutes, between 5 and 180" }).waitFor();
    expect(await page.getByLabel("Minutes for Easy read letters from the council").inputValue()).toBe("999");
    await expectAccessible(page, "agenda-builder-timing-error");

    // The agenda page: the chair sees the draft, with a note that members cannot see it yet.
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Agenda", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Agenda" }).waitFor();
    await page.getByText("This is the draft agenda. It has not been published, so members cannot see it yet.").waitFor();
    await page.getByRole("heading", { name: "1. Easy read letters from the council" }).waitFor();
    await page.getByText("11:05am: Break, 15 minutes").waitFor();
    await expectAccessible(page, "agenda-page-draft");
  }, 120_000);

  it("an officer reads the past meeting's agenda with its late paper, opens a glossary term, prints it large and downloads it", async () => {
    const { page } = await newPage(browser());
    await signInAs(page, server.url, "Chris Jones");
    await openMeetingFromPanel(page, "Panel meeting: direct payments review");
    await page.getByRole("link", { name: "Agenda", exact: true }).click();
    await page.getByRole("heading", { name: "3. The new support plan form" }).waitFor();
    await page.getByText(/^Late paper: arrived \d{1,2} \w{3}, after the deadline of \d{1,2} \w{3}$/).waitFor();
    await page.getByText("2:50pm: Tea break, 15 minutes").waitFor();
    await expectAccessible(page, "agenda-page-past");

    // Glossary terms in the items' text open in place, with the keyboard.
    await page.locator("summary.app-glossary-term__summary").first().focus();
    await page.keyboard.press("Enter");
    await page.locator("details.app-glossary-term[open]").first().waitFor();
    await expectAccessible(page, "agenda-page-glossary-open");

    await page.getByRole("link", { name: "Large print version" }).click();
    await page.getByRole("heading", { level: 1, name: "Agenda: Panel meeting: direct payments review" }).waitFor();
    expect(await page.locator(".app-large-print").evaluate((el) => getComputedStyle(el).fontSize)).toBe("24px");
    await expectAccessible(page, "agenda-print-18");
    await page.getByRole("link", { name: "28 point" }).click();
    await page.locator(".app-large-print--28").waitFor();
    expect(await page.locator(".app-large-print").evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo((28 * 4) / 3, 1);
    await expectAccessible(page, "agenda-print-28");
    // When printed, the site's header and menus are left out.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".govuk-header").isVisible()).toBe(false);
    expect(await page.locator(".app-large-print").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    // The downloads: a self-contained HTML document (which itself passes axe) and plain text.
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Agenda", exact: true }).click();
    const [htmlDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the agenda (HTML)" }).click()]);
    expect(htmlDownload.suggestedFilename()).toMatch(/^agenda-panel-meeting-direct-payments-review-\d{4}-\d{2}-\d{2}\.html$/);
    const html = await readFile((await htmlDownload.path())!, "utf8");
    expect(html).toContain("The new support plan form");
    const [textDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as plain text" }).click()]);
    expect(textDownload.suggestedFilename()).toMatch(/^agenda-panel-meeting-direct-payments-review-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = await readFile((await textDownload.path())!, "utf8");
    expect(text).toMatch(/2pm: 1\. Welcome[\s\S]*2:50pm: Tea break, 15 minutes[\s\S]*3\. The new support plan form[\s\S]*Late paper: arrived/);

    const { page: viewer } = await newPage(browser());
    await viewer.setContent(html);
    await viewer.getByRole("heading", { level: 1, name: "Agenda: Panel meeting: direct payments review" }).waitFor();
    await expectAccessible(viewer, "agenda-download-html");
  }, 120_000);

  it("a member is told the agenda is not published yet and cannot reach the builder", async () => {
    const { page } = await newPage(browser());
    await signInAs(page, server.url, "Priya Shah");
    await followFromHome(page, "View meeting");
    expect(await page.getByRole("link", { name: "Build the agenda" }).count()).toBe(0);
    const meetingUrl = page.url();
    await page.getByRole("link", { name: "Agenda", exact: true }).click();
    await page.getByText("The agenda has not been published yet. You will be told when it is.").waitFor();
    await expectAccessible(page, "agenda-page-not-published");
    const refused = await page.goto(`${meetingUrl}/agenda/build`);
    expect(refused?.status()).toBe(403);
    await page.getByRole("heading", { level: 1, name: "You cannot see this page" }).waitFor();
    await expectAccessible(page, "agenda-builder-forbidden");
  });

  it("without JavaScript, moving a line brings focus back to the same button", async () => {
    const { page } = await newPage(browser(), { javaScript: false });
    await signInAs(page, server.url, "Chris Jones");
    await openMeetingFromPanel(page, "Panel meeting: direct payments review");
    await page.getByRole("link", { name: "Build the agenda" }).click();
    await page.getByRole("heading", { level: 1, name: "Build the agenda" }).waitFor();
    await expectAccessible(page, "agenda-builder-no-js");
    await page.getByRole("button", { name: "Move down Tea break" }).click();
    await page.getByRole("status").filter({ hasText: "Moved 'Tea break' down to after 'The new support plan form'" }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#move-down-${teaBreak}`);
    // The browser focuses the URL's fragment once the page has loaded, a moment after the text shows.
    await expect.poll(async () => (await focused(page)).id, { timeout: 5_000 }).toBe(`move-down-${teaBreak}`);
    await expectAccessible(page, "agenda-builder-no-js-moved");
  });
});
