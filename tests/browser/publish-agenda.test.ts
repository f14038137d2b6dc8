// The story end to end in a real browser, against the real server with the demo data and a
// real SMTP server, each person starting from their home page: a member suggests an item, three members weight items, the chair builds the
// agenda and publishes it; email members get it by email, the member who asked for post becomes a
// task in large print for staff, who mark it done. Then a change is published with its reason
// (issue 4: "Publishing the agenda notifies every member by their preferred contact; later
// changes are shown as changes with a reason and notify again"). Axe runs on every page state.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, newPage, signInAs, useBrowser, waitForHydration } from "../support/browser.ts";
import { demoUpcomingMeeting, followFromHome, openPanelFromHome } from "../support/journeys.ts";
import { removeDataDir, startServerProcess, type ServerProcess } from "../support/server-process.ts";
import { addressesOf, startSmtpServer, type TestSmtp } from "../support/smtp.ts";
import type { ParsedMail } from "mailparser";

const browser = useBrowser();
let server: ServerProcess;
let smtp: TestSmtp;
const newItem = "Accessible buses to the civic centre";
const demoItem = "Direct Payments paperwork is too hard to fill in";

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServerProcess({ env: { SMTP_URL: smtp.url } });
});

afterAll(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  await smtp?.close();
});

/** The first message that matches, waiting up to 20 s for it. */
async function waitForMail(matches: (mail: ParsedMail) => boolean): Promise<ParsedMail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = smtp.messages.find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`The email did not arrive. Arrived: ${smtp.messages.map((m) => m.subject).join("; ")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A member, from their home page, puts the new item first, then two demo items. */
async function weightItems(page: Page, name: string, screenshot: string) {
  await followFromHome(page, "Choose your three most important items");
  await page.getByRole("heading", { level: 1, name: "Prioritise items for this meeting" }).waitFor();
  await waitForHydration(page);
  await page.getByLabel("Most important (3 points)").selectOption({ label: newItem });
  await page.getByLabel("Second (2 points)").selectOption({ label: demoItem });
  await page.getByLabel("Third (1 point)").selectOption({ label: "No choice" });
  await page.getByRole("button", { name: "Save my choices" }).click();
  await page.getByText("Your choices were saved").waitFor();
  await expectAccessible(page, `${screenshot}-${name.split(" ")[0]!.toLowerCase()}`);
}

describe("publishing the agenda in a browser", () => {
  it("goes from a member's idea to everyone told their way, and a change told again with its reason", async () => {
    // Priya asks for papers by post from now on (she reads large print at 24pt).
    const priya = await newPage(browser());
    await signInAs(priya.page, server.url, "Priya Shah");
    await priya.page.getByRole("link", { name: "Your profile and communication needs" }).click();
    await priya.page.getByRole("heading", { level: 1, name: "Your profile" }).waitFor();
    await waitForHydration(priya.page);
    await priya.page.getByLabel("Postal address (optional)").fill("14 Jewry Street\nWinchester\nSO23 8RZ");
    await priya.page.getByRole("button", { name: "Save your profile" }).click();
    await priya.page.getByText("Your profile is saved.").waitFor();
    await expectAccessible(priya.page, "publish-priya-profile");
    await priya.page.getByRole("link", { name: "Your communication needs" }).click();
    await waitForHydration(priya.page);
    await priya.page.getByLabel("Post", { exact: true }).check();
    await priya.page.getByRole("button", { name: "Save your communication needs" }).click();
    await priya.page.getByText("Your communication needs are saved.").waitFor();
    await expectAccessible(priya.page, "publish-priya-needs");

    // She suggests an item for the upcoming meeting from her home page, and three members weight it.
    await followFromHome(priya.page, "Suggest an item for the agenda");
    await waitForHydration(priya.page);
    await priya.page.getByLabel("What do you want the panel to talk about?").fill(newItem);
    await priya.page.getByLabel("Tell us more about it").fill("The bus stop by the civic centre has no dropped kerb, so wheelchair users cannot get to meetings.");
    await priya.page.getByRole("button", { name: "Suggest item" }).click();
    await priya.page.getByText("Thank you. Your item is on the list members choose from.").waitFor();
    await expectAccessible(priya.page, "publish-item-proposed");
    await weightItems(priya.page, "Priya Shah", "publish-weights");
    for (const name of ["Ravi Patel", "Grace Obi"]) {
      const member = await newPage(browser());
      await signInAs(member.page, server.url, name);
      await weightItems(member.page, name, "publish-weights");
      await member.context.close();
    }

    // The chair builds the agenda from the members' choices.
    const alex = await newPage(browser());
    await signInAs(alex.page, server.url, "Alex Morgan");
    await followFromHome(alex.page, "Prepare the agenda");
    await alex.page.getByRole("heading", { level: 1, name: "Build the agenda" }).waitFor();
    await waitForHydration(alex.page);
    await expectAccessible(alex.page, "publish-build-empty");
    await alex.page.getByRole("button", { name: `Add to agenda ${newItem}` }).click();
    await alex.page.getByRole("heading", { level: 3, name: `1. ${newItem}` }).waitFor();
    await alex.page.getByRole("button", { name: `Add to agenda ${demoItem}` }).click();
    await alex.page.getByRole("heading", { level: 3, name: `2. ${demoItem}` }).waitFor();
    await expectAccessible(alex.page, "publish-build-two-items");

    // The meeting page says it is not published yet, and leads to publishing.
    await alex.page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: demoUpcomingMeeting }).click();
    await alex.page.getByText("(Not published yet)").waitFor();
    await expectAccessible(alex.page, "publish-meeting-page-before");
    await alex.page.getByRole("link", { name: "Publish the agenda" }).click();
    await alex.page.getByRole("heading", { level: 1, name: "Publish the agenda" }).waitFor();
    await waitForHydration(alex.page);
    await alex.page.getByText("1 by post in large print at 24pt").waitFor();
    await alex.page.getByText("1 by phone").waitFor();
    await alex.page.getByText("1 through their supporter").waitFor();
    expect(await alex.page.getByRole("row").nth(1).textContent()).toContain(`1. ${newItem}`);
    await expectAccessible(alex.page, "publish-page-first");
    await alex.page.getByRole("button", { name: "Publish the agenda" }).click();
    const banner = alex.page.getByRole("alert").filter({ hasText: "Agenda published:" });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/Agenda published: \d+ people will be told/);
    await expectAccessible(alex.page, "publish-page-published");

    // Email members get it by email, items in order.
    for (const address of ["alex.morgan@example.org", "chris.jones@example.org", "ravi.patel@example.org"]) {
      const mail = await smtp.waitForMessage(address);
      expect(mail.subject).toMatch(/^The agenda for .+ on \w+day \d{1,2} \w+ \d{4}$/);
      const text = mail.text ?? "";
      expect(text.indexOf(`1. ${newItem}`)).toBeGreaterThan(-1);
      expect(text.indexOf(`2. ${demoItem}`)).toBeGreaterThan(text.indexOf(`1. ${newItem}`));
    }
    // Priya asked for post, Jordan for phone and Grace for her supporter: no email for them.
    for (const address of ["priya.shah@example.org", "jordan.ellis@example.org", "grace.obi@example.org"]) {
      expect(smtp.messages.some((mail) => addressesOf(mail).includes(address))).toBe(false);
    }

    // Priya's letter is a task for staff, in her format, to her address.
    await openPanelFromHome(alex.page);
    await alex.page.getByRole("link", { name: "Contact tasks: letters, calls and texts to send" }).click();
    await alex.page.getByRole("heading", { level: 1, name: "Contact tasks" }).waitFor();
    await waitForHydration(alex.page);
    const letter = alex.page.locator(".govuk-summary-card").filter({ has: alex.page.getByRole("heading", { name: "The agenda for Priya Shah" }) });
    await letter.getByText("Large print at 24pt").waitFor();
    await letter.getByText("14 Jewry Street").waitFor();
    await letter.getByText("The message to send").click();
    await letter.getByText(`1. ${newItem}`).waitFor();
    await expectAccessible(alex.page, "publish-contact-tasks");
    await letter.getByRole("button", { name: "Mark as done (The agenda for Priya Shah)" }).click();
    await alex.page.getByText("The task is marked as done.").waitFor();
    await alex.page.getByRole("row", { name: /Priya Shah The agenda Post .* by Alex Morgan/ }).waitFor();
    await expectAccessible(alex.page, "publish-contact-tasks-done");

    // A break is added; publishing the change needs a reason, and everyone is told again.
    await followFromHome(alex.page, "Prepare the agenda");
    await waitForHydration(alex.page);
    await alex.page.getByLabel("Name of the break").fill("Tea break");
    await alex.page.getByLabel("Minutes", { exact: true }).fill("15");
    await alex.page.getByRole("button", { name: "Add a break" }).click();
    await alex.page.getByRole("heading", { level: 3, name: "Tea break" }).waitFor();
    await alex.page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: demoUpcomingMeeting }).click();
    await alex.page.getByRole("link", { name: "Publish changes to the agenda" }).click();
    await alex.page.getByRole("heading", { level: 1, name: "Publish changes to the agenda" }).waitFor();
    await waitForHydration(alex.page);
    await alex.page.getByText(/Tea break added at/).waitFor();
    await expectAccessible(alex.page, "publish-page-changes");
    await alex.page.getByRole("button", { name: "Publish changes" }).click();
    const summary = alex.page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.getByRole("link", { name: "Enter the reason for the changes" }).waitFor();
    await expectAccessible(alex.page, "publish-page-reason-missing");
    await summary.getByRole("link", { name: "Enter the reason for the changes" }).click();
    await alex.page.getByLabel("Reason for the changes").fill("Members asked for a break in a two-hour meeting");
    await alex.page.getByRole("button", { name: "Publish changes" }).click();
    await alex.page.getByRole("alert").filter({ hasText: "Agenda published:" }).waitFor();
    await alex.page.getByRole("cell", { name: "Members asked for a break in a two-hour meeting" }).waitFor();
    await expectAccessible(alex.page, "publish-page-changes-published");

    const changed = await waitForMail((mail) => addressesOf(mail).includes("ravi.patel@example.org") && /has changed$/.test(mail.subject ?? ""));
    expect(changed.text).toContain("Members asked for a break in a two-hour meeting");
    expect(changed.text).toMatch(/Tea break added at/);

    await followFromHome(alex.page, "View meeting");
    await alex.page.getByText(/\(Published version 2 on /).waitFor();
    await expectAccessible(alex.page, "publish-meeting-page-after");
  }, 300_000);
});
