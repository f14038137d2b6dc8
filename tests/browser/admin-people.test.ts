// A site admin manages people, reads the audit log and the email outbox, in a real browser.
// The server has no SMTP_URL, so emails go to the outbox.
import { describe, expect, it } from "vitest";
import { expectAccessible, fillDate, newPage, signInAs, useBrowser } from "../support/browser.ts";
import { openAdminPerson, openAdminSection } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();

describe("managing people", () => {
  it("finds, adds, changes, deactivates and reactivates a person, then sees it all in the audit log", async () => {
    const { context, page } = await newPage(browser());
    await signInAs(page, server.url, "Morgan Lee");
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Administration" }).waitFor();
    await page.getByRole("link", { name: "People" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await expectAccessible(page, "admin-people");

    await page.getByLabel("Search by name or email address").fill("PRIYA");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\?q=PRIYA/);
    const rows = page.getByRole("table").getByRole("row");
    await rows.filter({ hasText: "Priya Shah" }).waitFor();
    await page.getByText("1 person matching \"PRIYA\"").waitFor();
    expect(await rows.filter({ hasText: "Alex Morgan" }).count()).toBe(0);
    await expectAccessible(page, "admin-people-search");

    await page.getByRole("button", { name: "Add a person" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a person" }).waitFor();
    await expectAccessible(page, "admin-person-add");
    await page.getByLabel("Full name").fill("Jo Bloggs");
    await page.getByLabel("Email address").fill("jo.bloggs@");
    await page.getByRole("button", { name: "Add person" }).click();
    const summary = page.getByRole("alert");
    await summary.getByRole("link", { name: "Enter an email address in the correct format, like name@example.com" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary"))).toBe(true);
    await expectAccessible(page, "admin-person-add-errors");
    await summary.getByRole("link", { name: "Enter an email address in the correct format, like name@example.com" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("add-person-email");
    await page.getByLabel("Email address").fill(" Jo.Bloggs@Example.org ");
    await page.getByRole("button", { name: "Add person" }).click();
    await page.getByRole("heading", { level: 1, name: "Jo Bloggs" }).waitFor();
    await page.getByText("The person has been added.").waitFor();
    await page.getByText("jo.bloggs@example.org").first().waitFor();
    await expectAccessible(page, "admin-person-added");

    await page.getByLabel("Full name").fill("Jo Bloggs-Smith");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("The changes have been saved.").waitFor();
    await page.getByRole("heading", { level: 1, name: "Jo Bloggs-Smith" }).waitFor();
    await expectAccessible(page, "admin-person-saved");

    await page.getByRole("button", { name: "Deactivate Jo Bloggs-Smith" }).click();
    await page.getByRole("heading", { level: 1, name: "Deactivate Jo Bloggs-Smith?" }).waitFor();
    await expectAccessible(page, "admin-person-deactivate-confirm");
    await page.getByRole("button", { name: "Yes, deactivate Jo Bloggs-Smith" }).click();
    await page.getByText("The person has been deactivated and signed out everywhere.").waitFor();
    await page.getByText("Deactivated", { exact: true }).waitFor();
    await expectAccessible(page, "admin-person-deactivated");

    await page.getByRole("button", { name: "Reactivate Jo Bloggs-Smith" }).click();
    await page.getByText("The person has been reactivated. They can sign in again.").waitFor();
    await page.getByText("Active", { exact: true }).waitFor();
    await expectAccessible(page, "admin-person-reactivated");

    await openAdminSection(page, "Audit log");
    await expectAccessible(page, "admin-audit");
    await page.getByLabel("What happened").fill("person.");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/action=person\./);
    await page.getByText(/^\d+ events$/).waitFor();
    const events = page.getByRole("table").getByRole("row");
    for (const action of ["person.created", "person.updated", "person.deactivated", "person.reactivated"]) {
      await events.filter({ hasText: action }).first().waitFor();
    }
    expect(await events.filter({ hasText: "person.signed-in" }).count()).toBeGreaterThan(0);
    const updated = events.filter({ hasText: "person.updated" });
    await updated.getByText("Show changes").click();
    await updated.getByText('"name": "Jo Bloggs-Smith"').waitFor();
    await expectAccessible(page, "admin-audit-filtered");

    await fillDate(page, "From", "2026-03-10");
    await fillDate(page, "To", "2026-03-01");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.getByRole("alert").getByRole("link", { name: "The end date must be on or after the start date" }).waitFor();
    await expectAccessible(page, "admin-audit-errors");
    await context.close();
  }, 120_000);

  it("deactivates and reactivates without JavaScript", async () => {
    const { context, page } = await newPage(browser(), { javaScript: false });
    await signInAs(page, server.url, "Morgan Lee");
    await openAdminPerson(page, "sam", "Sam Taylor");
    await page.getByRole("button", { name: "Deactivate Sam Taylor" }).click();
    await page.getByRole("button", { name: "Yes, deactivate Sam Taylor" }).waitFor();
    await expectAccessible(page, "admin-person-deactivate-confirm-no-js");
    await page.getByRole("button", { name: "Yes, deactivate Sam Taylor" }).click();
    await page.getByText("The person has been deactivated and signed out everywhere.").waitFor();
    await page.getByRole("button", { name: "Reactivate Sam Taylor" }).click();
    await page.getByText("The person has been reactivated. They can sign in again.").waitFor();
    await expectAccessible(page, "admin-person-reactivated-no-js");

    await openAdminPerson(page, "morgan", "Morgan Lee");
    await page.getByText("You cannot deactivate yourself").waitFor();
    await expectAccessible(page, "admin-person-yourself-no-js");
    await context.close();
  }, 120_000);
});

describe("the email outbox", () => {
  it("shows a sign-in email written to the outbox, as text", async () => {
    const visitor = await newPage(browser());
    await visitor.page.goto(server.url + "/");
    await visitor.page.getByRole("button", { name: "Sign in" }).click();
    await visitor.page.getByLabel("Email address").fill("priya.shah@example.org");
    await visitor.page.getByLabel("Yes, it is my own device").check();
    await visitor.page.getByRole("button", { name: "Send me a sign-in email" }).click();
    await visitor.page.getByRole("heading", { name: "Check your email" }).waitFor();
    await visitor.context.close();

    const { context, page } = await newPage(browser());
    await signInAs(page, server.url, "Morgan Lee");
    await openAdminSection(page, "Email outbox");
    const row = page.getByRole("row").filter({ hasText: "priya.shah@example.org" });
    await row.waitFor();
    await expectAccessible(page, "admin-outbox");
    await row.getByRole("link", { name: "Sign in to Panel" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in to Panel" }).waitFor();
    await page.getByText("Hello Priya Shah,").waitFor();
    await page.getByText(/\b\d{3} \d{3}\b/).first().waitFor();
    await expectAccessible(page, "admin-outbox-message");
    await context.close();
  });
});
