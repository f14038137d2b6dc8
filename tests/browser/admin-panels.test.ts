// The admin pages for panels and organisations in a real browser, as the demo site admin.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, signInAs, useBrowser } from "../support/browser.ts";
import { openAdminSection } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe("panel administration in a browser", () => {
  it("a site admin adds a spoke panel, fixing a missing name, then gives Priya Shah a role and takes it away", async () => {
    const { context, page } = await newPage(browser());
    await signInAs(page, server.url, "Morgan Lee");
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Administration" }).waitFor();
    await expectAccessible(page, "admin-home");

    await page.getByRole("link", { name: "Panels", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Panels" }).waitFor();
    expect(await page.getByRole("link", { name: "Personalisation Expert Panel" }).count()).toBe(1);
    await expectAccessible(page, "admin-panels");

    await page.getByRole("button", { name: "Add a panel" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a panel" }).waitFor();
    expect(await page.getByLabel("Time zone").inputValue()).toBe("Europe/London");
    await expectAccessible(page, "admin-panel-new");

    await page.getByLabel("What the panel is for").fill("Young carers meet in the evenings and bring their views to the panel.");
    await page.getByLabel("Terms of reference").fill("Meet every two months\nReport to the hub panel");
    await page.getByLabel("Council", { exact: true }).selectOption({ label: "Wessex County Council" });
    await page.getByLabel("User led organisation (ULO) that manages pay and expenses").selectOption({ label: "Wessex Centre for Independent Living" });
    await page.getByLabel("Hub panel").selectOption({ label: "Personalisation Expert Panel" });
    await page.getByRole("button", { name: "Add panel" }).click();

    const summary = page.getByRole("alert");
    await summary.getByText("There is a problem").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary"))).toBe(true);
    await expectAccessible(page, "admin-panel-new-errors");
    await summary.getByRole("link", { name: "Enter the panel's name" }).click();
    expect(await focusedId(page)).toBe("panel-name");
    expect(await page.getByLabel("What the panel is for").inputValue()).toContain("Young carers meet");

    await page.getByLabel("Name", { exact: true }).fill("Young carers' spoke group");
    await page.getByRole("button", { name: "Add panel" }).click();
    await page.getByRole("heading", { level: 1, name: "Young carers' spoke group" }).waitFor();
    await page.getByText("Young carers' spoke group has been added. Now add people to it.").waitFor();
    expect(await page.getByLabel("Hub panel").locator("option:checked").textContent()).toBe("Personalisation Expert Panel");
    await expectAccessible(page, "admin-panel-edit");

    await page.getByLabel("Person").selectOption({ label: "Priya Shah (priya.shah@example.org)" });
    await page.getByLabel("Member", { exact: true }).check();
    await page.getByLabel("Priya Shah has agreed to join this panel and for us to keep their details").check();
    await page.getByRole("button", { name: "Add person" }).click();
    await page.getByText("Priya Shah is now a Member on this panel.").waitFor();
    const remove = page.getByRole("button", { name: "Remove Member role from Priya Shah" });
    await remove.waitFor();
    await expectAccessible(page, "admin-panel-member-added");

    await remove.click();
    await page.getByText("The role has been removed.").waitFor();
    expect(await remove.count()).toBe(0);
    await expectAccessible(page, "admin-panel-member-removed");

    await openAdminSection(page, "Panels");
    const row = page.getByRole("row").filter({ hasText: "Young carers' spoke group" });
    expect(await row.textContent()).toContain("Personalisation Expert Panel");
    await context.close();
  });

  it("a site admin adds and edits an organisation, with errors shown first", async () => {
    const { context, page } = await newPage(browser());
    await signInAs(page, server.url, "Morgan Lee");
    await openAdminSection(page, "Organisations");
    await expectAccessible(page, "admin-organisations");

    await page.getByRole("button", { name: "Add an organisation" }).click();
    await page.getByRole("heading", { level: 1, name: "Add an organisation" }).waitFor();
    await expectAccessible(page, "admin-organisation-new");
    await page.getByRole("button", { name: "Add organisation" }).click();
    const summary = page.getByRole("alert");
    await summary.getByText("Select what kind of organisation this is").waitFor();
    await expectAccessible(page, "admin-organisation-new-errors");
    await summary.getByRole("link", { name: "Select what kind of organisation this is" }).click();
    expect(await focusedId(page)).toBe("organisation-kind");

    await page.getByLabel("Name").fill("Wessex Health Trust");
    await page.getByLabel("Other").check();
    await page.getByRole("button", { name: "Add organisation" }).click();
    await page.getByText("Wessex Health Trust has been added.").waitFor();

    await page.getByRole("link", { name: "Edit Wessex Health Trust" }).click();
    await page.getByRole("heading", { level: 1, name: "Edit Wessex Health Trust" }).waitFor();
    await expectAccessible(page, "admin-organisation-edit");
    await page.getByLabel("Name").fill("Wessex NHS Health Trust");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Your changes to Wessex NHS Health Trust are saved.").waitFor();
    await context.close();
  });

  it("without JavaScript, the server's refusal shows the error summary and keeps what was typed", async () => {
    const { context, page } = await newPage(browser(), { javaScript: false });
    await signInAs(page, server.url, "Morgan Lee");
    await openAdminSection(page, "Panels");
    await page.getByRole("button", { name: "Add a panel" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a panel" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Night owls");
    await page.getByLabel("Time zone").fill("Atlantis/Lost_City");
    await page.getByRole("button", { name: "Add panel" }).click();
    await page.getByRole("link", { name: "Enter a real time zone, like Europe/London" }).waitFor();
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe("Night owls");
    expect(await page.getByLabel("Time zone").inputValue()).toBe("Atlantis/Lost_City");
    await expectAccessible(page, "admin-panel-new-errors-no-js");
    await context.close();
  });
});
