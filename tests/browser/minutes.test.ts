// After the meeting (issue 5) in a real browser, against the real server with the demo data: the
// chair builds the draft minutes of last week's short meeting from its notes, edits and shares
// them; a member comments; the chair records their approval at the next meeting (started live
// early) and publishes them publicly; anyone reads the public page; the member finds her action on
// her home page and marks it done. Axe runs on every page state.
import type { Page } from "playwright-core";
import { io } from "socket.io-client";
import { describe, expect, it } from "vitest";
import { CLIENT_EVENTS } from "../../app/modules/live/client/protocol.ts";
import { expectAccessible, fillDate, newPage, signInAs, useBrowser, waitForHydration } from "../support/browser.ts";
import { followFromHome, goHome, openMeetingFromPanel } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();
const pastMeeting = "Panel meeting: direct payments review";
const shortMeeting = "Short online meeting: approving the minutes";
const upcomingMeeting = "00000000-0000-4000-8000-000000000502";
const priyasAction = "Send Chris the ten hardest words in the Direct Payments forms, with what they should say instead";

/** The chair starts the next meeting live, as the live page's "Start" does, over the real socket. */
async function startLive(page: Page, meetingId: string) {
  const session = (await page.context().cookies()).find((cookie) => cookie.name === "panel_session");
  const socket = io(server.url, { transports: ["websocket"], extraHeaders: { Cookie: `panel_session=${session!.value}` }, reconnection: false, forceNew: true });
  try {
    const answer = (await socket.timeout(10_000).emitWithAck(CLIENT_EVENTS.start, { meetingId })) as { ok: boolean };
    expect(answer.ok).toBe(true);
  } finally {
    socket.close();
  }
}

describe("minutes in a browser", () => {
  it("go from the notes to approved public minutes, and an action is marked done from its owner's home page", async () => {
    const { page: alex } = await newPage(browser());
    await signInAs(alex, server.url, "Alex Morgan");
    await openMeetingFromPanel(alex, shortMeeting);
    await alex.getByRole("link", { name: "Minutes", exact: true }).click();
    await alex.getByText("The minutes have not been written yet.").waitFor();
    await expectAccessible(alex, "minutes-none-yet");

    await waitForHydration(alex);
    await alex.getByRole("button", { name: "Build the draft from the notes" }).click();
    await alex.getByText("The draft minutes are built from the notes.").waitFor();
    await alex.getByRole("heading", { name: "Notes outside the agenda" }).waitFor();
    await expectAccessible(alex, "minutes-draft-built");

    // Left empty, the minutes are not saved and the error says why, linked to the box.
    const box = alex.getByLabel("The minutes", { exact: true });
    const built = await box.inputValue();
    expect(built).toContain("The minutes of the direct payments review meeting are approved");
    await box.fill("");
    await alex.getByRole("button", { name: "Save changes" }).click();
    await alex.getByRole("link", { name: "Write the minutes" }).waitFor();
    await expectAccessible(alex, "minutes-edit-error");
    await box.fill(`${built.trim()}\n\nThe chair thanked everyone for joining online.`);
    await alex.getByRole("button", { name: "Save changes" }).click();
    await alex.getByText("Your changes to the minutes are saved.").waitFor();
    await alex.getByText("The chair thanked everyone for joining online.").first().waitFor();
    await expectAccessible(alex, "minutes-draft-edited");

    await alex.getByRole("button", { name: "Share for comments" }).click();
    await alex.getByText(/The draft minutes are shared for comments: \d+ people will be told\./).waitFor();
    await expectAccessible(alex, "minutes-shared");

    // Priya reads them and comments.
    const { page: priya } = await newPage(browser());
    await signInAs(priya, server.url, "Priya Shah");
    await openMeetingFromPanel(priya, shortMeeting);
    await priya.getByRole("link", { name: "Minutes", exact: true }).click();
    await priya.getByText("Shared for comments").first().waitFor();
    expect(await priya.getByRole("button", { name: "Save changes" }).count()).toBe(0);
    await waitForHydration(priya);
    await priya.getByLabel("Your comment").fill("Please add that I joined by phone for the first ten minutes.");
    await priya.getByRole("button", { name: "Add comment" }).click();
    await priya.getByText("Thank you. Your comment is added.").waitFor();
    await priya.getByText("Please add that I joined by phone for the first ten minutes.").waitFor();
    await expectAccessible(priya, "minutes-commented");

    // The panel approves them at its next meeting, which the chair has started.
    await startLive(alex, upcomingMeeting);
    await openMeetingFromPanel(alex, shortMeeting);
    await alex.getByRole("link", { name: "Minutes", exact: true }).click();
    await alex.getByText("Please add that I joined by phone for the first ten minutes.").waitFor();
    await waitForHydration(alex);
    await alex.getByRole("button", { name: "Record approval" }).click();
    await alex.getByRole("link", { name: "Choose the meeting at which the panel approved the minutes" }).waitFor();
    await expectAccessible(alex, "minutes-approve-error");
    await alex.getByLabel("The meeting at which the panel approved them").selectOption({ label: (await meetingOption(alex)) });
    await alex.getByRole("button", { name: "Record approval" }).click();
    await alex.getByText("The approval of the minutes is recorded.").waitFor();
    await alex.getByText(/At Panel meeting: day services and the care budget, .+ Recorded by Alex Morgan/).waitFor();
    await expectAccessible(alex, "minutes-approved");

    await alex.getByLabel("Also publish publicly").check();
    await alex.getByRole("button", { name: "Publish the minutes" }).click();
    await alex.getByText(/The minutes are published: \d+ people will be told\./).waitFor();
    await expectAccessible(alex, "minutes-published");
    const publicHref = await alex.getByRole("link", { name: "the public page" }).getAttribute("href");

    // Anyone can read them without signing in.
    const { page: visitor } = await newPage(browser());
    await visitor.goto(server.url + publicHref!);
    await visitor.getByRole("heading", { level: 1, name: "Minutes of Short online meeting: approving the minutes" }).waitFor();
    await visitor.getByText("The chair thanked everyone for joining online.").waitFor();
    await expectAccessible(visitor, "minutes-public");

    // Priya's action from the meeting three weeks ago is on her home page; she marks it done.
    await goHome(priya);
    await priya.getByRole("heading", { name: "Your actions" }).waitFor();
    await priya.getByRole("heading", { name: priyasAction }).waitFor();
    await priya.getByText(/Due \w+ \d{1,2} \w+ \d{4} \(in 7 days\)/).waitFor();
    await expectAccessible(priya, "minutes-home-actions");
    await waitForHydration(priya);
    await priya.getByRole("button", { name: `Mark as done ${priyasAction}` }).click();
    await priya.getByText("The action is marked as done.").waitFor();
    expect(await priya.getByRole("heading", { name: priyasAction }).count()).toBe(0);
    await expectAccessible(priya, "minutes-home-action-done");
  });

  it("shows the past meeting's approved minutes, its notes as they were, and the next meeting's matters arising", async () => {
    const { page } = await newPage(browser());
    await signInAs(page, server.url, "Chris Jones");
    await openMeetingFromPanel(page, pastMeeting);
    await page.getByRole("link", { name: "Minutes", exact: true }).click();
    await page.getByText("Approved", { exact: true }).first().waitFor();
    await page.getByRole("heading", { name: "3. The new support plan form" }).waitFor();
    await expectAccessible(page, "minutes-demo-approved");

    await openMeetingFromPanel(page, pastMeeting);
    await page.getByRole("link", { name: "Notes as they were at a time" }).click();
    await page.getByRole("heading", { level: 1, name: "Notes as they were at a time" }).waitFor();
    await waitForHydration(page);
    // 3:40pm on the day: the decision had been corrected at 3:41pm, so it shows as first typed.
    await page.getByLabel("Time").fill("3:40pm");
    await page.getByRole("button", { name: "Show the notes" }).click();
    await page.getByRole("heading", { name: /The notes as they were at 3:40pm on/ }).waitFor();
    await page.getByText("The panel supports the shorter support plan form.", { exact: false }).first().waitFor();
    expect(await page.getByText("if an easy read version is ready at the same time").count()).toBe(0);
    await page.getByText("Corrected later").first().waitFor();
    await expectAccessible(page, "notes-history-as-at");
    await fillDate(page, "Date", "");
    await page.getByRole("button", { name: "Show the notes" }).click();
    await page.getByRole("link", { name: "Enter the date" }).waitFor();
    await expectAccessible(page, "notes-history-error");

    await followFromHome(page, "View meeting");
    await page.getByRole("link", { name: "Agenda", exact: true }).click();
    await page.getByRole("heading", { name: "Matters arising from earlier meetings" }).waitFor();
    await page.getByRole("cell", { name: "Chris Jones" }).first().waitFor();
    await expectAccessible(page, "matters-arising-agenda");
  });
});

/** The label of the next meeting in the approval list (its date depends on when the demo loaded). */
async function meetingOption(page: Page): Promise<string> {
  const labels = await page.getByLabel("The meeting at which the panel approved them").locator("option").allTextContents();
  const next = labels.find((label) => label.startsWith("Panel meeting: day services and the care budget"));
  expect(next).toBeDefined();
  return next!;
}
