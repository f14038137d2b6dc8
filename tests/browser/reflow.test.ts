// The reflow check in expectAccessible (tests/support/reflow.ts): it fails on a page that scrolls
// sideways at 320 px or with the largest text, names what sticks out, and leaves the page as it
// found it (typed text, focus, size, text setting).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, useBrowser, waitForHydration } from "../support/browser.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();

/**
 * Adds a box `width` wide at the end of the page's main content, inside a region that scrolls on
 * its own if `ownScroll`. Styles are set through the DOM: the site's CSP blocks style attributes.
 */
async function addBox(page: Page, box: { id: string; width: string; ownScroll?: boolean }) {
  // After hydration, or React would find a page that is not the one it rendered.
  await waitForHydration(page);
  await page.evaluate(({ id, width, ownScroll }) => {
    const element = document.createElement("div");
    element.id = id;
    element.textContent = "A box";
    element.style.width = width;
    let parent = document.querySelector("main")!;
    if (ownScroll) {
      const region = Object.assign(document.createElement("div"), { role: "region", tabIndex: 0 });
      region.setAttribute("aria-label", "A wide box");
      region.style.overflowX = "auto";
      parent = parent.appendChild(region);
    }
    parent.appendChild(element);
  }, box);
}

describe("the reflow check", () => {
  it("passes a page that fits, keeping what was typed, the focus, the window size and the text setting", async () => {
    const { context, page } = await newPage(browser());
    await page.goto(server.url + "/sign-in");
    const email = page.getByLabel("Email address");
    await email.fill("someone@example.org");
    await email.focus();
    const classes = await page.evaluate(() => document.documentElement.className);
    await expectAccessible(page, "reflow-fits");
    expect(await email.inputValue()).toBe("someone@example.org");
    expect(await email.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(page.viewportSize()).toEqual({ width: 1024, height: 800 });
    expect(await page.evaluate(() => document.documentElement.className)).toBe(classes);
    await context.close();
  });

  it("fails at 320 px, naming the element that sticks out", async () => {
    const { context, page } = await newPage(browser());
    await page.goto(server.url + "/sign-in");
    await addBox(page, { id: "too-wide", width: "500px" });
    await expect(expectAccessible(page, "reflow-too-wide")).rejects.toThrow(/reflow \(320 px\)[^\n]*\n\s+div#too-wide \(to 515 px\)/);
    await context.close();
  });

  it("fails when only the largest text makes the page too wide", async () => {
    const { context, page } = await newPage(browser());
    await page.goto(server.url + "/sign-in");
    // 272 px at the normal size, where the main column is 290 px wide; 544 px at the largest.
    await addBox(page, { id: "grows-with-text", width: "17rem" });
    const failure = await expectAccessible(page, "reflow-largest-text").catch((error: Error) => error.message);
    expect(failure).toMatch(/reflow \(320 px, largest text\)[^\n]*\n\s+div#grows-with-text/);
    expect(failure).not.toMatch(/reflow \(320 px\)/);
    await context.close();
  });

  it("lets a wide thing scroll inside its own labelled region", async () => {
    const { context, page } = await newPage(browser());
    await page.goto(server.url + "/sign-in");
    await addBox(page, { id: "wide-in-its-region", width: "500px", ownScroll: true });
    await expectAccessible(page, "reflow-own-scroll");
    await context.close();
  });

  it("fails on a table cell without the data-label that keys it when the table stacks", async () => {
    const { context, page } = await newPage(browser());
    await page.goto(server.url + "/sign-in");
    await waitForHydration(page);
    await page.evaluate(() =>
      document.querySelector("main")!.insertAdjacentHTML(
        "beforeend",
        `<table class="govuk-table"><caption class="govuk-table__caption">People</caption>
          <thead class="govuk-table__head"><tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Name</th><th scope="col" class="govuk-table__header">Role</th>
            <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th></tr></thead>
          <tbody class="govuk-table__body"><tr class="govuk-table__row">
            <td class="govuk-table__cell" data-label="Name">Alex</td><td class="govuk-table__cell" data-label="Name">Chair</td>
            <td class="govuk-table__cell"><button class="govuk-button">Remove</button></td></tr></tbody></table>`,
      ),
    );
    const failure = await expectAccessible(page, "reflow-table-labels").catch((error: Error) => error.message);
    expect(failure).toContain('table "People": a cell under "Role" has data-label="Name"');
    expect(failure).not.toMatch(/under "Name"|under "Action"/);
    await context.close();
  });

  it("checks a page seen without JavaScript on its copy", async () => {
    const { context, page } = await newPage(browser(), { javaScript: false });
    await page.route(server.url + "/sign-in", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("</main>", '<div id="too-wide" style="width: 500px">A box</div></main>');
      // Without the CSP header, so the style attribute applies (the copy is served without it too).
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name !== "content-security-policy"));
      await route.fulfill({ response, body, headers });
    });
    await page.goto(server.url + "/sign-in");
    await expect(expectAccessible(page, "reflow-no-javascript")).rejects.toThrow(/reflow \(320 px\)[^\n]*\n\s+div#too-wide/);
    await context.close();
  });
});
