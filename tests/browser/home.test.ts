// The home page says what is next, in a real browser with the demo data (issue 10, "Journeys the
// way people take them"): a member sees the upcoming meeting, replies from it and comes back to see
// her reply in words; the page reflows at 320 CSS pixels; the chair sees the agenda to prepare; a
// member of a panel with no meetings is told there is nothing to do.
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, signInAs, useBrowser, waitForHydration } from "../support/browser.ts";
import { demoUpcomingMeeting, goHome, meetingCard } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();

describe("what is next on the home page", () => {
  it("a member sees the upcoming meeting and what to do for it, replies from there and sees her reply in words", async () => {
    const { context, page } = await newPage(browser());
    await signInAs(page, server.url, "Priya Shah");
    const card = meetingCard(page);
    await page.getByRole("region", { name: "What is next for you" }).filter({ has: card }).waitFor();
    await card.getByText("Papers deadline").waitFor();
    const tasks = card.getByRole("list", { name: `What you can do for ${demoUpcomingMeeting}` });
    const reply = tasks.getByRole("listitem").filter({ hasText: "Say if you are coming" });
    expect(await reply.locator(".govuk-task-list__status").textContent()).toBe("Not replied yet");
    // The demo has her choices for this meeting already.
    const choose = tasks.getByRole("listitem").filter({ hasText: "Choose your three most important items" });
    expect(await choose.locator(".govuk-task-list__status").textContent()).toBe("Done");
    await tasks.getByRole("link", { name: "Suggest an item for the agenda" }).waitFor();
    // Her action from the last meeting is still there.
    await page.getByRole("heading", { name: "Your actions" }).waitFor();
    await expectAccessible(page, "home-member");

    await reply.getByRole("link", { name: /^Say if you are coming/ }).click();
    await page.getByRole("heading", { level: 1, name: "Reply to the meeting" }).waitFor();
    await waitForHydration(page);
    await page.getByLabel("I will join online").check();
    await page.getByRole("button", { name: "Send reply" }).click();
    await page.getByText("Thank you. Your reply is saved.").waitFor();
    await goHome(page);
    expect(await reply.locator(".govuk-task-list__status").textContent()).toBe("Joining online");
    await expectAccessible(page, "home-member-replied");

    // Reflow (WCAG 1.4.10): nothing scrolls sideways at 320 CSS pixels.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessible(page, "home-member-320");
    await context.close();
  });

  it("the chair sees the agenda to prepare, with its status in words", async () => {
    const { context, page } = await newPage(browser());
    await signInAs(page, server.url, "Alex Morgan");
    const card = meetingCard(page);
    const prepare = card.getByRole("listitem").filter({ hasText: "Prepare the agenda" });
    expect(await prepare.locator(".govuk-task-list__status").textContent()).toBe("Not published yet");
    await expectAccessible(page, "home-chair");
    await prepare.getByRole("link", { name: /^Prepare the agenda/ }).click();
    await page.getByRole("heading", { level: 1, name: /agenda/i }).waitFor();
    await context.close();
  });

  it("a member of a panel with no meetings planned is told, in plain words, that there is nothing to do", async () => {
    const { context, page } = await newPage(browser());
    await signInAs(page, server.url, "Sam Taylor");
    const next = page.getByRole("region", { name: "What is next for you" });
    await next.getByText("You have nothing to do right now.").waitFor();
    await next.getByText("No meetings are planned for Carers' spoke group yet.").waitFor();
    await expectAccessible(page, "home-nothing-to-do");
    await next.getByRole("link", { name: /^suggest an item for the agenda/ }).click();
    await page.getByRole("heading", { level: 1, name: "Suggest an item for the agenda" }).waitFor();
    await context.close();
  });
});
