// Moving through the app as a person does (issue 10): from the home page, by the links and buttons
// they see, found by role and name. Typing an address is left to tests that check a refusal.
import type { Locator, Page } from "playwright-core";

/** The demo panel's upcoming meeting, as its card on the home page names it. */
export const demoUpcomingMeeting = "Panel meeting: day services and the care budget";
export const demoPanelName = "Personalisation Expert Panel";

/** Back to the home page by the "Home" link in the service navigation. */
export async function goHome(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Home", exact: true }).first().click();
  await page.getByRole("heading", { level: 1, name: /^Hello, / }).waitFor();
}

/** A meeting's card under "What is next for you" on the home page. */
export function meetingCard(page: Page, title = demoUpcomingMeeting): Locator {
  return page.locator(".govuk-summary-card").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

/** From the home page, a link on a meeting's card: "View meeting", "Say if you are coming", "Prepare the agenda"… */
export async function followFromHome(page: Page, linkName: string, title = demoUpcomingMeeting): Promise<void> {
  await goHome(page);
  const from = page.url();
  await meetingCard(page, title).getByRole("link", { name: linkName }).click();
  await page.waitForURL((url) => url.href !== from);
}

/** From the home page, one of the person's panels under "Your panels". */
export async function openPanelFromHome(page: Page, panelName = demoPanelName): Promise<void> {
  await goHome(page);
  await page.getByRole("link", { name: panelName, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: panelName }).waitFor();
}

/** From the home page, any of the panel's meetings (past ones too) through the panel's "Meetings" list. */
export async function openMeetingFromPanel(page: Page, title: string, panelName = demoPanelName): Promise<void> {
  await openPanelFromHome(page, panelName);
  await page.getByRole("link", { name: "Meetings", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

/** A site admin's "Admin" link in the service navigation, then a section of Administration. */
export async function openAdminSection(page: Page, section: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Admin", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Administration" }).waitFor();
  await page.getByRole("link", { name: section, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: section }).waitFor();
}

/** From Administration → People, a person found by the search box. */
export async function openAdminPerson(page: Page, search: string, name: string): Promise<void> {
  await openAdminSection(page, "People");
  await page.getByLabel("Search by name or email address").fill(search);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("table").getByRole("link", { name, exact: true }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

/** A visitor opens the site's address and follows the home page's "Sign in" button. */
export async function openSignIn(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: /sign in/i }).waitFor();
}

/** "Display settings" in the footer, on every page. */
export async function openDisplaySettings(page: Page): Promise<void> {
  await page.getByRole("contentinfo").getByRole("link", { name: "Display settings" }).click();
  await page.getByRole("heading", { level: 1, name: "Display settings" }).waitFor();
}
