// Agenda items in a real browser with the demo data: a member proposes an item (fixing an empty
// title first), the chair proposes another, the member prioritises by keyboard alone, the chair
// with the mouse, and both see the ranked list (issue 4, "Agendas set together").
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, newPage, signInAs, useBrowser, waitForHydration } from "../support/browser.ts";
import { removeDataDir, startServerProcess, type ServerProcess } from "../support/server-process.ts";

const browser = useBrowser();
let server: ServerProcess;
const demoPanel = "00000000-0000-4000-8000-000000000010";
const upcomingMeeting = "00000000-0000-4000-8000-000000000502";

beforeAll(async () => {
  server = await startServerProcess();
});

afterAll(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
});

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

async function propose(page: Page, title: string, about: string, screenshot?: string) {
  await page.goto(`${server.url}/panels/${demoPanel}/agenda-items/new`);
  await page.getByRole("heading", { level: 1, name: "Propose an agenda item" }).waitFor();
  await waitForHydration(page);
  if (screenshot) await expectAccessible(page, `${screenshot}-new`);
  await page.getByLabel("What it is about").fill(about);
  await page.getByLabel("For discussion").check();
  await page.getByLabel("Related recommendations (optional)").fill("r6.4");
  if (screenshot) {
    await page.getByRole("button", { name: "Propose item" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.getByRole("link", { name: "Enter a title for the item" }).waitFor();
    // What was typed is kept.
    expect(await page.getByLabel("What it is about").inputValue()).toBe(about);
    await expectAccessible(page, `${screenshot}-error`);
  }
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Propose item" }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

describe("agenda items in a browser", () => {
  it("a member and the chair propose items, prioritise them for the upcoming meeting and see the ranked list", async () => {
    const priya = await newPage(browser());
    await signInAs(priya.page, server.url, "Priya Shah");
    await priya.page.goto(`${server.url}/panels/${demoPanel}/agenda-items`);
    await priya.page.getByRole("heading", { level: 1, name: "Agenda items" }).waitFor();
    await expectAccessible(priya.page, "agenda-items-list");
    await propose(priya.page, "Bus passes for personal assistants", "My PA pays for the bus to come with me to meetings.", "agenda-item");
    await priya.page.getByText("Your item was proposed").waitFor();
    await priya.page.getByText("Proposed by Priya Shah (proposed by a member)").waitFor();
    expect(await priya.page.getByText("R6.4", { exact: true }).count()).toBe(1);
    await expectAccessible(priya.page, "agenda-item-proposed");

    const alex = await newPage(browser());
    await signInAs(alex.page, server.url, "Alex Morgan");
    await propose(alex.page, "Respite care waiting times", "Carers wait months for a break.");

    // Priya chooses by keyboard alone.
    const priorities = `${server.url}/panels/${demoPanel}/meetings/${upcomingMeeting}/priorities`;
    await priya.page.goto(priorities);
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

    // Alex chooses the other way round: equal totals, equal first choices, so the older item wins.
    await alex.page.goto(priorities);
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
  });
});
