// The live meeting when things are not simple, in real browsers with the demo data: a note-taker
// whose connection drops keeps what they typed and it is saved exactly once when they are back; a
// member catches up and switches to the easy view; and a note-taker without JavaScript adds a note
// by form post (issue 5, "Nothing lost", "catch me up", "Easy view", "Works without JavaScript").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, fillDate, useBrowser, waitForHydration } from "../support/browser.ts";
import { announced, buildDemoAgenda, demoItems, goToLivePage, liveStatus, openLive, personPage } from "../support/live-browser.ts";
import { removeDataDir, startServerProcess, type ServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess();
  // The chair builds the agenda, starts the meeting and moves to the first item.
  const { page: chair, context } = await personPage(browser(), server.url, "Alex Morgan");
  await buildDemoAgenda(chair);
  await openLive(chair);
  await chair.getByRole("button", { name: "Start the meeting live" }).click();
  await chair.getByRole("button", { name: `Move to this item (item 1: ${demoItems[0]})` }).click();
  await chair.getByRole("button", { name: `This is the item now (item 1: ${demoItems[0]})` }).waitFor();
  await chair.getByLabel("Decision", { exact: true }).check();
  await chair.getByLabel("The note").fill("The council will make the forms shorter");
  await chair.getByLabel("Who agreed").fill("Everyone");
  await chair.getByRole("button", { name: "Add note" }).click();
  await chair.locator("li.app-live-note").filter({ hasText: "make the forms shorter" }).getByText("Saved").waitFor();
  await context.close();
});

afterAll(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
});

describe("the live meeting when things are not simple", () => {
  it("keeps a note typed while offline, and saves it exactly once when the connection is back", async () => {
    const { page: officer, context } = await personPage(browser(), server.url, "Chris Jones");
    await openLive(officer);

    // A draft is saved privately as it is typed, and is there again after a reload.
    await officer.getByLabel("The note").fill("A draft kept across a reload");
    await expect
      .poll(async () => {
        await officer.reload();
        await waitForHydration(officer);
        return officer.getByLabel("The note").inputValue();
      })
      .toBe("A draft kept across a reload");
    await liveStatus(officer, /^Live$/);
    await officer.getByLabel("The note").fill("");

    await context.setOffline(true);
    await liveStatus(officer, "You are offline. What you type is kept and will be sent when you are back.");
    await officer.getByLabel("The note").fill("Typed while the wifi was down");
    await officer.getByRole("button", { name: "Add note" }).click();
    const pending = officer.locator("li.app-live-note").filter({ hasText: "Typed while the wifi was down" });
    await pending.getByText("Saving…").waitFor();
    await expectAccessible(officer, "live-offline-saving");

    await context.setOffline(false);
    await liveStatus(officer, /^Reconnected/);
    await pending.getByText("Saved").waitFor();
    await expectAccessible(officer, "live-reconnected");

    await officer.reload();
    await waitForHydration(officer);
    expect(await officer.locator("li.app-live-note").filter({ hasText: "Typed while the wifi was down" }).count()).toBe(1);
    // Nothing is left waiting in the browser.
    expect(await officer.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(".outbox")))).toEqual([]);
  });

  it("catches a member up in place, and switches to the easy view, which still lets them take part", async () => {
    const { page: member } = await personPage(browser(), server.url, "Ravi Patel");
    await openLive(member);

    const summary = member.getByText("Catch me up");
    await summary.click();
    const details = member.locator("details.app-live-catch-up");
    await details.getByText(`Now on item 1: ${demoItems[0]}.`).waitFor();
    await details.getByText(`Item 1: ${demoItems[0]}: The council will make the forms shorter (agreed by Everyone)`).waitFor();
    expect(await member.evaluate(() => document.activeElement?.textContent)).toBe("Catch me up");
    await expectAccessible(member, "live-catch-up");

    // At the largest text size (200%, display settings) the page is one column, with nothing to
    // scroll sideways.
    await member.evaluate(() => {
      document.documentElement.classList.add("app-text-size--largest");
    });
    expect(await member.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(member, "live-text-200");
    await member.evaluate(() => document.documentElement.classList.remove("app-text-size--largest"));

    await member.getByText("Settings for this page").click();
    await member.getByLabel("Only decisions and when the item changes").check();
    await member.getByLabel("Easy view").check();
    await member.getByRole("button", { name: "Save settings" }).click();
    await member.getByText("Your settings for this page are saved.").waitFor();
    await member.getByRole("heading", { name: "What has been decided" }).waitFor();
    await member.getByText("The council will make the forms shorter (agreed by Everyone)").waitFor();
    expect(await member.getByRole("heading", { name: "Notes", exact: true }).count()).toBe(0);
    expect(
      parseFloat(
        await member
          .locator(".app-live-easy .govuk-body")
          .first()
          .evaluate((el) => getComputedStyle(el).fontSize),
      ),
    ).toBeGreaterThanOrEqual(24);
    await liveStatus(member, /^Live$/);
    await expectAccessible(member, "live-easy-view");

    // Still part of the meeting: a hand goes up from the easy view.
    await member.getByRole("button", { name: "Ask to speak" }).click();
    await member.getByText(/^You are \d(st|nd|rd|th) in the queue\.$/).waitFor();

    // Only decisions and item changes are announced now: a point is not, a decision is.
    const { page: chair, context } = await personPage(browser(), server.url, "Alex Morgan");
    await openLive(chair);
    await chair.getByLabel("The note").fill("Someone said the font is too small");
    await chair.getByLabel("The note").press("Enter");
    await chair.getByLabel("Decision", { exact: true }).check();
    await chair.getByLabel("The note").fill("Forms will use 14 point text");
    await chair.getByLabel("The note").press("Enter");
    await member.getByText("Forms will use 14 point text").waitFor();
    await expect.poll(() => announced(member), { timeout: 15_000 }).toBe("Decision under item 1: Forms will use 14 point text.");
    await context.close();
    await expectAccessible(member, "live-easy-view-decision");
  });

  it("lets a note-taker without JavaScript add a note by form post, with every field shown", async () => {
    const { page: officer } = await personPage(browser(), server.url, "Chris Jones", { javaScript: false });
    await goToLivePage(officer);
    await officer.getByText("This page does not update by itself. Refresh it to see the latest.").waitFor();
    await officer.getByText("For an action").waitFor();
    await expectAccessible(officer, "live-no-javascript");

    await officer.getByLabel("Action", { exact: true }).check();
    await officer.getByLabel("The note").fill("Send members the shorter form to try");
    await officer.getByRole("button", { name: "Add note" }).click();
    // Without an owner the action is refused; the text is kept and the summary links to the field.
    await officer.getByRole("link", { name: "Say who will do the action" }).waitFor();
    expect(await officer.getByLabel("The note").inputValue()).toBe("Send members the shorter form to try");
    await expectAccessible(officer, "live-no-javascript-error");

    await officer.getByLabel("Who will do it").selectOption({ label: "Chris Jones" });
    await fillDate(officer, "By when (optional)", "2026-12-31");
    await officer.getByLabel("Recommendations it is about (optional)").fill("R6.4");
    await officer.getByRole("button", { name: "Add note" }).click();
    await officer.getByText("Your note is added.").waitFor();
    await officer.getByText("Send members the shorter form to try — Chris Jones, by Thursday 31 December 2026 (R6.4)").first().waitFor();
    await officer.getByRole("link", { name: "Refresh" }).click();
    await officer.getByText("Send members the shorter form to try — Chris Jones, by Thursday 31 December 2026 (R6.4)").first().waitFor();
    await expectAccessible(officer, "live-no-javascript-added");
  });
});
