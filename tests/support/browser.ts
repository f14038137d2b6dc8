// A real browser for tests: Debian's Chromium driven by playwright-core (no browser download is
// possible here), and an axe-core check every browser test runs on every page it visits.
import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { checkReflow, checkTableLabels, describeReflowProblems } from "./reflow.ts";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const screenshotDir = path.resolve(import.meta.dirname, "../output/screenshots");

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
      "--disable-gpu",
    ],
  });
}

/** One browser for the test file, closed at the end. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The browser is not started yet");
    return browser;
  };
}

/** A fresh context (its own cookies), as a different person or device would have. */
export async function newPage(browser: Browser, options: { javaScript?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  // Any error the page logs or throws fails the test at its next axe check.
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // Failed loads are reported below with their address; a 404 page's own status is expected.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest()) {
      problems.push(`failed to load ${response.url()}: ${response.status()}`);
    }
  });
  Object.assign(page, { problems, javaScript: options.javaScript ?? true });
  return { context, page };
}

/**
 * axe-core (WCAG 2.0–2.2 A and AA rules) on the page as it is now: zero violations, or the test
 * fails listing each one. Also fails on errors the page logged, on sideways scrolling at 320 px
 * wide and with the largest text, and on table cells without the data-label that keys them when
 * tables stack on narrow screens (tests/support/reflow.ts). A full-page screenshot is saved to
 * tests/output/screenshots only when a check fails, or for every call when SCREENSHOTS=1 is set
 * (for review; each costs about 0.3 s).
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const { problems = [], javaScript = true } = page as Page & { problems?: string[]; javaScript?: boolean };
  if (await checkedBefore(page, javaScript)) {
    // The same page state passed these checks earlier in the run: only look for new page errors.
    if (problems.length) throw new Error(`Problems on "${name}" (${page.url()}):\n${problems.splice(0).join("\n")}`);
    return;
  }
  const fileName = name.replace(/[^a-z0-9-]+/gi, "-");
  const screenshotWhileNarrow = (target: Page) => async (state: string) => {
    await mkdir(screenshotDir, { recursive: true });
    await target.screenshot({ path: path.join(screenshotDir, `${fileName}-${state.replace(/[^a-z0-9]+/gi, "-")}.png`), fullPage: true });
  };
  const check = async (target: Page) => ({
    results: await axe(target),
    reflow: await checkReflow(target, screenshotWhileNarrow(target)),
    tableLabels: await checkTableLabels(target),
  });
  const { results, reflow, tableLabels } = javaScript ? await check(page) : await onCopy(page, check);
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n").join(" ")}`).join("\n")}`,
  );
  const all = [...violations, ...describeReflowProblems(reflow), ...tableLabels, ...problems.splice(0)];
  if (all.length || process.env.SCREENSHOTS === "1") {
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, `${fileName}.png`), fullPage: true });
  }
  if (all.length) throw new Error(`Accessibility problems on "${name}" (${page.url()}):\n${all.join("\n")}`);
  await recordChecked(page);
}

/**
 * Whether this exact page state (its DOM without scripts, the viewport, JavaScript on or off) was
 * checked before in this run, by this file or another (docs/testing.md: axe once per distinct
 * page state). Only states that passed are recorded: a failure stops the test first.
 */
async function checkedBefore(page: Page, javaScript: boolean): Promise<boolean> {
  const origin = new URL(page.url()).origin;
  const dom = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/\snonce="[^"]*"/g, "")
    .replaceAll(origin, "");
  const viewport = page.viewportSize();
  const key = createHash("sha256")
    .update(`${javaScript} ${viewport?.width}x${viewport?.height} ${page.url().slice(origin.length)}\n${dom}`)
    .digest("hex");
  const marker = path.join(checkedStatesDir(), key);
  if (existsSync(marker)) return true;
  pendingMarkers.set(page, marker);
  return false;
}

const pendingMarkers = new WeakMap<Page, string>();

async function recordChecked(page: Page): Promise<void> {
  const marker = pendingMarkers.get(page);
  if (!marker) return;
  pendingMarkers.delete(page);
  await mkdir(path.dirname(marker), { recursive: true });
  await writeFile(marker, "");
}

function checkedStatesDir(): string {
  let run = "local";
  try {
    run = inject("browserRun");
  } catch {
    // outside a vitest run with the browser project's globalSetup: checked states are per process
    run = `process-${process.pid}`;
  }
  return path.join(os.tmpdir(), `panel-checked-states-${run}`);
}

const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

function axe(page: Page) {
  return new AxeBuilder({ page }).withTags(axeTags).analyze();
}

/**
 * axe needs JavaScript, so a page seen with JavaScript off is checked as a copy: the same HTML,
 * without its scripts, at the same address in a JavaScript-enabled context (styles load as normal).
 */
async function onCopy<T>(page: Page, check: (copy: Page) => Promise<T>): Promise<T> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const context = await page.context().browser()!.newContext();
  try {
    const copy = await context.newPage();
    await copy.route(page.url(), (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
    await copy.goto(page.url());
    return await check(copy);
  } finally {
    await context.close();
  }
}

/** Waits until React has hydrated the page (app/root.tsx marks <html data-hydrated>). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
}

/** Signs in as a demo person the way a person does, from /demo (DEMO=1), landing on their home page. */
export async function signInAs(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/demo`);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await page.getByRole("heading", { name: `Hello, ${name}` }).waitFor();
}

/** Types a date ("2027-03-17") into the GOV.UK date input whose legend is `legend`, as a person would: 17, 3, 2027. */
export async function fillDate(page: Page, legend: string, date: string): Promise<void> {
  const [year, month, day] = date.split("-");
  const group = page.getByRole("group", { name: legend, exact: true });
  await group.getByLabel("Day").fill(day ? String(Number(day)) : "");
  await group.getByLabel("Month").fill(month ? String(Number(month)) : "");
  await group.getByLabel("Year").fill(year ?? "");
}

/** The date shown in the GOV.UK date input whose legend is `legend`, as "2027-03-17" ("" when blank). */
export async function dateShown(page: Page, legend: string): Promise<string> {
  const group = page.getByRole("group", { name: legend, exact: true });
  const [day, month, year] = await Promise.all(["Day", "Month", "Year"].map((part) => group.getByLabel(part).inputValue()));
  if (!day && !month && !year) return "";
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}
