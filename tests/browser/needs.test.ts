// A member records her communication needs; the chair sees them summed up and, because she agreed,
// by name. Against the real server with demo data.
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, signInAs, useBrowser } from "../support/browser.ts";
import { openPanelFromHome } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();

describe("communication needs", () => {
  it("a member records her needs, fixing a wrong point size, and the chair sees them flagged", async () => {
    const member = await newPage(browser());
    const page = member.page;
    await signInAs(page, server.url, "Priya Shah");
    await page.getByRole("link", { name: "Your profile and communication needs" }).click();
    await page.getByRole("heading", { level: 1, name: "Your profile" }).waitFor();
    await expectAccessible(page, "needs-profile");
    await page.getByRole("link", { name: "Your communication needs" }).click();
    await page.getByRole("heading", { level: 1, name: "Your communication needs" }).waitFor();
    await expectAccessible(page, "needs-form");

    await page.getByRole("radio", { name: "Large print", exact: true }).check();
    await page.getByLabel("Large print: point size").fill("9");
    await page.getByRole("radio", { name: "Text message" }).check();
    await page.getByRole("checkbox", { name: "BSL interpreter" }).check();
    await page.getByRole("checkbox", { name: "Step-free access" }).check();
    await page.getByRole("group", { name: "Can officers and finance staff see these needs to arrange things for you?" }).getByLabel("Yes").check();
    await page.getByRole("button", { name: "Save your communication needs" }).click();

    const summary = page.getByRole("alert");
    await summary.getByRole("link", { name: "Enter a point size between 14 and 48" }).waitFor();
    await expectAccessible(page, "needs-form-errors");
    // What was chosen is kept.
    expect(await page.getByRole("checkbox", { name: "BSL interpreter" }).isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: "Large print", exact: true }).isChecked()).toBe(true);
    await summary.getByRole("link", { name: "Enter a point size between 14 and 48" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("needs-largePrintPointSize");

    await page.getByLabel("Large print: point size").fill("24");
    await page.getByRole("button", { name: "Save your communication needs" }).click();
    await page.getByText("Your communication needs are saved.").waitFor();
    expect(await page.getByLabel("Large print: point size").inputValue()).toBe("24");
    await expectAccessible(page, "needs-saved");
    await member.context.close();

    const chair = await newPage(browser());
    await signInAs(chair.page, server.url, "Alex Morgan");
    await openPanelFromHome(chair.page);
    await chair.page.getByRole("link", { name: "Communication needs to arrange for" }).click();
    await chair.page.getByRole("heading", { level: 1, name: "Communication needs" }).waitFor();
    const lines = chair.page.getByRole("list", { name: "Needs summed up" });
    await lines.getByText("1 large print at 24pt", { exact: true }).waitFor();
    await lines.getByText("BSL interpreter", { exact: false }).first().waitFor();
    const row = chair.page.getByRole("row", { name: /Priya Shah/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("Large print at 24pt");
    expect(await row.textContent()).toContain("Step-free access");
    await expectAccessible(chair.page, "needs-panel-chair");
    await chair.context.close();
  }, 120_000);

  it("works without JavaScript: the server checks the follow-up and keeps what was typed", async () => {
    const { context, page } = await newPage(browser(), { javaScript: false });
    await signInAs(page, server.url, "Chris Jones");
    await page.getByRole("link", { name: "Your profile and communication needs" }).click();
    await page.getByRole("link", { name: "Your communication needs" }).click();
    await page.getByRole("radio", { name: "Braille" }).check();
    await page.getByRole("radio", { name: "Phone call" }).check();
    await page.getByLabel("In your own words").fill("Please read papers aloud if Braille is late.");
    await page.getByRole("group", { name: "Can officers and finance staff see these needs to arrange things for you?" }).getByLabel("No").check();
    await page.getByRole("button", { name: "Save your communication needs" }).click();
    await page.getByRole("link", { name: "Choose Braille grade 1 or grade 2" }).waitFor();
    expect(await page.getByLabel("In your own words").inputValue()).toBe("Please read papers aloud if Braille is late.");
    await expectAccessible(page, "needs-form-errors-no-js");
    await page.getByRole("group", { name: "Braille: which grade?" }).getByLabel("Grade 2").check();
    await page.getByRole("button", { name: "Save your communication needs" }).click();
    await page.getByText("Your communication needs are saved.").waitFor();
    await expectAccessible(page, "needs-saved-no-js");
    await context.close();
  }, 120_000);

  it("a site admin changes needs for a member, who sees who did it; finance staff see totals only", async () => {
    const admin = await newPage(browser());
    await signInAs(admin.page, server.url, "Morgan Lee");
    await admin.page.getByRole("link", { name: "Admin", exact: true }).click();
    await admin.page.getByRole("link", { name: "People", exact: true }).click();
    await admin.page.getByLabel("Search by name or email address").fill("Priya");
    await admin.page.getByRole("button", { name: "Search" }).click();
    await admin.page.getByRole("table").getByRole("link", { name: "Priya Shah" }).click();
    await admin.page.getByRole("link", { name: "See or change Priya Shah's communication needs" }).click();
    await admin.page.getByText("You are changing these for Priya Shah. They will see that you made the change.").waitFor();
    await expectAccessible(admin.page, "needs-admin-form");
    await admin.page.getByRole("radio", { name: "Large print", exact: true }).check();
    await admin.page.getByLabel("Large print: point size").fill("24");
    await admin.page.getByRole("radio", { name: "Text message" }).check();
    await admin.page.getByRole("checkbox", { name: "More time" }).check();
    await admin.page.getByRole("group", { name: "Can officers and finance staff see these needs to arrange things for you?" }).getByLabel("Yes").check();
    await admin.page.getByRole("button", { name: "Save communication needs" }).click();
    await admin.page.getByText("Priya Shah's communication needs are saved.").waitFor();
    await expectAccessible(admin.page, "needs-admin-saved");
    await admin.context.close();

    const member = await newPage(browser());
    await signInAs(member.page, server.url, "Priya Shah");
    await member.page.getByRole("link", { name: "Your profile and communication needs" }).click();
    await member.page.getByRole("link", { name: "Your communication needs" }).click();
    await member.page.getByText(/Last changed by Morgan Lee on/).waitFor();
    expect(await member.page.getByRole("checkbox", { name: "More time" }).isChecked()).toBe(true);
    await expectAccessible(member.page, "needs-changed-by-admin");

    await member.page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Your profile" }).click();
    await member.page.getByRole("link", { name: "Ask for your information to be removed" }).click();
    await member.page.getByRole("heading", { level: 1, name: "Ask for your information to be removed" }).waitFor();
    await expectAccessible(member.page, "needs-removal");
    await member.page.getByRole("button", { name: "Ask for my information to be removed" }).click();
    await member.page.getByText(/You asked for your information to be removed on/).waitFor();
    await expectAccessible(member.page, "needs-removal-asked");
    await member.context.close();

    const finance = await newPage(browser());
    await signInAs(finance.page, server.url, "Dana Okafor");
    await openPanelFromHome(finance.page);
    await finance.page.getByRole("link", { name: "Communication needs to arrange for" }).click();
    await finance.page.getByRole("list", { name: "Needs summed up" }).getByText("1 large print at 24pt", { exact: true }).waitFor();
    expect(await finance.page.getByRole("table").count()).toBe(0);
    expect(await finance.page.getByText("Priya Shah").count()).toBe(0);
    await expectAccessible(finance.page, "needs-panel-finance");
    await finance.context.close();
  }, 120_000);
});
