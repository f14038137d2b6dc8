// Reflow (WCAG 1.4.10): the page as a person sees it zoomed to 400% (320 CSS pixels wide), and
// again with the "largest" text setting, must never scroll sideways. Used by expectAccessible and by
// the crawl in tests/support/reflow-crawl.ts. Measures in place, without reloading, so typed text
// and focus survive.
import type { Page } from "playwright-core";

export const reflowWidth = 320;
/** The class app/modules/preferences/schema.ts puts on <html> for the "largest" text size. */
const largestTextClass = "app-text-size--largest";

export type ReflowProblem = {
  /** "320 px" or "320 px, largest text" */
  state: string;
  scrollWidth: number;
  clientWidth: number;
  /** The outermost elements that stick out past the viewport, furthest first. */
  offenders: string[];
};

/**
 * Narrows the viewport to 320 px, measures, applies the largest text size as the server would
 * (the class on <html>), measures again, then puts both back. `whileNarrow` runs in each
 * overflowing state (for a screenshot). Returns one problem per overflowing state.
 */
export async function checkReflow(page: Page, whileNarrow?: (state: string) => Promise<void>): Promise<ReflowProblem[]> {
  const viewport = page.viewportSize() ?? { width: 1024, height: 800 };
  const focusMarker = await page.evaluate(markFocus);
  const problems: ReflowProblem[] = [];
  try {
    await page.setViewportSize({ width: reflowWidth, height: viewport.height });
    for (const largest of [false, true]) {
      const state = largest ? `${reflowWidth} px, largest text` : `${reflowWidth} px`;
      if (largest) await page.evaluate(setTextSize, largestTextClass);
      const measured = await page.evaluate(measureOverflow);
      if (measured) {
        problems.push({ state, ...measured });
        await whileNarrow?.(state);
      }
    }
  } finally {
    await page.evaluate(restoreTextSize);
    await page.setViewportSize(viewport);
    await page.evaluate(restoreFocus, focusMarker);
  }
  return problems;
}

export function describeReflowProblems(problems: ReflowProblem[]): string[] {
  return problems.map(
    (p) =>
      `reflow (${p.state}): the page scrolls sideways, ${p.scrollWidth} px wide in a ${p.clientWidth} px window. Widest:\n${p.offenders
        .map((o) => `    ${o}`)
        .join("\n")}`,
  );
}

// The functions below run in the page, so they use nothing from outside themselves.

function markFocus(): string | null {
  const active = document.activeElement;
  if (!active || active === document.body) return null;
  active.setAttribute("data-reflow-focus", "");
  return "[data-reflow-focus]";
}

function restoreFocus(marker: string | null): void {
  if (!marker) return;
  const element = document.querySelector<HTMLElement>(marker);
  element?.removeAttribute("data-reflow-focus");
  if (element && document.activeElement !== element) element.focus({ preventScroll: true });
}

function setTextSize(largestClass: string): void {
  const html = document.documentElement;
  html.dataset.reflowClasses = html.className;
  for (const name of [...html.classList]) if (name.startsWith("app-text-size--")) html.classList.remove(name);
  html.classList.add(largestClass);
}

function restoreTextSize(): void {
  const html = document.documentElement;
  if (html.dataset.reflowClasses === undefined) return;
  html.className = html.dataset.reflowClasses;
  delete html.dataset.reflowClasses;
}

// No named inner functions: the test runners' transform would wrap them in a helper the page lacks.
function measureOverflow(): { scrollWidth: number; clientWidth: number; offenders: string[] } | null {
  const root = document.documentElement;
  const { scrollWidth, clientWidth } = root;
  if (scrollWidth <= clientWidth) return null;
  const rightOf = new Map<Element, number>();
  for (const element of document.body.querySelectorAll("*")) rightOf.set(element, element.getBoundingClientRect().right + window.scrollX);
  const offenders = [...rightOf.keys()]
    .filter((element) => {
      if (rightOf.get(element)! <= clientWidth + 0.5) return false;
      const parent = element.parentElement;
      // The outermost element that sticks out: its parent fits (or is the page itself).
      if (parent && parent !== document.body && rightOf.get(parent)! > clientWidth + 0.5) return false;
      // Inside a box that scrolls or clips on its own, a wide child does not widen the page.
      for (let e = parent; e && e !== document.body; e = e.parentElement) {
        if (getComputedStyle(e).overflowX !== "visible") return false;
      }
      return true;
    })
    .sort((a, b) => rightOf.get(b)! - rightOf.get(a)!)
    .slice(0, 5)
    .map((element) => {
      const classes = [...element.classList].slice(0, 3).map((c) => `.${c}`).join("");
      const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${classes} (to ${Math.round(rightOf.get(element)!)} px)${text ? ` "${text}"` : ""}`;
    });
  return { scrollWidth, clientWidth, offenders };
}

/**
 * Stacked tables (app/styles/_table.scss) print each cell's key from its data-label: every body
 * cell under a visible column heading needs one, and it must say what the heading says.
 */
export function checkTableLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const table of document.querySelectorAll("table.govuk-table")) {
      const name = (table.querySelector("caption")?.textContent ?? "").replace(/\s+/g, " ").trim() || "without a caption";
      const headings: (string | null)[] = [];
      for (const th of table.querySelectorAll("thead tr:first-child > th")) {
        const visible = [...th.childNodes].some((n) => !(n instanceof Element && n.classList.contains("govuk-visually-hidden")) && n.textContent!.trim());
        const text = visible ? th.textContent!.replace(/\s+/g, " ").trim() : null;
        for (let i = 0; i < (th as HTMLTableCellElement).colSpan; i++) headings.push(text);
      }
      for (const row of table.querySelectorAll("tbody > tr")) {
        let column = 0;
        for (const cell of (row as HTMLTableRowElement).cells) {
          const heading = cell.colSpan === 1 && cell.tagName === "TD" ? headings[column] : null;
          const label = cell.getAttribute("data-label");
          if (heading && label !== heading) {
            problems.push(`table "${name}": a cell under "${heading}" has ${label === null ? "no data-label" : `data-label="${label}"`}`);
          }
          column += cell.colSpan;
        }
      }
    }
    return [...new Set(problems)];
  });
}
