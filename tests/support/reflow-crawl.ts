// Finds every page that scrolls sideways at 320 px (and with the largest text), as each demo person
// sees the app: starts the built server, signs in through /demo, follows same-origin links from
// the home page (GET only) and lists the pages that overflow with the elements that stick out.
// A dev tool, not part of npm test:  npm run build && node --import tsx tests/support/reflow-crawl.ts
// REFLOW_PEOPLE="Morgan Lee,Alex Morgan" crawls as those demo people only; REFLOW_MAX_PAGES caps
// the pages checked for each person (400 unless set).
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { checkReflow, checkTableLabels, describeReflowProblems, type ReflowProblem } from "./reflow.ts";
import { removeDataDir, startServerProcess } from "./server-process.ts";

const maxPagesPerPerson = Number(process.env.REFLOW_MAX_PAGES ?? 400);
const onlyPeople = process.env.REFLOW_PEOPLE?.split(",").map((name) => name.trim());
/** Not pages: files to download, and links that end the session. */
const skipped = [/\.(ics|txt|csv|pdf|json|zip)$/i, /^\/sign-out/, /^\/demo$/, /^\/assets\//, /^\/build\//];

type Finding = { person: string; path: string; problems: ReflowProblem[]; tableLabels: string[] };

async function demoPeople(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/demo`);
  const names = await page.locator("button[aria-label^='Sign in as ']").evaluateAll((buttons) =>
    buttons.map((b) => b.getAttribute("aria-label")!.replace(/^Sign in as /, "")),
  );
  await context.close();
  return onlyPeople ? names.filter((name) => onlyPeople.includes(name)) : names;
}

function pathOf(href: string, origin: string): string | null {
  const link = new URL(href);
  if (link.origin !== origin) return null;
  const path = link.pathname + link.search;
  return skipped.some((pattern) => pattern.test(link.pathname)) ? null : path;
}

async function crawlAs(browser: Browser, url: string, person: string): Promise<{ checked: number; findings: Finding[] }> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page: Page = await context.newPage();
  await page.goto(`${url}/demo`);
  await Promise.all([page.waitForURL((u) => u.pathname !== "/demo"), page.getByRole("button", { name: `Sign in as ${person}`, exact: true }).click()]);
  const queue = ["/"];
  const seen = new Set(queue);
  const findings: Finding[] = [];
  let checked = 0;
  while (queue.length && checked < maxPagesPerPerson) {
    const path = queue.shift()!;
    const response = await page.goto(url + path).catch(() => null);
    if (!response || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    checked++;
    const problems = await checkReflow(page);
    const tableLabels = await checkTableLabels(page);
    if (problems.length || tableLabels.length) findings.push({ person, path, problems, tableLabels });
    const hrefs = await page.locator("a[href]:not([download])").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const next = pathOf(href, origin);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  await context.close();
  return { checked, findings };
}

async function main() {
  const server = await startServerProcess();
  const browser = await launchBrowser();
  try {
    const people = await demoPeople(browser, server.url);
    let checked = 0;
    const findings: Finding[] = [];
    for (const person of people) {
      const result = await crawlAs(browser, server.url, person);
      checked += result.checked;
      findings.push(...result.findings);
      console.log(`${person}: ${result.checked} pages, ${result.findings.filter((f) => f.problems.length).length} scroll sideways`);
    }
    for (const finding of findings) {
      console.log(`\n${finding.path} (as ${finding.person})\n${[...describeReflowProblems(finding.problems), ...finding.tableLabels].join("\n")}`);
    }
    const worst = Math.max(0, ...findings.flatMap((f) => f.problems.map((p) => p.scrollWidth - p.clientWidth)));
    const overflowing = findings.filter((f) => f.problems.length);
    const paths = new Set(overflowing.map((f) => f.path.replace(/[0-9a-f-]{36}/g, ":id")));
    console.log(
      `\n${checked} pages checked as ${people.length} demo people; ${overflowing.length} scroll sideways ` +
        `(${paths.size} distinct routes); worst overflow ${worst} px; ` +
        `${findings.filter((f) => f.tableLabels.length).length} with table cells whose data-label is missing or wrong`,
    );
    process.exitCode = findings.length ? 1 : 0;
  } finally {
    await browser.close();
    await server.stop();
    await removeDataDir(server.dataDir);
  }
}

await main();
