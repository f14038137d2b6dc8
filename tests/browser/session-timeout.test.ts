// On a shared device: a warning two minutes before the 30-minute idle sign-out, a button to stay
// signed in that keeps what was typed, and sign-out when nobody answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, newPage, useBrowser, waitForHydration } from "../support/browser.ts";
import { openDisplaySettings, openSignIn } from "../support/journeys.ts";
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

async function signInOnSharedDevice(email: string) {
  const { context, page } = await newPage(browser());
  await page.clock.install();
  await openSignIn(page, server.url);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("No, it is shared or public").check();
  const since = smtp.messages.length;
  await page.getByRole("button", { name: "Send me a sign-in email" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  const { code } = signInDetails(await smtp.waitForMessage(email, since));
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: /^Hello/ }).waitFor();
  await waitForHydration(page);
  return { context, page };
}

describe("the shared-device timeout", () => {
  it("warns before signing out, and staying signed in keeps what was typed", async () => {
    const { context, page } = await signInOnSharedDevice("priya.shah@example.org");
    await openDisplaySettings(page);
    await waitForHydration(page);
    await page.getByLabel("High contrast").check();
    await page.clock.fastForward("28:30");
    const dialog = page.getByRole("dialog", { name: "You will be signed out soon" });
    await dialog.waitFor();
    await expectAccessible(page, "timeout-warning");
    await dialog.getByRole("button", { name: "Stay signed in" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.getByLabel("High contrast").isChecked()).toBe(true);
    await context.close();
  });

  it("signs out when nobody answers the warning", async () => {
    const { context, page } = await signInOnSharedDevice("alex.morgan@example.org");
    await page.clock.fastForward("28:30");
    await page.getByRole("dialog", { name: "You will be signed out soon" }).waitFor();
    await page.clock.fastForward("02:00");
    await page.getByText("You were signed out because the page was not used for 30 minutes.").waitFor({ timeout: 15_000 });
    await context.close();
  });
});
