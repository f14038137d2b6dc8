// A page the server sent, parsed once and queried as a person reads it: by role and accessible name
// (as the browser tests do with Playwright), so an assertion names what is on the page and fails with
// a list of what is there instead. Parsed with linkedom, a small DOM without a browser window.
import { parseHTML } from "linkedom";

type Element = ReturnType<typeof parseHTML>["document"]["body"];

/** A name matches when it equals the text (spaces collapsed), or when a RegExp finds it. */
export type Name = string | RegExp;

function squash(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

function matches(actual: string, name: Name): boolean {
  return typeof name === "string" ? actual === squash(name) : name.test(actual);
}

function describeName(name: Name): string {
  return typeof name === "string" ? `"${name}"` : String(name);
}

/** What assistive technology would announce for an element (aria-labelledby, aria-label, then text). */
function accessibleName(element: Element): string {
  const document = element.ownerDocument;
  const labelledBy = element.getAttribute("aria-labelledby");
  if (labelledBy) {
    return squash(
      labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    );
  }
  const label = element.getAttribute("aria-label");
  if (label) return squash(label);
  if (element.tagName === "INPUT") return squash(element.getAttribute("value"));
  return squash(element.textContent);
}

/** A form control's label: its <label for>, a wrapping <label>, aria-label(ledby). */
function labelOf(control: Element): string {
  if (control.getAttribute("aria-labelledby") || control.getAttribute("aria-label")) return accessibleName(control);
  const id = control.getAttribute("id");
  const document = control.ownerDocument;
  const byFor = id ? [...document.querySelectorAll("label")].find((label) => label.getAttribute("for") === id) : undefined;
  const label = byFor ?? control.closest("label");
  return squash(label?.textContent);
}

export class HtmlPage {
  readonly document: ReturnType<typeof parseHTML>["document"];

  /**
   * `source` is the markup as sent, with React's escapes of quotes, apostrophes and ampersands and
   * its `<!-- -->` text separators undone, for the older assertions that look for a phrase in
   * the markup (`toContain`). New assertions should query the page instead.
   */
  constructor(readonly html: string) {
    this.document = parseHTML(html).document;
  }

  get source(): string {
    return undoReactEscapes(this.html);
  }

  /** The text of the page's body (or of `selector`), spaces collapsed, as a person reads it. */
  text(selector = "body"): string {
    const root = this.document.querySelector(selector);
    if (!root) throw new Error(`No ${selector} on the page (title: "${this.title()}")`);
    // Block elements end a line of text; without a space their words would run together.
    const clone = root.cloneNode(true) as Element;
    for (const script of clone.querySelectorAll("script, style, template")) script.remove();
    for (const block of clone.querySelectorAll("p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, div, label, legend, option, br, summary, button")) {
      block.before(this.document.createTextNode(" "));
      block.append(this.document.createTextNode(" "));
    }
    return squash(clone.textContent);
  }

  /** The text of <main>, without the header, navigation and footer every page has. */
  mainText(): string {
    return this.text("main");
  }

  title(): string {
    return squash(this.document.querySelector("title")?.textContent);
  }

  /** Every element matching `selector` whose accessible name matches `name`. */
  private named(selector: string, name: Name | undefined): Element[] {
    const all = [...this.document.querySelectorAll(selector)] as Element[];
    return name === undefined ? all : all.filter((element) => matches(accessibleName(element), name));
  }

  private one(kind: string, selector: string, name: Name, nameOf: (element: Element) => string = accessibleName): Element {
    const all = [...this.document.querySelectorAll(selector)] as Element[];
    const found = all.filter((element) => matches(nameOf(element), name));
    if (found.length === 1) return found[0]!;
    const there = all.map((element) => `  ${JSON.stringify(nameOf(element))}`).join("\n") || "  (none)";
    const problem = found.length === 0 ? `No ${kind} named ${describeName(name)}` : `${found.length} ${kind}s named ${describeName(name)}`;
    throw new Error(`${problem} on the page "${this.title()}". The ${kind}s there are:\n${there}`);
  }

  headings(): string[] {
    return this.named("h1, h2, h3, h4, h5, h6", undefined).map(accessibleName);
  }

  /** The page's one h1; throws when there is none or more than one. */
  h1(): string {
    const all = this.named("h1", undefined);
    if (all.length !== 1) throw new Error(`Expected one h1 on "${this.title()}", found ${all.length}: ${JSON.stringify(all.map(accessibleName))}`);
    return accessibleName(all[0]!);
  }

  heading(name: Name): Element {
    return this.one("heading", "h1, h2, h3, h4, h5, h6", name);
  }

  links(): { name: string; href: string }[] {
    return this.named("a[href]", undefined).map((a) => ({ name: accessibleName(a), href: a.getAttribute("href") ?? "" }));
  }

  link(name: Name): Element {
    return this.one("link", "a[href]", name);
  }

  hasLink(name: Name): boolean {
    return this.named("a[href]", name).length > 0;
  }

  /** Links whose href matches `href` (a path, or a RegExp), whatever their words. */
  linksTo(href: string | RegExp): Element[] {
    return this.named("a[href]", undefined).filter((a) => {
      const value = a.getAttribute("href") ?? "";
      return typeof href === "string" ? value === href : href.test(value);
    });
  }

  private static buttons = 'button, input[type="submit"], input[type="button"], [role="button"]';

  buttons(): string[] {
    return this.named(HtmlPage.buttons, undefined).map(accessibleName);
  }

  button(name: Name): Element {
    return this.one("button", HtmlPage.buttons, name);
  }

  hasButton(name: Name): boolean {
    return this.named(HtmlPage.buttons, name).length > 0;
  }

  /** The form control (input, select, textarea) labelled `label`. */
  field(label: Name): Element {
    return this.one("field", 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea', label, labelOf);
  }

  hasField(label: Name): boolean {
    const all = [...this.document.querySelectorAll("input, select, textarea")] as Element[];
    return all.some((control) => matches(labelOf(control), label));
  }

  /** The fieldset whose legend is `legend`. */
  fieldset(legend: Name): Element {
    return this.one("fieldset", "fieldset", legend, (fieldset) => squash(fieldset.querySelector("legend")?.textContent));
  }

  /**
   * What each form control shows, by name: text boxes and textareas, checked boxes and radios,
   * the selected option. (A name used twice keeps the last.)
   */
  formValues(): Record<string, string> {
    const values: Record<string, string> = {};
    for (const control of this.document.querySelectorAll("input[name], textarea[name], select[name]") as Iterable<Element>) {
      const name = control.getAttribute("name")!;
      const type = control.getAttribute("type");
      if (control.tagName === "TEXTAREA") values[name] = control.textContent ?? "";
      else if (control.tagName === "SELECT") {
        const option = control.querySelector("option[selected]") ?? control.querySelector("option");
        values[name] = option?.getAttribute("value") ?? squash(option?.textContent);
      } else if (type === "checkbox" || type === "radio") {
        if (control.hasAttribute("checked")) values[name] = control.getAttribute("value") ?? "on";
      } else if (type !== "submit" && type !== "button") values[name] = control.getAttribute("value") ?? "";
    }
    return values;
  }

  /** The GOV.UK error summary's messages, each with the field it links to; [] when there is none. */
  errorSummary(): { message: string; href: string }[] {
    const summary = this.document.querySelector(".govuk-error-summary");
    if (!summary) return [];
    return ([...summary.querySelectorAll("a")] as Element[]).map((a) => ({ message: squash(a.textContent), href: a.getAttribute("href") ?? "" }));
  }

  /** The error message shown beside the field labelled `label` (without "Error:"), or undefined. */
  errorFor(label: Name): string | undefined {
    const control = this.field(label);
    const ids = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    const message = ids.map((id) => this.document.getElementById(id)).find((element) => element?.classList.contains("govuk-error-message"));
    return message ? squash(message.textContent).replace(/^Error:\s*/, "") : undefined;
  }
}

/** Reads a response's body (or takes markup) and parses it. */
export async function pageOf(response: Response | string): Promise<HtmlPage> {
  return new HtmlPage(typeof response === "string" ? response : await response.text());
}

function undoReactEscapes(html: string): string {
  return html.replaceAll("<!-- -->", "").replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
}

/** The markup with React's escapes undone (see HtmlPage.source), for phrase-in-markup assertions. */
export async function htmlOf(response: Response | string): Promise<string> {
  return undoReactEscapes(typeof response === "string" ? response : await response.text());
}
