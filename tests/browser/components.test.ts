// Every example of every shared component (app/components/*.examples.tsx, found when the test
// runs) drawn on its own page with the app's stylesheet, and checked as every page is: axe,
// reflow at 320 px and with the largest text, and data-labels on table cells (expectAccessible).
// GOV.UK Frontend does the same from its components' yaml fixtures.
import { readdirSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { StaticRouter } from "react-router-dom/server";
import { describe, it } from "vitest";
import type { ComponentExample } from "~/components/examples.ts";
import { expectAccessible, newPage, useBrowser } from "../support/browser.ts";

const root = path.resolve(import.meta.dirname, "../..");
const componentsDir = path.join(root, "app/components");
// Written by `npm run build` (sass) and imported by app/root.tsx.
const stylesheet = path.join(root, "app/styles/app.css");
const govukAssets = path.join(root, "node_modules/govuk-frontend/dist/govuk/assets");
// Pages are served by page.route, not a server: any address works, and nothing leaves the test.
const origin = "http://components.test";

const files = readdirSync(componentsDir)
  .filter((name) => name.endsWith(".examples.tsx"))
  .sort();

/** The example inside the GOV.UK page template, as the app's pages are (app/root.tsx). */
function pageFor(component: string, example: ComponentExample): string {
  // A router, because links in the components are Remix links; the address is the page's own.
  const markup = renderToStaticMarkup(createElement(StaticRouter, { location: "/example" }, example.render()));
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${component}: ${example.name}</title>
<link rel="stylesheet" href="/app.css">
</head>
<body class="govuk-template__body">
<div class="govuk-width-container">
<main class="govuk-main-wrapper" id="main-content">
<h1 class="govuk-heading-l">${component}: ${example.name}</h1>
${markup}
</main>
</div>
</body>
</html>`;
}

const browser = useBrowser();

describe("the shared components' examples", () => {
  it("finds examples files", ({ expect }) => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const component = file.replace(/\.examples\.tsx$/, "");
    it(`every example of ${component} passes the accessibility checks`, async ({ expect }) => {
      const { examples } = (await import(path.join(componentsDir, file))) as { examples: ComponentExample[] };
      expect(examples.length).toBeGreaterThan(0);
      const { context, page } = await newPage(browser());
      const pages = new Map(examples.map((example, index) => [`/${component}/${index}`, pageFor(component, example)]));
      await page.route(`${origin}/**`, async (route) => {
        const { pathname } = new URL(route.request().url());
        if (pages.has(pathname)) return route.fulfill({ contentType: "text/html", body: pages.get(pathname)! });
        if (pathname === "/app.css") return route.fulfill({ contentType: "text/css", path: stylesheet });
        if (pathname.startsWith("/assets/govuk/")) return route.fulfill({ path: path.join(govukAssets, pathname.slice("/assets/govuk/".length)) });
        return route.fulfill({ status: 404, body: "" });
      });
      try {
        for (const [address, html] of pages) {
          await page.goto(origin + address);
          const name = html.match(/<title>(.*)<\/title>/)![1]!;
          await expectAccessible(page, `component ${name}`);
        }
      } finally {
        await context.close();
      }
    });
  }
});
