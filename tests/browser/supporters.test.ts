// Supporters in a real browser with the demo data (issue 4): Jordan Ellis names a supporter with
// two things they may do, by keyboard alone; the supporter signs in, replies for Jordan and is
// refused prioritising; Jordan sees what was done for them and stops the supporter; the
// supporter's next attempt is refused. axe on every page state.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, signInAs, useBrowser, waitForHydration } from "../support/browser.ts";
import { followFromHome, goHome } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();
const jordanId = "00000000-0000-4000-8000-000000000401";
const demoPanel = "00000000-0000-4000-8000-000000000010";
const upcomingMeeting = "00000000-0000-4000-8000-000000000502";
const upcomingTitle = "Panel meeting: day services and the care budget";

let jordan: Page;
let kim: Page;

type Focused = { id: string; tag: string; text: string };

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? "", tag: el?.tagName ?? "", text: el?.textContent?.trim() ?? "" };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, isTarget: (element: Focused) => boolean, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (isTarget(await focused(page))) return;
  }
  throw new Error("Could not reach the element by pressing Tab");
}

// Each step walks through several pages with an axe check on each: allow for a busy machine.
describe("supporters in a browser", { timeout: 120_000 }, () => {
  it("Jordan names a supporter who may reply and read papers, by keyboard alone", async () => {
    ({ page: jordan } = await newPage(browser()));
    await signInAs(jordan, server.url, "Jordan Ellis");
    await jordan.getByRole("link", { name: "Your profile and communication needs" }).click();
    await jordan.getByRole("link", { name: "Your supporters" }).click();
    await jordan.getByRole("heading", { level: 1, name: "Your supporters" }).waitFor();
    // The demo: Lee Ellis, Jordan's personal assistant, already chose Jordan's priorities.
    await jordan.getByRole("heading", { name: "Lee Ellis" }).waitFor();
    await jordan.getByText(`Lee Ellis chose your most important items for '${upcomingTitle}'`).waitFor();
    await expectAccessible(jordan, "supporters-list");

    await jordan.getByRole("button", { name: "Add a supporter" }).click();
    await jordan.getByRole("heading", { level: 1, name: "Add a supporter" }).waitFor();
    await waitForHydration(jordan);
    await expectAccessible(jordan, "supporters-new");

    await tabTo(jordan, (el) => el.id === "supporter-name");
    await jordan.keyboard.type("Kim Ellis");
    await jordan.keyboard.press("Tab");
    await jordan.keyboard.type("kim.ellis@example.org");
    await jordan.keyboard.press("Tab");
    expect((await focused(jordan)).id).toBe("supporter-relationship");
    await jordan.keyboard.press("ArrowDown");
    expect(await jordan.getByLabel("Family member").isChecked()).toBe(true);
    await jordan.keyboard.press("Tab");
    expect((await focused(jordan)).id).toBe("supporter-scopes");
    await jordan.keyboard.press("Space");
    await jordan.keyboard.press("Tab");
    await jordan.keyboard.press("Space");
    expect(await jordan.getByLabel("Reply to meeting invitations for me").isChecked()).toBe(true);
    expect(await jordan.getByLabel("Read my meeting papers and agendas").isChecked()).toBe(true);
    // Forgetting to agree is caught, and what was typed is kept.
    await tabTo(jordan, (el) => el.tag === "BUTTON" && el.text === "Add supporter");
    await jordan.keyboard.press("Enter");
    const summary = jordan.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.getByRole("link", { name: "Tick the box to agree that this person can do these things for you" }).waitFor();
    expect(await jordan.getByLabel("Supporter's email address").inputValue()).toBe("kim.ellis@example.org");
    expect(await jordan.getByLabel("Read my meeting papers and agendas").isChecked()).toBe(true);
    await expectAccessible(jordan, "supporters-new-error");
    await jordan.keyboard.press("Tab");
    await jordan.keyboard.press("Enter");
    expect((await focused(jordan)).id).toBe("supporter-agree");
    await jordan.keyboard.press("Space");
    await tabTo(jordan, (el) => el.tag === "BUTTON" && el.text === "Add supporter");
    await jordan.keyboard.press("Enter");
    await jordan.getByText("Your supporter has been added").waitFor();
    const card = jordan.locator(".govuk-summary-card").filter({ has: jordan.getByRole("heading", { name: "Kim Ellis" }) });
    expect(await card.getByRole("listitem").allTextContents()).toEqual(expect.arrayContaining(["Reply to meeting invitations for me", "Read my meeting papers and agendas"]));
    await expectAccessible(jordan, "supporters-named");
  });

  it("Kim signs in with her own account, replies for Jordan, and is refused what Jordan did not allow", async () => {
    ({ page: kim } = await newPage(browser()));
    await signInAs(kim, server.url, "Kim Ellis");
    await kim.getByRole("link", { name: "Act for the people who have named you as their supporter" }).click();
    await kim.getByRole("heading", { level: 1, name: "People you support" }).waitFor();
    await expectAccessible(kim, "supporting-list");
    await kim.getByRole("link", { name: "Act for Jordan Ellis" }).click();
    await kim.getByText("You are acting for Jordan Ellis").waitFor();
    await expectAccessible(kim, "supporting-member");
    expect(await kim.getByRole("link", { name: /most important items/ }).count()).toBe(0);

    await kim.getByRole("link", { name: `Reply for Jordan Ellis to ${upcomingTitle}` }).click();
    await kim.getByRole("heading", { level: 1, name: "Reply for Jordan Ellis" }).waitFor();
    await waitForHydration(kim);
    await expectAccessible(kim, "supporting-reply");
    await kim.getByLabel("Jordan Ellis will join online").check();
    await kim.getByRole("button", { name: "Send reply for Jordan Ellis" }).click();
    await kim.getByText("Your reply for Jordan Ellis is saved").waitFor();
    await kim.getByText("Jordan Ellis is joining online").waitFor();
    await expectAccessible(kim, "supporting-replied");

    await kim.goto(`${server.url}/supporting/${jordanId}/meetings/${upcomingMeeting}/priorities`);
    await kim.getByRole("heading", { level: 1, name: "Jordan Ellis has not asked you to do this for them" }).waitFor();
    await expectAccessible(kim, "supporting-refused");
    // Jordan's panel pages stay closed to Kim.
    await kim.goto(`${server.url}/panels/${demoPanel}`);
    await kim.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  });

  it("Jordan sees what Kim did, stops her, and Kim's next attempt is refused", async () => {
    // From his home page, the reply Kim gave says so.
    await followFromHome(jordan, "Say if you are coming");
    await jordan.getByText("Entered by Kim Ellis for you").waitFor();
    await expectAccessible(jordan, "reply-entered-by-supporter");

    await goHome(jordan);
    await jordan.getByRole("link", { name: "Your profile and communication needs" }).click();
    await jordan.getByRole("link", { name: "Your supporters" }).click();
    await jordan.getByText(`Kim Ellis replied to '${upcomingTitle}' for you (joining online)`).waitFor();
    await jordan.getByRole("link", { name: "Change or stop what Kim Ellis does for you" }).click();
    await jordan.getByRole("heading", { level: 1, name: "Kim Ellis" }).waitFor();
    await expectAccessible(jordan, "supporter-change");
    await jordan.getByRole("button", { name: "Stop Kim Ellis acting for me" }).click();
    await jordan.getByRole("heading", { level: 1, name: "Stop Kim Ellis acting for you?" }).waitFor();
    await expectAccessible(jordan, "supporter-withdraw");
    await jordan.getByRole("button", { name: "Yes, stop Kim Ellis acting for me" }).click();
    await jordan.getByText("Your supporter can no longer do anything for you").waitFor();
    await jordan.getByRole("heading", { name: "Past supporters" }).waitFor();
    await expectAccessible(jordan, "supporters-withdrawn");

    await kim.goto(`${server.url}/supporting/${jordanId}/meetings/${upcomingMeeting}/reply`);
    await kim.getByRole("heading", { level: 1, name: "Jordan Ellis has stopped you doing this for them" }).waitFor();
    await expectAccessible(kim, "supporting-stopped");
  });
});
