// Agenda items in a real browser with the demo data, each journey starting from the person's home
// page and moving by the links they see (issue 10): a member suggests an item (fixing an empty
// title first), the chair suggests another, the member prioritises by keyboard alone, the chair
// with the mouse, and both see the ranked list (issue 4, "Agendas set together").
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, signInAs, useBrowser, waitForHydration } from "../support/browser.ts";
import { demoUpcomingMeeting, followFromHome, goHome, meetingCard, openPanelFromHome } from "../support/journeys.ts";
import { useServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
const server = useServerProcess();

type Focused = { id: string; tag: string; text: string };

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? "", tag: el?.tagName ?? "", text: el?.textContent?.trim() ?? "" };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, isTarget: (element: Focused) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (isTarget(await focused(page))) return;
  }
  throw new Error("Could not reach the element by pressing Tab");
}

/** Moves through a focused select's options with the arrow keys until the wanted one is chosen. */
async function arrowToOption(page: Page, label: string, limit = 20) {
  const chosen = () => page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
  for (let i = 0; i < limit && (await chosen()) !== label; i++) await page.keyboard.press("ArrowDown");
  for (let i = 0; i < limit && (await chosen()) !== label; i++) await page.keyboard.press("ArrowUp");
  expect(await chosen()).toBe(label);
}

/** From the home page: "Suggest an item for the agenda" for the upcoming meeting, the short form, back to the meeting. */
async function suggest(page: Page, title: string, about: string, screenshot?: string) {
  await meetingCard(page).getByRole("link", { name: "Suggest an item for the agenda" }).click();
  await page.getByRole("heading", { level: 1, name: "Suggest an item for the agenda" }).waitFor();
  await page.getByText("Members can choose it for this meeting until the papers deadline").waitFor();
  await waitForHydration(page);
  if (screenshot) await expectAccessible(page, `${screenshot}-new`);
  await page.getByLabel("Tell us more about it").fill(about);
  if (screenshot) {
    // The rest is folded away; a member who wants to can add it.
    await page.getByText("Add more detail (optional)").click();
    await page.getByLabel("For discussion").check();
    await page.getByLabel("Related recommendations (optional)").fill("r6.4");
    await expectAccessible(page, `${screenshot}-more-detail`);
    await page.getByRole("button", { name: "Suggest item" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.getByRole("link", { name: "Enter a title for the item" }).waitFor();
    // What was typed is kept, and the folded details stay open with it.
    expect(await page.getByLabel("Tell us more about it").inputValue()).toBe(about);
    expect(await page.getByLabel("Related recommendations (optional)").inputValue()).toBe("r6.4");
    await expectAccessible(page, `${screenshot}-error`);
    await summary.getByRole("link", { name: "Enter a title for the item" }).click();
    expect((await focused(page)).id).toBe("agenda-item-title");
  }
  await page.getByLabel("What do you want the panel to talk about?").fill(title);
  await page.getByRole("button", { name: "Suggest item" }).click();
  await page.getByRole("heading", { level: 1, name: demoUpcomingMeeting }).waitFor();
  await page.getByText("Thank you. Your item is on the list members choose from.").waitFor();
}

describe("agenda items in a browser", () => {
  it("from their home pages, a member and the chair suggest items, prioritise them for the upcoming meeting and see the ranked list", async () => {
    const priya = await newPage(browser());
    await signInAs(priya.page, server.url, "Priya Shah");
    // The list of items, reached from the panel's page.
    await openPanelFromHome(priya.page);
    await priya.page.getByRole("link", { name: "Agenda items: suggest one, see what others suggested" }).click();
    await priya.page.getByRole("heading", { level: 1, name: "Agenda items" }).waitFor();
    await expectAccessible(priya.page, "agenda-items-list");
    await goHome(priya.page);
    await suggest(priya.page, "Bus passes for personal assistants", "My PA pays for the bus to come with me to meetings.", "agenda-item");
    await expectAccessible(priya.page, "agenda-item-suggested");

    const alex = await newPage(browser());
    await signInAs(alex.page, server.url, "Alex Morgan");
    await suggest(alex.page, "Respite care waiting times", "Carers wait months for a break.");

    // Priya goes on from the meeting page, and chooses by keyboard alone.
    await priya.page.getByRole("link", { name: "Choose your three most important items" }).click();
    await priya.page.getByRole("heading", { level: 1, name: "Prioritise items for this meeting" }).waitFor();
    await waitForHydration(priya.page);
    await expectAccessible(priya.page, "priorities-form");
    await tabTo(priya.page, (el) => el.id === "priorities-points3");
    await arrowToOption(priya.page, "Bus passes for personal assistants");
    await priya.page.keyboard.press("Tab");
    expect((await focused(priya.page)).id).toBe("priorities-points2");
    await arrowToOption(priya.page, "Bus passes for personal assistants");
    await tabTo(priya.page, (el) => el.tag === "BUTTON" && el.text === "Save my choices");
    await priya.page.keyboard.press("Enter");
    const summary = priya.page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.getByRole("link", { name: "Choose a different item for each place" }).waitFor();
    await expectAccessible(priya.page, "priorities-error");
    await priya.page.keyboard.press("Tab");
    await priya.page.keyboard.press("Enter");
    expect((await focused(priya.page)).id).toBe("priorities-points2");
    await arrowToOption(priya.page, "Respite care waiting times");
    await tabTo(priya.page, (el) => el.tag === "BUTTON" && el.text === "Save my choices");
    await priya.page.keyboard.press("Enter");
    await priya.page.getByText("Your choices were saved").waitFor();
    expect(await priya.page.getByLabel("Most important (3 points)").locator("option:checked").textContent()).toBe("Bus passes for personal assistants");
    await expectAccessible(priya.page, "priorities-saved-member");

    // Alex chooses the other way round, starting from his home page: equal totals, equal first
    // choices, so the older item wins.
    await followFromHome(alex.page, "Choose your three most important items");
    await alex.page.getByRole("heading", { level: 1, name: "Prioritise items for this meeting" }).waitFor();
    await waitForHydration(alex.page);
    await alex.page.getByLabel("Most important (3 points)").selectOption({ label: "Respite care waiting times" });
    await alex.page.getByLabel("Second (2 points)").selectOption({ label: "Bus passes for personal assistants" });
    await alex.page.getByLabel("Third (1 point)").selectOption({ label: "No choice" });
    await alex.page.getByRole("button", { name: "Save my choices" }).click();
    await alex.page.getByText("Your choices were saved").waitFor();
    await expectAccessible(alex.page, "priorities-saved-chair");

    const bus = alex.page.getByRole("row", { name: /Bus passes for personal assistants/ });
    const respite = alex.page.getByRole("row", { name: /Respite care waiting times/ });
    expect(await bus.getByRole("cell").allTextContents()).toEqual([expect.any(String), "Bus passes for personal assistantsProposed by a member", "5", "2"]);
    expect(await respite.getByRole("cell").allTextContents()).toEqual([expect.any(String), "Respite care waiting timesProposed by a member", "5", "2"]);
    const busRank = Number(await bus.getByRole("cell").first().textContent());
    const respiteRank = Number(await respite.getByRole("cell").first().textContent());
    expect(busRank).toBe(respiteRank - 1);

    await priya.page.reload();
    await priya.page.getByRole("row", { name: /Respite care waiting times/ }).waitFor();
    await expectAccessible(priya.page, "priorities-ranked");

    // Her item, from the ranked list, says whose idea it was.
    await priya.page.getByRole("link", { name: "Bus passes for personal assistants" }).click();
    await priya.page.getByRole("heading", { level: 1, name: "Bus passes for personal assistants" }).waitFor();
    await priya.page.getByText("Proposed by Priya Shah (proposed by a member)").waitFor();
    expect(await priya.page.getByText("R6.4", { exact: true }).count()).toBe(1);
    await expectAccessible(priya.page, "agenda-item-proposed");
  });
});
