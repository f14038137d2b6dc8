// Signing in and display settings in a real browser, against the real server process.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, newPage, useBrowser } from "../support/browser.ts";
import { goHome, openDisplaySettings, openSignIn } from "../support/journeys.ts";
import { removeDataDir, startServerProcess, type ServerProcess } from "../support/server-process.ts";
import { signInDetails, startSmtpServer, type TestSmtp } from "../support/smtp.ts";

const browser = useBrowser();
let server: ServerProcess;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServerProcess({ env: { SMTP_URL: smtp.url } });
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
  if (server) await removeDataDir(server.dataDir);
});

async function tabTo(page: Page, matches: () => boolean, description: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(matches)) return;
  }
  throw new Error(`Could not reach ${description} with the Tab key`);
}

describe("signing in with a browser", () => {
  it("signs in with the emailed link", async () => {
    const { context, page } = await newPage(browser());
    await page.goto(server.url + "/");
    await expectAccessible(page, "home-signed-out");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/sign-in/);
    await expectAccessible(page, "sign-in");
    await page.getByLabel("Email address").fill("alex.morgan@example.org");
    await page.getByLabel("Yes, it is my own device").check();
    const since = smtp.messages.length;
    await page.getByRole("button", { name: "Send me a sign-in email" }).click();
    await page.getByRole("heading", { name: "Check your email" }).waitFor();
    await expectAccessible(page, "check-your-email");
    const { link } = signInDetails(await smtp.waitForMessage("alex.morgan@example.org", since));
    await page.goto(link.replace("localhost", "127.0.0.1"));
    await page.getByRole("heading", { name: "Hello, Alex Morgan" }).waitFor();
    await expectAccessible(page, "home-signed-in");
    await page.getByRole("link", { name: "Personalisation Expert Panel" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Personalisation Expert Panel" }).waitFor();
    await expectAccessible(page, "panel-page");
    await goHome(page);
    await page.getByRole("link", { name: "Your account and signed-in devices" }).click();
    await page.getByRole("heading", { level: 1 }).filter({ hasText: /account/i }).waitFor();
    await expectAccessible(page, "account");
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await page.getByText("You have been signed out.").waitFor();
    await context.close();
  });

  it("signs in with the code using only the keyboard", async () => {
    const { context, page } = await newPage(browser());
    await page.goto(server.url + "/");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
    await page.keyboard.press("Enter");
    await tabTo(page, () => document.activeElement?.textContent === "Sign in" && document.activeElement.getAttribute("role") === "button", "the Sign in button");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await tabTo(page, () => document.activeElement?.id === "sign-in-email", "the email field");
    await page.keyboard.type("priya.shah@example.org");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    expect(await page.getByLabel("Yes, it is my own device").isChecked()).toBe(true);
    await tabTo(page, () => document.activeElement?.textContent === "Send me a sign-in email", "the send button");
    const since = smtp.messages.length;
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Check your email" }).waitFor();
    const { code } = signInDetails(await smtp.waitForMessage("priya.shah@example.org", since));
    await tabTo(page, () => document.activeElement?.id === "sign-in-code-code", "the code field");
    await page.keyboard.type(code);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Hello, Priya Shah" }).waitFor();
    await context.close();
  });

  it("shows an error summary linked to the fields, and keeps what was typed", async () => {
    const { context, page } = await newPage(browser());
    await openSignIn(page, server.url);
    await page.getByLabel("Email address").fill("priya.shah@");
    await page.getByRole("button", { name: "Send me a sign-in email" }).click();
    const summary = page.getByRole("alert");
    await summary.getByText("There is a problem").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary"))).toBe(true);
    await expectAccessible(page, "sign-in-errors");
    await summary.getByRole("link", { name: "Select whether this is your own device or a shared one" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sign-in-device");
    expect(await page.getByLabel("Email address").inputValue()).toBe("priya.shah@");
    await context.close();
  });

  it("signs in by code without JavaScript", async () => {
    const { context, page } = await newPage(browser(), { javaScript: false });
    await openSignIn(page, server.url);
    await page.getByLabel("Email address").fill("chris.jones@example.org");
    await page.getByLabel("No, it is shared or public").check();
    const since = smtp.messages.length;
    await page.getByRole("button", { name: "Send me a sign-in email" }).click();
    const { code } = signInDetails(await smtp.waitForMessage("chris.jones@example.org", since));
    await page.getByLabel("6-digit code").fill("12");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("The code must be 6 digits").first().waitFor();
    await expectAccessible(page, "code-errors-no-js");
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Hello, Chris Jones" }).waitFor();
    await context.close();
  });

  it("shows a page-not-found page that passes axe", async () => {
    const { context, page } = await newPage(browser());
    const response = await page.goto(server.url + "/no-such-page");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await expectAccessible(page, "not-found");
    await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
    await page.getByRole("heading", { level: 1 }).filter({ hasText: /accessibility/i }).waitFor();
    await expectAccessible(page, "accessibility-statement");
    await page.goto(server.url + "/demo");
    await expectAccessible(page, "demo");
    await context.close();
  });
});

describe("display settings", () => {
  it("apply at once on the server, persist for a visitor, and follow a signed-in person to another device", async () => {
    const { context, page } = await newPage(browser());
    await page.goto(server.url + "/");
    await openDisplaySettings(page);
    await expectAccessible(page, "display-settings");
    await page.getByLabel("Largest (200%)").check();
    await page.getByLabel("High contrast").check();
    await page.getByRole("button", { name: "Save display settings" }).click();
    await page.getByText("Your display settings are saved.").waitFor();
    const classes = await page.evaluate(() => document.documentElement.className);
    expect(classes).toContain("app-text-size--largest");
    expect(classes).toContain("app-high-contrast");
    await expectAccessible(page, "display-settings-high-contrast-largest");
    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.className)).toContain("app-text-size--largest");
    await expectAccessible(page, "sign-in-high-contrast-largest");

    // Signed in (demo sign-in), the settings are saved with the person.
    await page.goto(server.url + "/demo");
    await page.getByRole("button", { name: "Sign in as Dana Okafor" }).click();
    await page.getByRole("heading", { name: "Hello, Dana Okafor" }).waitFor();
    await openDisplaySettings(page);
    await page.getByLabel("Larger (150%)").check();
    await page.getByLabel("High contrast").uncheck();
    await page.getByLabel("More space between lines, words and letters").check();
    await page.getByRole("button", { name: "Save display settings" }).click();
    await page.getByText("Your display settings are saved.").waitFor();
    await expectAccessible(page, "display-settings-spacing");
    await context.close();

    const other = await newPage(browser());
    await other.page.goto(server.url + "/demo");
    expect(await other.page.evaluate(() => document.documentElement.className)).not.toContain("app-text-size");
    await other.page.getByRole("button", { name: "Sign in as Dana Okafor" }).click();
    await other.page.getByRole("heading", { name: "Hello, Dana Okafor" }).waitFor();
    const otherClasses = await other.page.evaluate(() => document.documentElement.className);
    expect(otherClasses).toContain("app-text-size--larger");
    expect(otherClasses).toContain("app-more-spacing");
    expect(otherClasses).not.toContain("app-high-contrast");
    await other.context.close();
  });
});
