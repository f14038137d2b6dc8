// The email outbox page, with no SMTP server: the mailer writes each message as an .eml file.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { getServices } from "../../app/services.server.ts";
import { createPerson } from "../support/factories.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp({ smtpUrl: undefined });

async function adminCookie() {
  const admin = await createPerson({ name: "Outbox Admin", isSiteAdmin: true });
  return app().cookieFor(admin.id);
}

/** Message ids from the outbox page's links, newest first. */
function messageIds(html: string): string[] {
  return [...html.matchAll(/href="\/admin\/outbox\/([^"]+)"/g)].map((match) => match[1]!);
}

async function waitForMessages(cookie: string, count: number): Promise<string[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const ids = messageIds(await htmlOf(await app().fetch("/admin/outbox", { cookie })));
    if (ids.length >= count) return ids;
    if (Date.now() > deadline) throw new Error(`Only ${ids.length} of ${count} emails reached the outbox`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("the email outbox", () => {
  it("is empty until an email is written", async () => {
    const cookie = await adminCookie();
    const html = await htmlOf(await app().fetch("/admin/outbox", { cookie }));
    expect(html).toContain("No emails have been written to the outbox yet.");
  });

  it("lists a sign-in email, and shows its text but never its HTML", async () => {
    const cookie = await adminCookie();
    await createPerson({ name: "Priya Shah", email: "priya@example.org" });
    expect((await app().post("/sign-in", { email: "priya@example.org", device: "own" })).status).toBe(302);
    const [id] = await waitForMessages(cookie, 1);
    expect(id).toMatch(/^[0-9TZ-]+-[0-9a-f]{8}\.eml$/);
    expect(app().smtp.messages).toHaveLength(0);

    const list = await htmlOf(await app().fetch("/admin/outbox", { cookie }));
    expect(list).toContain("Sign in to Panel");
    expect(list).toContain("priya@example.org");

    const message = await app().fetch(`/admin/outbox/${id}`, { cookie });
    expect(message.status).toBe(200);
    const html = await htmlOf(message);
    expect(html).toContain("<h1 class=\"govuk-heading-l\">Sign in to Panel</h1>");
    expect(html).toContain("Hello Priya Shah,");
    expect(html).toMatch(/\b\d{3} \d{3}\b/);
    expect(html).toContain("/sign-in/link?token=");
    expect(html).toContain("The email also has an HTML version, which is not shown here.");
    // The email's own markup (its inline styles) never reaches the page: whole markup, as sent.
    const page = await pageOf(html);
    expect(page.h1()).toBe("Sign in to Panel");
    expect(html).not.toContain("letter-spacing:6px");
    expect(page.document.querySelectorAll("iframe")).toHaveLength(0);
  });

  it("shows the newest email first", async () => {
    const cookie = await adminCookie();
    for (const [name, email] of [
      ["First Person", "first@example.org"],
      ["Second Person", "second@example.org"],
    ]) {
      await createPerson({ name, email });
      await app().post("/sign-in", { email: email!, device: "own" });
      await new Promise((r) => setTimeout(r, 20));
    }
    await waitForMessages(cookie, 2);
    const list = await htmlOf(await app().fetch("/admin/outbox", { cookie }));
    expect(list.indexOf("second@example.org")).toBeLessThan(list.indexOf("first@example.org"));
  });

  it("shows hostile content in an email as text", async () => {
    const cookie = await adminCookie();
    await getServices().mailer.send({
      to: "someone@example.org",
      subject: "<script>alert('subject')</script>",
      template: createElement("p", null, "<img src=x onerror=alert(1)> hello"),
    });
    const [id] = await waitForMessages(cookie, 1);
    // These are about the markup as sent (escaped, not run), so they look at the raw markup, once
    // the h1 and the text show it is the page with the hostile email on it.
    const list = await (await app().fetch("/admin/outbox", { cookie })).text();
    const listPage = await pageOf(list);
    expect(listPage.h1()).toBe("Email outbox");
    expect(listPage.mainText()).toContain("<script>alert('subject')</script>");
    expect(list).not.toContain("<script>alert");
    const page = await (await app().fetch(`/admin/outbox/${id}`, { cookie })).text();
    expect((await pageOf(page)).h1()).toBe("<script>alert('subject')</script>");
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt; hello");
  });

  it("opens only files the mailer named, so no path can leave the outbox", async () => {
    const cookie = await adminCookie();
    const outbox = getServices().mailer.outboxDir!;
    await getServices().mailer.send({ to: "a@example.org", subject: "Real", template: createElement("p", null, "Real") });
    const [id] = await waitForMessages(cookie, 1);
    // A file someone else put in the folder, and one beside it.
    await writeFile(path.join(outbox, "notes.eml"), "Subject: Not ours\n\nsecret");
    await writeFile(path.join(outbox, "..", "session-secret"), "do-not-show");

    const list = await pageOf(await app().fetch("/admin/outbox", { cookie }));
    expect(list.h1()).toBe("Email outbox");
    expect(list.mainText()).toContain("Real");
    expect(list.mainText()).not.toContain("Not ours");
    expect(list.linksTo("/admin/outbox/notes.eml")).toEqual([]);
    for (const hostile of [
      "..%2F..%2Fsession-secret",
      "..%2Fsession-secret",
      "%2e%2e%2fsession-secret",
      "notes.eml",
      `..%2Foutbox%2F${id}`,
      `${id}%00`,
      `${id}%2F..%2F..%2Fsession-secret`,
      id!.replace(/[0-9a-f]{8}\.eml$/, "00000000.eml"),
      id!.toUpperCase(),
    ]) {
      const response = await app().fetch(`/admin/outbox/${hostile}`, { cookie });
      expect(response.status, hostile).toBe(404);
      // The not-found page, and the secret nowhere in its markup.
      const notFound = await pageOf(response);
      expect(notFound.h1(), hostile).toBe("Page not found");
      expect(notFound.html, hostile).not.toContain("do-not-show");
    }
    expect((await app().fetch(`/admin/outbox/${id}`, { cookie })).status).toBe(200);
  });

  it("is for site admins only", async () => {
    await getServices().mailer.send({ to: "a@example.org", subject: "Private", template: createElement("p", null, "Private") });
    const member = await createPerson();
    const cookie = await app().cookieFor(member.id);
    const [id] = await waitForMessages(await adminCookie(), 1);
    expect((await app().fetch("/admin/outbox", { cookie })).status).toBe(403);
    const message = await app().fetch(`/admin/outbox/${id}`, { cookie });
    expect(message.status).toBe(403);
    const refused = await pageOf(message);
    expect(refused.h1()).toBe("You cannot see this page");
    // The email's subject is not sent at all, on the page or in its data.
    expect(refused.mainText()).not.toContain("Private");
    expect(refused.html).not.toContain("Private");
  });
});
