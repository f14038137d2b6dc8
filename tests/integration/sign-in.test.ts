import { describe, expect, it } from "vitest";
import { EMAIL_REQUESTS_PER_WINDOW, IP_REQUESTS_PER_WINDOW, MAX_CODE_ATTEMPTS, SIGN_IN_MINUTES } from "../../app/modules/auth/sign-in-rules.ts";
import { db } from "../../app/services.server.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { createInvitation } from "../support/joining.ts";
import { signInDetails } from "../support/smtp.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((c) => !c!.endsWith("="))
    .join("; ");
}

async function askForSignIn(email: string, device: "own" | "shared" = "own") {
  const response = await app().post("/sign-in", { email, device, returnTo: "/account" });
  return { response, cookie: cookiesFrom(response) };
}

describe("signing in by email", () => {
  it("sends a link that signs the person in, in the browser that asked, and only once", async () => {
    const person = await createPerson({ email: "ada@example.org", name: "Ada" });
    const { response, cookie } = await askForSignIn("ADA@example.org ");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/sign-in/code");
    const mail = await app().smtp.waitForMessage("ada@example.org");
    expect(mail.subject).toBe("Sign in to Panel");
    expect(mail.html).toContain("Sign in to Panel");
    const { link } = signInDetails(mail);

    const linkPath = new URL(link).pathname + new URL(link).search;
    const signedIn = await app().fetch(linkPath, { cookie });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Location")).toBe("/account");
    const session = cookiesFrom(signedIn);
    expect(session).toMatch(/panel_session=/);
    const sessionHeader = signedIn.headers.getSetCookie().find((c) => c.startsWith("panel_session="))!;
    expect(sessionHeader).toMatch(/HttpOnly/i);
    expect(sessionHeader).toMatch(/SameSite=Lax/i);

    const account = await app().fetch("/account", { cookie: session });
    expect(await account.text()).toContain("ada@example.org");

    const again = await app().fetch(linkPath, { cookie });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("This sign-in link has expired");
    const audit = await db().auditEvent.findFirst({ where: { action: "person.signed-in", entityId: person.id } });
    expect(audit?.after).toMatchObject({ method: "link" });
  });

  it("refuses the link in another browser (no binding cookie) and tells the person why", async () => {
    await createPerson({ email: "bea@example.org" });
    await askForSignIn("bea@example.org");
    const { link } = signInDetails(await app().smtp.waitForMessage("bea@example.org"));
    const response = await app().fetch(new URL(link).pathname + new URL(link).search);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Open the link in the browser you started in");
    expect(response.headers.getSetCookie().some((c) => c.startsWith("panel_session=") && !c.startsWith("panel_session=;"))).toBe(false);
  });

  it("accepts the 6-digit code typed with a space, and keeps a shared-device session short", async () => {
    await createPerson({ email: "cal@example.org" });
    const { cookie } = await askForSignIn("cal@example.org", "shared");
    const { code } = signInDetails(await app().smtp.waitForMessage("cal@example.org"));
    const response = await app().post("/sign-in/code", { code: `${code.slice(0, 3)} ${code.slice(3)}` }, cookie);
    expect(response.status).toBe(302);
    const header = response.headers.getSetCookie().find((c) => c.startsWith("panel_session="))!;
    // A shared device gets a browser-session cookie (no Max-Age); the server ends it after 30 idle minutes.
    expect(header).not.toMatch(/Max-Age/i);
    const stored = await db().session.findFirstOrThrow({ where: { person: { email: "cal@example.org" } } });
    expect(stored.sharedDevice).toBe(true);
  });

  it("counts wrong codes and stops after the limit, even for the right code", async () => {
    await createPerson({ email: "dev@example.org" });
    const { cookie } = await askForSignIn("dev@example.org");
    const { code } = signInDetails(await app().smtp.waitForMessage("dev@example.org"));
    const wrong = code === "000000" ? "111111" : "000000";
    const first = await app().post("/sign-in/code", { code: wrong }, cookie);
    expect(first.status).toBe(400);
    expect(await first.text()).toContain(`${MAX_CODE_ATTEMPTS - 1} tries left`);
    for (let i = 1; i < MAX_CODE_ATTEMPTS; i++) await app().post("/sign-in/code", { code: wrong }, cookie);
    const right = await app().post("/sign-in/code", { code }, cookie);
    expect(right.status).toBe(400);
    expect(await right.text()).toContain("typed wrongly too many times");
  });

  it("gives the same answer for an unknown email, and sends nothing", async () => {
    const { response } = await askForSignIn("nobody@example.org");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/sign-in/code");
    await new Promise((r) => setTimeout(r, 300));
    expect(app().smtp.messages).toHaveLength(0);
    expect(await db().signInToken.count()).toBe(0);
  });

  it("does not email a deactivated person", async () => {
    await createPerson({ email: "gone@example.org", active: false });
    const { response } = await askForSignIn("gone@example.org");
    expect(response.status).toBe(302);
    await new Promise((r) => setTimeout(r, 300));
    expect(app().smtp.messages).toHaveLength(0);
  });

  it("rate-limits sign-in emails per address with a clear message", async () => {
    await createPerson({ email: "eve@example.org" });
    for (let i = 0; i < EMAIL_REQUESTS_PER_WINDOW; i++) expect((await askForSignIn("eve@example.org")).response.status).toBe(302);
    const { response } = await askForSignIn("eve@example.org");
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await response.text()).toContain("You have asked for too many sign-in emails");
  });

  it("rate-limits sign-in emails per address of the asker, whatever the email", async () => {
    for (let i = 0; i < IP_REQUESTS_PER_WINDOW; i++) {
      expect((await askForSignIn(`visitor-${i}@example.org`)).response.status).toBe(302);
    }
    const { response } = await askForSignIn("one-more@example.org");
    expect(response.status).toBe(429);
  });

  it("explains bad input next to the field and keeps what was typed", async () => {
    const response = await app().post("/sign-in", { email: "not-an-email", device: "" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Enter an email address in the correct format, like name@example.com");
    expect(html).toContain("Select whether this is your own device or a shared one");
    expect(html).toContain('value="not-an-email"');
    expect(html).toContain('href="#sign-in-email"');
  });

  it("comes back after sign-in to the page that sent them there, query and all", async () => {
    await createPerson({ email: "gus@example.org" });
    const returnTo = "/panels/abc/meetings?when=past";
    const form = await app().fetch(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    expect(await form.text()).toContain(`name="returnTo" value="${returnTo}"`);
    const asked = await app().post("/sign-in", { email: "gus@example.org", device: "own", returnTo });
    const { link } = signInDetails(await app().smtp.waitForMessage("gus@example.org"));
    const signedIn = await app().fetch(new URL(link).pathname + new URL(link).search, { cookie: cookiesFrom(asked) });
    expect(signedIn.headers.get("Location")).toBe(returnTo);
  });

  it("the sign-in page and an invitation link start sign-in the same way: one short-lived, HttpOnly, Lax cookie, then the code page", async () => {
    const panel = await createPanel();
    const chair = await createPerson({ roles: [{ panelId: panel.id, role: "CHAIR" }] });
    const { path } = await createInvitation(panel.id, chair.id);
    const fromSignIn = await app().post("/sign-in", { email: "hal@example.org", device: "own", returnTo: "/account" });
    const fromLink = await app().post(path, { intent: "sign-in", name: "Ivy Holt", email: "ivy@example.org", device: "own" });
    const attributesOf = (response: Response) => {
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toBe("/sign-in/code");
      const cookies = response.headers.getSetCookie();
      expect(cookies).toHaveLength(1);
      const [nameValue, ...attributes] = cookies[0]!.split(/;\s*/);
      expect(nameValue).toMatch(/^panel_sign_in=/);
      return attributes.map((a) => a.toLowerCase()).sort();
    };
    expect(attributesOf(fromSignIn)).toEqual(["httponly", `max-age=${SIGN_IN_MINUTES * 60}`, "path=/", "samesite=lax"]);
    expect(attributesOf(fromLink)).toEqual(attributesOf(fromSignIn));
  });

  it("never redirects off the site after sign-in", async () => {
    await createPerson({ email: "fay@example.org" });
    const response = await app().post("/sign-in", { email: "fay@example.org", device: "own", returnTo: "//evil.example/x" });
    const cookie = cookiesFrom(response);
    const { code } = signInDetails(await app().smtp.waitForMessage("fay@example.org"));
    const done = await app().post("/sign-in/code", { code }, cookie);
    expect(done.headers.get("Location")).toBe("/");
  });
});
