// Meetings in a real browser with the demo data: the chair schedules a hybrid meeting (fixing an
// end time before the start), a member replies by keyboard alone asking for a BSL interpreter,
// and the chair sees the totals, the need flagged and the calendar file, moves the end time (people
// are told) and cancels.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addDaysToDate, utcToZonedDateTime } from "../../app/dates.ts";
import { dateShown, expectAccessible, fillDate, newPage, signInAs, useBrowser, waitForHydration } from "../support/browser.ts";
import { followFromHome, openPanelFromHome } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();

/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, isTarget: (element: { id: string; tag: string; text: string; type: string }) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { id: el?.id ?? "", tag: el?.tagName ?? "", text: el?.textContent?.trim() ?? "", type: el?.type ?? "" };
    });
    if (isTarget(focused)) return;
  }
  throw new Error("Could not reach the element by pressing Tab");
}

describe("meetings in a browser", () => {
  it("the chair schedules a hybrid meeting, a member replies by keyboard, and the chair sees what to arrange", async () => {
    // Five weeks ahead, clear of the demo's own meetings.
    const meetingDate = addDaysToDate(utcToZonedDateTime(new Date(), "Europe/London").date, 35);
    const chair = await newPage(browser());
    await signInAs(chair.page, server.url, "Alex Morgan");
    await openPanelFromHome(chair.page);
    await chair.page.getByRole("link", { name: "Meetings", exact: true }).click();
    await chair.page.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
    await expectAccessible(chair.page, "meetings-list");

    await chair.page.getByRole("button", { name: "Schedule a meeting" }).click();
    await chair.page.getByRole("heading", { level: 1, name: "Schedule a meeting" }).waitFor();
    await waitForHydration(chair.page);
    await expectAccessible(chair.page, "meeting-new");

    await chair.page.getByLabel("Title").fill("Panel meeting: housing and support");
    // The month is forgotten and the end is before the start: both are named at once.
    await fillDate(chair.page, "Date of the meeting", meetingDate);
    await chair.page.getByRole("group", { name: "Date of the meeting" }).getByLabel("Month").fill("");
    await chair.page.getByLabel("Start time").fill("2pm");
    await chair.page.getByLabel("End time").fill("1pm");
    await chair.page.getByLabel("Venue name").fill("Wessex Civic Centre, Room 4");
    await chair.page.getByLabel("Venue address").fill("Castle Street\nWinchester");
    await chair.page.getByLabel("Access information").fill("Step-free entrance; hearing loop in Room 4");
    await chair.page.getByLabel("Online joining link").fill("https://meet.example.org/housing");
    await chair.page.getByLabel("Decision 1", { exact: true }).fill("Cabinet decides the housing strategy");
    await fillDate(chair.page, "Date of decision 1", addDaysToDate(meetingDate, 14));
    await chair.page.getByRole("button", { name: "Schedule meeting" }).click();

    const summary = chair.page.getByRole("alert");
    await summary.getByRole("link", { name: "The end time must be after the start time" }).waitFor();
    await summary.getByRole("link", { name: "Date of the meeting must include a month" }).waitFor();
    await expectAccessible(chair.page, "meeting-new-errors");
    expect(await chair.page.getByLabel("Title").inputValue()).toBe("Panel meeting: housing and support");
    await summary.getByRole("link", { name: "Date of the meeting must include a month" }).click();
    expect(await chair.page.evaluate(() => document.activeElement?.id)).toBe("meeting-date-month");
    await chair.page.keyboard.type(meetingDate.slice(5, 7).replace(/^0/, ""));
    await chair.page.keyboard.press("Tab");
    // The papers deadline followed the meeting date once it was whole.
    expect(await dateShown(chair.page, "Date papers are due")).toBe(addDaysToDate(meetingDate, -7));
    await summary.getByRole("link", { name: "The end time must be after the start time" }).click();
    expect(await chair.page.evaluate(() => document.activeElement?.id)).toBe("meeting-endTime");
    await chair.page.getByLabel("End time").fill("16:00");
    await chair.page.getByRole("button", { name: "Schedule meeting" }).click();
    await chair.page.getByText("The meeting is scheduled.").waitFor();
    await chair.page.getByRole("heading", { level: 1, name: "Panel meeting: housing and support" }).waitFor();
    await expectAccessible(chair.page, "meeting-scheduled");

    const member = await newPage(browser());
    await signInAs(member.page, server.url, "Priya Shah");
    // The new meeting is on her home page.
    await followFromHome(member.page, "View meeting", "Panel meeting: housing and support");
    await member.page.getByRole("button", { name: "Reply" }).click();
    await member.page.getByRole("heading", { level: 1, name: "Reply to the meeting" }).waitFor();
    await waitForHydration(member.page);
    await expectAccessible(member.page, "meeting-reply");

    // Keyboard only: Tab to the first choice, Space to choose it, on to the interpreter box, then send.
    await tabTo(member.page, (el) => el.id === "reply-mode");
    await member.page.keyboard.press("Space");
    expect(await member.page.getByLabel("I will come in person").isChecked()).toBe(true);
    await tabTo(member.page, (el) => el.id === "reply-meetingSupport");
    if (!(await member.page.getByLabel("BSL interpreter").isChecked())) await member.page.keyboard.press("Space");
    expect(await member.page.getByLabel("BSL interpreter").isChecked()).toBe(true);
    await tabTo(member.page, (el) => el.tag === "BUTTON" && el.text === "Send reply");
    await member.page.keyboard.press("Enter");
    await member.page.getByText("Thank you. Your reply is saved.").waitFor();
    expect(await member.page.getByText("You are coming in person").count()).toBe(1);
    expect(await member.page.getByText("BSL interpreter").count()).toBe(0);
    await expectAccessible(member.page, "meeting-replied-member-view");
    await member.page.getByRole("link", { name: "Meetings", exact: true }).click();
    await member.page.getByRole("row").filter({ hasText: "Panel meeting: housing and support" }).getByText("You are coming in person").waitFor();
    await expectAccessible(member.page, "meetings-list-member");
    await member.context.close();

    await followFromHome(chair.page, "View meeting", "Panel meeting: housing and support");
    await chair.page.getByRole("heading", { name: "What must be arranged" }).waitFor();
    const replies = chair.page.locator("dl").filter({ hasText: "Coming in person" });
    expect(await replies.locator(".govuk-summary-list__row").filter({ hasText: "Coming in person" }).locator("dd").textContent()).toBe("1");
    await chair.page.getByText("1 BSL interpreter").waitFor();
    await chair.page.getByText("Book a BSL interpreter").waitFor();
    await expectAccessible(chair.page, "meeting-organiser-view");

    const calendarHref = await chair.page.getByRole("link", { name: "Add to calendar (.ics file)" }).getAttribute("href");
    const calendar = await chair.page.request.get(server.url + calendarHref!);
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(calendar.headers()["content-disposition"]).toBe('attachment; filename="Panel-meeting-housing-and-support.ics"');
    const ics = await calendar.text();
    expect(ics).toContain("BEGIN:VEVENT\r\n");
    expect(ics).toContain("SUMMARY:Panel meeting: housing and support\r\n");
    expect(ics).toContain("LOCATION:Wessex Civic Centre\\, Room 4\\, Castle Street\\, Winchester\r\n");

    await chair.page.getByRole("link", { name: "Change the meeting's details" }).click();
    await chair.page.getByRole("heading", { level: 1, name: "Change Panel meeting: housing and support" }).waitFor();
    expect(await chair.page.getByLabel("Start time").inputValue()).toBe("2pm");
    expect(await dateShown(chair.page, "Date of the meeting")).toBe(meetingDate);
    await expectAccessible(chair.page, "meeting-edit");
    await chair.page.getByLabel("End time").fill("16:30");
    await chair.page.getByRole("button", { name: "Save changes" }).click();
    await chair.page.getByText("Everyone invited is being told what has changed, in the way they asked.").waitFor();
    await expectAccessible(chair.page, "meeting-changed");
    await followFromHome(chair.page, "View meeting", "Panel meeting: housing and support");
    await chair.page.getByRole("link", { name: "Cancel this meeting" }).click();
    await chair.page.getByRole("heading", { level: 1, name: "Are you sure you want to cancel Panel meeting: housing and support?" }).waitFor();
    await expectAccessible(chair.page, "meeting-cancel-confirm");
    await chair.page.getByRole("button", { name: "Yes, cancel the meeting" }).click();
    await chair.page.getByText("The meeting is cancelled.").waitFor();
    await chair.page.getByText("This meeting has been cancelled.").waitFor();
    await expectAccessible(chair.page, "meeting-cancelled");
    await chair.context.close();
  }, 150_000);
});
