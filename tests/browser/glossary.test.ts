// The glossary and terms of reference in a real browser, as the demo chair and the demo officer.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, signInAs, useBrowser, waitForHydration } from "../support/browser.ts";
import { openPanelFromHome } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();
const explanation = "The help the council gives adults who need support to live their lives, such as help at home.";

/** Presses Tab, as a keyboard user would, until a glossary term starting with `words` has the focus. */
async function tabToGlossaryTerm(page: Page, words: string, most = 60): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent ?? "" }));
    if (focused.tag === "SUMMARY" && focused.text.toLowerCase().startsWith(words.toLowerCase())) return;
  }
  throw new Error(`Tab did not reach "${words}" in ${most} presses`);
}

describe("the glossary in a browser", () => {
  it("the chair adds a term, finds it, opens its explanation in the terms of reference by keyboard, and changes them", async () => {
    const { context, page } = await newPage(browser());
    await signInAs(page, server.url, "Alex Morgan");
    await openPanelFromHome(page);
    await page.getByRole("link", { name: "Glossary: what words mean" }).click();
    await page.getByRole("heading", { level: 1, name: "Glossary" }).waitFor();
    await expectAccessible(page, "glossary");

    await page.getByRole("button", { name: "Add a term" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a term to the glossary" }).waitFor();
    await waitForHydration(page);
    expect(await page.getByText("Use plain words. Say it as you would to a friend.").count()).toBe(1);
    await expectAccessible(page, "glossary-new");

    await page.getByLabel("Term").fill("Adult social care");
    await page.getByRole("button", { name: "Add term" }).click();
    await page.getByRole("alert").getByRole("link", { name: "Enter what the term means" }).waitFor();
    expect(await page.getByLabel("Term").inputValue()).toBe("Adult social care");
    await expectAccessible(page, "glossary-new-errors");

    await page.getByLabel("What it means").fill(explanation);
    await page.getByRole("button", { name: "Add term" }).click();
    await page.getByText("Adult social care has been added to the glossary.").waitFor();
    expect(await page.locator("dt", { hasText: "Adult social care" }).count()).toBe(1);
    await expectAccessible(page, "glossary-term-added");

    await page.getByLabel("Search the glossary").fill("ADULTS WHO NEED");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByText("1 term matches “ADULTS WHO NEED”.").waitFor();
    await expectAccessible(page, "glossary-search");

    await openPanelFromHome(page);
    await page.getByRole("link", { name: "Terms of reference and their history" }).click();
    await page.getByRole("heading", { level: 1, name: "Terms of reference" }).waitFor();
    await waitForHydration(page);
    const term = page.locator("details.app-glossary-term", { has: page.locator("summary", { hasText: /^adult social care/i }) });
    expect(await term.count()).toBe(1);
    expect(await term.getByText(explanation).isVisible()).toBe(false);
    await expectAccessible(page, "terms-of-reference-chair");

    await tabToGlossaryTerm(page, "adult social care");
    await page.keyboard.press("Enter");
    expect(await term.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await term.getByText(explanation).isVisible()).toBe(true);
    await expectAccessible(page, "terms-of-reference-term-open");
    await page.keyboard.press("Enter");
    expect(await term.getByText(explanation).isVisible()).toBe(false);

    const field = page.getByLabel("Terms of reference", { exact: true });
    const before = await field.inputValue();
    await field.fill("");
    await page.getByRole("button", { name: "Save terms of reference" }).click();
    await page.getByRole("alert").getByRole("link", { name: "Enter the terms of reference" }).waitFor();
    await expectAccessible(page, "terms-of-reference-errors");

    await field.fill(`${before}\nTo meet carers' groups once a year.`);
    await page.getByRole("button", { name: "Save terms of reference" }).click();
    await page.getByText("The terms of reference are saved.").waitFor();
    await page.getByRole("heading", { level: 3, name: /^Current version, saved .* by Alex Morgan$/ }).waitFor();
    await page.getByRole("heading", { level: 3, name: /^Earlier text/ }).waitFor();
    expect(await page.getByRole("listitem").filter({ hasText: "To meet carers' groups once a year." }).count()).toBe(2);
    await expectAccessible(page, "terms-of-reference-saved");
    await context.close();
  });

  it("the officer keeps the glossary but reads the terms of reference without a form to change them", async () => {
    const { context, page } = await newPage(browser());
    await signInAs(page, server.url, "Chris Jones");
    await openPanelFromHome(page);
    await page.getByRole("link", { name: "Terms of reference and their history" }).click();
    await page.getByRole("heading", { level: 1, name: "Terms of reference" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "History" }).waitFor();
    expect(await page.getByRole("button", { name: "Save terms of reference" }).count()).toBe(0);
    expect(await page.locator("textarea").count()).toBe(0);
    await expectAccessible(page, "terms-of-reference-officer");

    await openPanelFromHome(page);
    await page.getByRole("link", { name: "Glossary: what words mean" }).click();
    await page.getByRole("heading", { level: 1, name: "Glossary" }).waitFor();
    expect(await page.getByRole("button", { name: "Add a term" }).count()).toBe(1);
    await page.getByRole("link", { name: "Change Adult social care" }).click();
    await page.getByRole("heading", { level: 1, name: "Change Adult social care" }).waitFor();
    await page.getByRole("cell", { name: "Alex Morgan" }).waitFor();
    await expectAccessible(page, "glossary-term-change");

    await page.getByRole("button", { name: "Remove Adult social care" }).click();
    await page.getByRole("heading", { level: 1, name: "Remove Adult social care from the glossary?" }).waitFor();
    await expectAccessible(page, "glossary-term-remove");
    await page.getByRole("link", { name: "No, go back" }).click();
    await page.getByRole("heading", { level: 1, name: "Change Adult social care" }).waitFor();
    await context.close();
  });

  it("without JavaScript, a member opens a term's explanation and sees no way to change the glossary", async () => {
    const { context, page } = await newPage(browser(), { javaScript: false });
    await signInAs(page, server.url, "Priya Shah");
    await openPanelFromHome(page);
    await page.getByRole("link", { name: "Terms of reference and their history" }).click();
    const term = page.locator("details.app-glossary-term", { has: page.locator("summary", { hasText: /^adult social care/i }) });
    await term.locator("summary").click();
    expect(await term.getByText(explanation).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Save terms of reference" }).count()).toBe(0);
    await expectAccessible(page, "terms-of-reference-member-no-js");

    await openPanelFromHome(page);
    await page.getByRole("link", { name: "Glossary: what words mean" }).click();
    await page.getByRole("heading", { level: 1, name: "Glossary" }).waitFor();
    await page.locator("dt", { hasText: "Adult social care" }).waitFor();
    expect(await page.getByRole("button", { name: "Add a term" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: /^Change/ }).count()).toBe(0);
    await expectAccessible(page, "glossary-member-no-js");
    await context.close();
  });
});
