// Joining by invitation link, a spoke group sending an item to its hub, and completing a removal, in
// a real browser against the real server process with the demo data (issue 4).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joiningDemoIds } from "../../prisma/demo-joining.ts";
import { expectAccessible, newPage, signInAs, useBrowser, waitForHydration } from "../support/browser.ts";
import { openPanelFromHome } from "../support/journeys.ts";
import { removeDataDir, startServerProcess, type ServerProcess } from "../support/server-process.ts";
import { signInDetails, startSmtpServer, type TestSmtp } from "../support/smtp.ts";

const browser = useBrowser();
let server: ServerProcess;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServerProcess({ env: { SMTP_URL: smtp.url } });
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
  if (server) await removeDataDir(server.dataDir);
});

async function tabTo(page: Page, matches: () => boolean, description: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(matches)) return;
  }
  throw new Error(`Could not reach ${description} with the Tab key`);
}

describe("joining by invitation link", () => {
  it("the chair makes a link; a new person opens it signed out, signs in with the emailed code, joins and is asked about their needs", async () => {
    const alex = await newPage(browser());
    await alex.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await signInAs(alex.page, server.url, "Alex Morgan");
    await openPanelFromHome(alex.page);
    await alex.page.getByRole("link", { name: "Invitation links: invite people to join" }).click();
    await alex.page.getByRole("heading", { level: 1, name: "Invitation links" }).waitFor();
    await waitForHydration(alex.page);
    await expectAccessible(alex.page, "invitations");

    await alex.page.getByLabel("How many people can use it").fill("0");
    await alex.page.getByRole("button", { name: "Make the link" }).click();
    await alex.page.getByRole("alert").getByRole("link", { name: "The link must work for at least 1 person" }).waitFor();
    await expectAccessible(alex.page, "invitations-errors");

    await alex.page.getByLabel("Their name (optional)").fill("Kim Adams");
    await alex.page.getByLabel("How many people can use it").fill("1");
    await alex.page.getByLabel("30 days").check();
    await alex.page.getByRole("button", { name: "Make the link" }).click();
    await alex.page.getByText("The invitation link is ready").waitFor();
    const link = (await alex.page.locator("#invitation-link").textContent()) ?? "";
    expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);
    await alex.page.getByRole("button", { name: "Copy the link" }).click();
    await alex.page.getByText("The link is copied.").waitFor();
    expect(await alex.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expectAccessible(alex.page, "invitation-link-ready");
    await alex.context.close();

    const kim = await newPage(browser());
    await kim.page.goto(link.replace("localhost", "127.0.0.1"));
    await kim.page.getByRole("heading", { level: 1, name: "Join Personalisation Expert Panel" }).waitFor();
    await kim.page.getByText("Hello Kim Adams.").waitFor();
    expect(await kim.page.getByLabel("Full name").inputValue()).toBe("Kim Adams");
    await expectAccessible(kim.page, "join-signed-out");
    await kim.page.getByLabel("Email address").fill("kim.adams@example.org");
    await kim.page.getByLabel("Yes, it is my own device").check();
    const since = smtp.messages.length;
    await kim.page.getByRole("button", { name: "Send me a sign-in email" }).click();
    await kim.page.getByRole("heading", { name: "Check your email" }).waitFor();
    await expectAccessible(kim.page, "join-check-email");
    const { code } = signInDetails(await smtp.waitForMessage("kim.adams@example.org", since));
    await kim.page.getByLabel("6-digit code").fill(code);
    await kim.page.getByRole("button", { name: "Sign in" }).click();
    await kim.page.getByRole("button", { name: "Join the panel" }).waitFor();
    await kim.page.getByRole("heading", { level: 1, name: "Join Personalisation Expert Panel" }).waitFor();
    await expectAccessible(kim.page, "join-signed-in");
    await kim.page.getByRole("button", { name: "Join the panel" }).click();
    await kim.page.getByRole("heading", { level: 1, name: "Your communication needs" }).waitFor();
    await kim.page.getByText("Welcome to Personalisation Expert Panel. Tell us what you need so that papers and meetings work for you").waitFor();
    await expectAccessible(kim.page, "join-welcome-needs");

    // The link was for one person: opening it again says, calmly, that it does not work.
    await kim.page.goto(link.replace("localhost", "127.0.0.1"));
    await kim.page.getByText("This invitation link does not work any more. Ask the person who sent it for a new one.").waitFor();
    await expectAccessible(kim.page, "join-link-does-not-work");
    await kim.context.close();
  }, 180_000);
});

describe("a spoke group sends an item to its hub", () => {
  it("the spoke's chair sends an item with the group's view using only the keyboard, and the hub sees where it came from", async () => {
    const jamie = await newPage(browser());
    await signInAs(jamie.page, server.url, "Jamie Carter");
    await openPanelFromHome(jamie.page, "Carers' spoke group");
    await jamie.page.getByRole("link", { name: "Agenda items: suggest one, see what others suggested" }).click();
    await jamie.page.getByRole("link", { name: "Carer's assessments take too long" }).click();
    await jamie.page.getByRole("heading", { level: 1, name: "Carer's assessments take too long" }).waitFor();
    await waitForHydration(jamie.page);
    await expectAccessible(jamie.page, "spoke-item");

    await tabTo(jamie.page, () => document.activeElement?.textContent === "Send this item to Personalisation Expert Panel", "the send link");
    await jamie.page.keyboard.press("Enter");
    await jamie.page.getByRole("heading", { level: 1, name: "Send this item to Personalisation Expert Panel" }).waitFor();
    await waitForHydration(jamie.page);
    await expectAccessible(jamie.page, "forward-item");

    await tabTo(jamie.page, () => document.activeElement?.textContent === "Send to Personalisation Expert Panel", "the send button");
    await jamie.page.keyboard.press("Enter");
    await jamie.page.getByRole("alert").getByRole("link", { name: "Enter your group's view of this item" }).waitFor();
    expect(await jamie.page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary"))).toBe(true);
    await expectAccessible(jamie.page, "forward-item-errors");

    await tabTo(jamie.page, () => document.activeElement?.id === "forward-spokeView", "the view field");
    await jamie.page.keyboard.type("Carers in our group wait over six months. We ask the panel to raise it with the council.");
    await tabTo(jamie.page, () => document.activeElement?.textContent === "Send to Personalisation Expert Panel", "the send button");
    await jamie.page.keyboard.press("Enter");
    await jamie.page.getByText("The item was sent to Personalisation Expert Panel with your view").waitFor();
    await jamie.page.getByText(/Sent to Personalisation Expert Panel on/).waitFor();
    expect(await jamie.page.getByRole("link", { name: "Send this item to Personalisation Expert Panel" }).count()).toBe(0);
    await expectAccessible(jamie.page, "forward-item-sent");
    await jamie.context.close();

    const alex = await newPage(browser());
    await signInAs(alex.page, server.url, "Alex Morgan");
    await openPanelFromHome(alex.page);
    await alex.page.getByRole("link", { name: "Agenda items: suggest one, see what others suggested" }).click();
    const row = alex.page.getByRole("row").filter({ hasText: "Carer's assessments take too long" });
    await row.getByText("From Carers' spoke group").waitFor();
    await expectAccessible(alex.page, "hub-items-from-spoke");
    await row.getByRole("link", { name: "Carer's assessments take too long" }).click();
    await alex.page.getByText("Sent by Carers' spoke group with their view:").waitFor();
    await alex.page.getByText("Carers in our group wait over six months.", { exact: false }).waitFor();
    await expectAccessible(alex.page, "hub-item-from-spoke");
    await alex.context.close();
  }, 150_000);
});

describe("organisations and removal", () => {
  it("a member sees their ULO on their profile; a site admin sees how they joined and completes a removal request", async () => {
    const priya = await newPage(browser());
    await signInAs(priya.page, server.url, "Priya Shah");
    await priya.page.getByRole("link", { name: "Your profile and communication needs" }).click();
    await priya.page.getByRole("heading", { level: 1, name: "Your profile" }).waitFor();
    expect(await priya.page.getByLabel("Wessex Centre for Independent Living (user led organisation)").isChecked()).toBe(true);
    await expectAccessible(priya.page, "profile-organisations");
    await priya.context.close();

    const morgan = await newPage(browser());
    await signInAs(morgan.page, server.url, "Morgan Lee");
    await morgan.page.getByRole("link", { name: "Admin", exact: true }).click();
    await morgan.page.getByRole("link", { name: "People", exact: true }).click();
    await morgan.page.getByLabel("Search by name or email address").fill("Priya");
    await morgan.page.getByRole("button", { name: "Search" }).click();
    await morgan.page.getByRole("table").getByRole("link", { name: "Priya Shah" }).click();
    await morgan.page.getByText("Priya Shah belongs to Wessex Centre for Independent Living.").waitFor();
    await expectAccessible(morgan.page, "admin-person-organisations");

    await morgan.page.getByRole("link", { name: "Admin", exact: true }).click();
    await morgan.page.getByRole("link", { name: "Removal requests" }).click();
    await morgan.page.getByRole("heading", { level: 1, name: "Removal requests" }).waitFor();
    await expectAccessible(morgan.page, "admin-removals");
    await morgan.page.getByRole("link", { name: "Complete removal for Robin Hale" }).click();
    await morgan.page.getByRole("heading", { level: 1, name: "Remove Robin Hale's information?" }).waitFor();
    await expectAccessible(morgan.page, "admin-removal-confirm");
    await morgan.page.getByRole("button", { name: "Yes, remove Robin Hale's information" }).click();
    await morgan.page.getByText("The person's information has been removed.").waitFor();
    await morgan.page.getByText(`Former member ${joiningDemoIds.leavingMember.slice(0, 8)}, removed on`, { exact: false }).waitFor();
    await expectAccessible(morgan.page, "admin-removal-done");
    await morgan.context.close();
  }, 150_000);
});
