// Invitation links to join a panel, through real form posts on the real server (issue 4,
// "Identify: joining a panel … by invitation link from an admin or chair").
import { describe, expect, it, vi } from "vitest";
import { hashInvitationToken } from "../../app/modules/invitations/invitations.server.ts";
import { JOIN_CHECKS_PER_WINDOW } from "../../app/modules/invitations/join.server.ts";
import { db } from "../../app/services.server.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { createInvitation } from "../support/joining.ts";
import { useMailServer } from "../support/notifications.ts";
import { signInDetails, startRefusingSmtpServer } from "../support/smtp.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();
const DAY = 86_400_000;
const DOES_NOT_WORK = "This invitation link does not work any more. Ask the person who sent it for a new one.";

/** The cookies a response sets, as a Cookie header (cleared ones left out). */
function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="))
    .join("; ");
}

function joinCookies(...cookies: string[]): string {
  return cookies.filter(Boolean).join("; ");
}

const newLink = { intent: "create", name: "", email: "", role: "MEMBER", expiresInDays: "14", maxUses: "1" };

async function panelWithChair() {
  const panel = await db().panel.create({ data: { name: "Wessex panel", purpose: "Disabled people and carers shape adult social care." } });
  const chair = await createPerson({ name: "Alex Chair", roles: [{ panelId: panel.id, role: "MEMBER" }, { panelId: panel.id, role: "CHAIR" }] });
  return { panel, chair, cookie: await app().cookieFor(chair.id) };
}

describe("making invitation links", () => {
  it("a chair makes a member link: shown once on the page it returns to, stored only as a hash, listed and audited", async () => {
    const { panel, chair, cookie } = await panelWithChair();
    const response = await app().post(`/panels/${panel.id}/invitations`, { ...newLink, name: "Kim Adams" }, cookie);
    expect(response.status).toBe(302);
    const invitation = await db().panelInvitation.findFirstOrThrow({ where: { panelId: panel.id } });
    expect(response.headers.get("Location")).toBe(`/panels/${panel.id}/invitations?created=${invitation.id}`);
    expect(invitation).toMatchObject({ role: "MEMBER", name: "Kim Adams", email: "", maxUses: 1, uses: 0, createdById: chair.id, revokedAt: null });
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(13.9 * DAY);
    expect(invitation.expiresAt.getTime() - Date.now()).toBeLessThan(14.1 * DAY);

    const page = await app().fetch(response.headers.get("Location")!, { cookie: joinCookies(cookie, cookiesFrom(response)) });
    const html = await htmlOf(page);
    const token = new RegExp(`${app().url}/join/([A-Za-z0-9_-]{43})`).exec(html)?.[1];
    expect(token).toBeDefined();
    expect(invitation.tokenHash).toBe(hashInvitationToken(token!));
    expect(invitation.tokenHash).not.toContain(token!);
    expect(html).toContain("This is the only time we show the link");
    // The page clears the cookie that carried the link: it is not shown again.
    expect(page.headers.getSetCookie().some((c) => c.startsWith("panel_new_invitation=;"))).toBe(true);
    const againPage = await pageOf(await app().fetch(response.headers.get("Location")!, { cookie }));
    expect(againPage.h1()).toBe("Invitation links");
    // The link must not be sent to the browser again at all, so the whole markup (page data too).
    expect(againPage.source).not.toContain(token!);
    const again = againPage.source;
    expect(again).toContain("Kim Adams");
    expect(again).toContain("Alex Chair");
    expect(again).toContain("0 of 1");
    expect(again).toContain("Can be used");

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "invitation.created", entityId: invitation.id } });
    expect(audit).toMatchObject({ actorId: chair.id, panelId: panel.id, after: { role: "MEMBER", name: "Kim Adams", maxUses: 1 } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(token!);
  });

  it("emails the link when an email address is given", async () => {
    const { panel, cookie } = await panelWithChair();
    const response = await app().post(`/panels/${panel.id}/invitations`, { ...newLink, name: "Kim", email: " Kim.Adams@Example.org ", expiresInDays: "7", maxUses: "3" }, cookie);
    expect(response.status).toBe(302);
    const mail = await app().smtp.waitForMessage("kim.adams@example.org");
    expect(mail.subject).toBe("You are invited to join Wessex panel");
    expect(mail.text).toContain("Alex Chair has invited you to join Wessex panel");
    const token = /\/join\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? "")?.[1];
    const invitation = await db().panelInvitation.findFirstOrThrow({ where: { panelId: panel.id } });
    expect(invitation).toMatchObject({ email: "kim.adams@example.org", maxUses: 3 });
    expect(invitation.tokenHash).toBe(hashInvitationToken(token!));
    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: joinCookies(cookie, cookiesFrom(response)) }));
    expect(page).toContain("We have also emailed the link to kim.adams@example.org");
  });

  it("a chair can only invite members, even with a forged form; a panel admin can invite to any role", async () => {
    const { panel, cookie } = await panelWithChair();
    const page = await pageOf(await app().fetch(`/panels/${panel.id}/invitations`, { cookie }));
    expect(page.h1()).toBe("Invitation links");
    expect(page.mainText()).toContain("Only an admin can invite people to other roles");
    const roles = [...page.document.querySelectorAll('form input[name="role"]')].map((input) => input.getAttribute("value"));
    expect(roles).toEqual(["MEMBER"]);
    const forged = await app().post(`/panels/${panel.id}/invitations`, { ...newLink, role: "ADMIN" }, cookie);
    expect(forged.status).toBe(400);
    expect(await htmlOf(forged)).toContain("You can invite people as Member only");
    expect(await db().panelInvitation.count()).toBe(0);

    const admin = await createPerson({ roles: [{ panelId: panel.id, role: "ADMIN" }] });
    const adminCookie = await app().cookieFor(admin.id);
    expect(await htmlOf(await app().fetch(`/panels/${panel.id}/invitations`, { cookie: adminCookie }))).toContain('value="ADMIN"');
    expect((await app().post(`/panels/${panel.id}/invitations`, { ...newLink, role: "ADMIN" }, adminCookie)).status).toBe(302);
    expect(await db().panelInvitation.findFirstOrThrow()).toMatchObject({ role: "ADMIN", createdById: admin.id });
  });

  it("refuses bad values with an error summary linked to the fields, and stores nothing", async () => {
    const { panel, cookie } = await panelWithChair();
    const response = await app().post(
      `/panels/${panel.id}/invitations`,
      { ...newLink, name: "Kim", email: "kim@", role: "OWNER", expiresInDays: "365", maxUses: "0" },
      cookie,
    );
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("There is a problem");
    expect(html).toContain("Enter an email address in the correct format, like name@example.com");
    expect(html).toContain("Choose how long the link works for");
    expect(html).toContain("The link must work for at least 1 person");
    expect(html).toContain('href="#new-invitation-email"');
    expect(html).toContain('value="Kim"');
    const tooMany = await app().post(`/panels/${panel.id}/invitations`, { ...newLink, maxUses: "101" }, cookie);
    expect(await htmlOf(tooMany)).toContain("The link can work for up to 100 people");
    expect(await db().panelInvitation.count()).toBe(0);
  });

  it("a member, an officer or someone from another panel cannot see or make links", async () => {
    const { panel } = await panelWithChair();
    const member = await createPerson({ roles: [{ panelId: panel.id, role: "MEMBER" }] });
    const officer = await createPerson({ roles: [{ panelId: panel.id, role: "OFFICER" }] });
    const other = await createPanel();
    const outsider = await createPerson({ roles: [{ panelId: other.id, role: "CHAIR" }] });
    for (const [person, status] of [[member, 403], [officer, 403], [outsider, 404]] as const) {
      const cookie = await app().cookieFor(person.id);
      expect((await app().fetch(`/panels/${panel.id}/invitations`, { cookie })).status).toBe(status);
      expect((await app().post(`/panels/${panel.id}/invitations`, newLink, cookie)).status).toBe(status);
    }
    expect(await db().panelInvitation.count()).toBe(0);
  });

  it("revoking stops a link working, is audited, and works only on the panel's own links", async () => {
    const { panel, chair, cookie } = await panelWithChair();
    const { invitation, path } = await createInvitation(panel.id, chair.id);
    const other = await createPanel();
    const othersInvitation = await createInvitation(other.id, chair.id);

    const swapped = await app().post(`/panels/${panel.id}/invitations`, { intent: "revoke", invitationId: othersInvitation.invitation.id }, cookie);
    expect(swapped.status).toBe(404);
    expect((await db().panelInvitation.findUniqueOrThrow({ where: { id: othersInvitation.invitation.id } })).revokedAt).toBeNull();

    const response = await app().post(`/panels/${panel.id}/invitations`, { intent: "revoke", invitationId: invitation.id }, cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/panels/${panel.id}/invitations?revoked=1`);
    expect((await db().panelInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: "invitation.revoked", entityId: invitation.id, actorId: chair.id } })).toBe(1);
    const list = await htmlOf(await app().fetch(`/panels/${panel.id}/invitations?revoked=1`, { cookie }));
    expect(list).toContain("The invitation link was revoked");
    expect(list).toContain("Revoked");

    const opened = await app().fetch(path);
    expect(opened.status).toBe(404);
    expect(await htmlOf(opened)).toContain(DOES_NOT_WORK);
  });
  it("logs only the mail server's answer when it refuses the email, never the address or the whole error", async () => {
    const { panel, cookie } = await panelWithChair();
    const refusing = await startRefusingSmtpServer("Mailbox unavailable");
    const restoreMailer = useMailServer(refusing.url);
    try {
      const response = await app().post(`/panels/${panel.id}/invitations`, { ...newLink, name: "Kim", email: "kim.adams@example.org" }, cookie);
      expect(response.status).toBe(302);
    } finally {
      restoreMailer();
      await refusing.close();
    }
    const logged = app().logs.find((line) => line.includes("could not send an invitation email"));
    expect(logged).toContain("Mailbox unavailable");
    expect(logged).not.toContain("kim.adams@example.org");
    expect(logged).not.toContain('"stack"');
  });
});

describe("using an invitation link", () => {
  it("never writes the link's token to the log: the request log and a server error on the page show /join/[redacted]", async () => {
    const { panel, chair } = await panelWithChair();
    const { token, path } = await createInvitation(panel.id, chair.id);
    expect((await app().fetch(path)).status).toBe(200);
    // A form the server cannot read is a server error on this page, which is logged with its path.
    const broken = await app().fetch(path, { method: "POST", body: "not a form", headers: { "Content-Type": "multipart/form-data; boundary=x" } });
    expect(broken.status).toBe(500);
    await vi.waitFor(() => expect(app().logs.filter((line) => line.includes("/join/[redacted]"))).toHaveLength(3));
    expect(app().logs.join("\n")).not.toContain(token);
    expect(app().logs.some((line) => line.includes('"request failed"'))).toBe(true);
  });

  it("a signed-in person sees what the panel is and what joining means, joins, and is welcomed on the needs page", async () => {
    const { panel, chair } = await panelWithChair();
    const { invitation, path } = await createInvitation(panel.id, chair.id, { role: "OFFICER" });
    const person = await createPerson({ name: "Chris New" });
    const cookie = await app().cookieFor(person.id);

    const page = await htmlOf(await app().fetch(path, { cookie }));
    expect(page).toContain("Join Wessex panel");
    expect(page).toContain("Disabled people and carers shape adult social care.");
    expect(page).toContain("What joining means");
    expect(page).toContain("Your role will be: Council officer");
    expect(page).toContain("Join the panel");

    const joined = await app().post(path, { intent: "join" }, cookie);
    expect(joined.status).toBe(302);
    expect(joined.headers.get("Location")).toBe(`/profile/needs?joined=${panel.id}`);
    const membership = await db().membership.findFirstOrThrow({ where: { personId: person.id, panelId: panel.id } });
    expect(membership).toMatchObject({ role: "OFFICER", joinedVia: "INVITATION", consentRecordedById: person.id });
    expect(membership.consentRecordedAt).not.toBeNull();
    expect((await db().panelInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).uses).toBe(1);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "membership.joined", entityId: membership.id } });
    expect(audit).toMatchObject({ actorId: person.id, panelId: panel.id, after: { role: "OFFICER", joinedVia: "INVITATION", invitationId: invitation.id } });

    const needs = await htmlOf(await app().fetch(joined.headers.get("Location")!, { cookie }));
    expect(needs).toContain("Welcome to Wessex panel. Tell us what you need so that papers and meetings work for you");

    // Single use: the next person gets the calm page.
    const next = await createPerson();
    const used = await app().fetch(path, { cookie: await app().cookieFor(next.id) });
    expect(used.status).toBe(404);
    expect(await htmlOf(used)).toContain(DOES_NOT_WORK);
  });

  it("of two people using a single-use link at once, exactly one joins", async () => {
    const { panel, chair } = await panelWithChair();
    const { invitation, path } = await createInvitation(panel.id, chair.id);
    const [first, second] = [await createPerson(), await createPerson()];
    const cookies = [await app().cookieFor(first.id), await app().cookieFor(second.id)];
    const responses = await Promise.all(cookies.map((cookie) => app().post(path, { intent: "join" }, cookie)));
    const locations = responses.map((r) => r.headers.get("Location")).sort();
    expect(locations).toEqual([path, `/profile/needs?joined=${panel.id}`].sort());
    expect(await db().membership.count({ where: { panelId: panel.id, personId: { in: [first.id, second.id] } } })).toBe(1);
    expect((await db().panelInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).uses).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "membership.joined" } })).toBe(1);
  });

  it("a link for several people works that many times", async () => {
    const { panel, chair } = await panelWithChair();
    const { path } = await createInvitation(panel.id, chair.id, { maxUses: 2 });
    const people = [await createPerson(), await createPerson(), await createPerson()];
    const statuses = [];
    for (const person of people) statuses.push((await app().post(path, { intent: "join" }, await app().cookieFor(person.id))).headers.get("Location"));
    expect(statuses).toEqual([`/profile/needs?joined=${panel.id}`, `/profile/needs?joined=${panel.id}`, path]);
    expect(await db().membership.count({ where: { panelId: panel.id, role: "MEMBER", personId: { in: people.map((p) => p.id) } } })).toBe(2);
  });

  it("expired, revoked, used-up, unknown and malformed links all get the same calm page, and posting to them changes nothing", async () => {
    const { panel, chair } = await panelWithChair();
    const expired = await createInvitation(panel.id, chair.id, { expiresAt: new Date(Date.now() - 1000) });
    const revoked = await createInvitation(panel.id, chair.id, { revokedAt: new Date() });
    const usedUp = await createInvitation(panel.id, chair.id, { uses: 1 });
    const person = await createPerson();
    const cookie = await app().cookieFor(person.id);
    const paths = [expired.path, revoked.path, usedUp.path, `/join/${"A".repeat(43)}`, "/join/short", "/join/%3Cscript%3E", "/join/a%0D%0ASet-Cookie:%20x=1", `/join/${"B".repeat(44)}`];
    for (const path of paths) {
      for (const who of [undefined, cookie]) {
        const response = await app().fetch(path, { cookie: who });
        expect(response.status, path).toBe(404);
        const page = await pageOf(response);
        expect(page.h1()).toBe("This invitation link does not work");
        expect(page.mainText()).toContain(DOES_NOT_WORK);
        // A dead link must not tell anyone which panel it was for: not on the page, not in its data.
        expect(page.source).not.toContain("Wessex panel");
      }
      const posted = await app().post(path, { intent: "join" }, cookie);
      expect(posted.status).toBe(302);
      expect(posted.headers.get("Location")).toBe(path);
    }
    expect(await db().membership.count({ where: { personId: person.id } })).toBe(0);
    expect((await db().panelInvitation.findUniqueOrThrow({ where: { id: usedUp.invitation.id } })).uses).toBe(1);
  });

  it("someone who already has the role is told so, and the link is not used up", async () => {
    const { panel, chair, cookie } = await panelWithChair();
    const { invitation, path } = await createInvitation(panel.id, chair.id, { role: "CHAIR" });
    const page = await pageOf(await app().fetch(path, { cookie }));
    expect(page.h1()).toBe("Join Wessex panel");
    expect(page.mainText()).toContain("You are already on this panel, with the role: Chair.");
    expect(page.hasButton("Join the panel")).toBe(false);
    expect((await app().post(path, { intent: "join" }, cookie)).headers.get("Location")).toBe(path);
    expect((await db().panelInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).uses).toBe(0);
    expect(await db().membership.count({ where: { personId: chair.id } })).toBe(2);
  });

  it("signed out: name and email, the sign-in email with a code, back to the link, join, and the welcome", async () => {
    const { panel, chair } = await panelWithChair();
    const { path } = await createInvitation(panel.id, chair.id, { name: "Kim Adams", email: "kim.adams@example.org" });
    const page = await htmlOf(await app().fetch(path));
    expect(page).toContain("First, sign in");
    expect(page).toContain('value="Kim Adams"');
    expect(page).toContain('value="kim.adams@example.org"');

    const asked = await app().post(path, { intent: "sign-in", name: " Kim Adams ", email: "Kim.Adams@Example.org", device: "own" });
    expect(asked.status).toBe(302);
    expect(asked.headers.get("Location")).toBe("/sign-in/code");
    const person = await db().person.findUniqueOrThrow({ where: { email: "kim.adams@example.org" } });
    expect(person).toMatchObject({ name: "Kim Adams", active: true, isSiteAdmin: false });
    expect(await db().membership.count({ where: { personId: person.id } })).toBe(0);

    const { code } = signInDetails(await app().smtp.waitForMessage("kim.adams@example.org"));
    const signedIn = await app().post("/sign-in/code", { code }, cookiesFrom(asked));
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Location")).toBe(path);
    const session = cookiesFrom(signedIn);

    expect(await htmlOf(await app().fetch(path, { cookie: session }))).toContain("Join the panel");
    const joined = await app().post(path, { intent: "join" }, session);
    expect(joined.headers.get("Location")).toBe(`/profile/needs?joined=${panel.id}`);
    expect(await db().membership.findFirstOrThrow({ where: { personId: person.id } })).toMatchObject({ panelId: panel.id, role: "MEMBER", joinedVia: "INVITATION" });
    const needs = await htmlOf(await app().fetch(joined.headers.get("Location")!, { cookie: session }));
    expect(needs).toContain("Welcome to Wessex panel.");
  });

  it("answers the same whether or not the email already has an account, and never changes an existing person", async () => {
    const { panel, chair } = await panelWithChair();
    const { path } = await createInvitation(panel.id, chair.id, { maxUses: 5 });
    const existing = await createPerson({ name: "Priya Shah", email: "priya@example.org" });
    const gone = await createPerson({ name: "Gone", email: "gone@example.org", active: false });
    const answers = [];
    for (const email of ["priya@example.org", "new.person@example.org", "gone@example.org"]) {
      const response = await app().post(path, { intent: "sign-in", name: "Someone Else", email, device: "shared" });
      answers.push({ status: response.status, location: response.headers.get("Location"), cookies: response.headers.getSetCookie().map((c) => c.split("=")[0]) });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[1]).toEqual(answers[2]);
    expect(await db().person.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: "Priya Shah" });
    expect(await db().person.findUniqueOrThrow({ where: { id: gone.id } })).toMatchObject({ name: "Gone", active: false });
    expect(await db().person.count({ where: { email: "new.person@example.org" } })).toBe(1);
    await app().smtp.waitForMessage("priya@example.org");
    await app().smtp.waitForMessage("new.person@example.org");
    expect(app().smtp.messages.some((m) => m.to && JSON.stringify(m.to).includes("gone@example.org"))).toBe(false);
  });

  it("refuses missing or bad details, keeping what was typed, and creates nobody", async () => {
    const { panel, chair } = await panelWithChair();
    const { path } = await createInvitation(panel.id, chair.id);
    const response = await app().post(path, { intent: "sign-in", name: "", email: "kim@", device: "" });
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toContain("Enter your full name");
    expect(html).toContain("Enter an email address in the correct format, like name@example.com");
    expect(html).toContain("Select whether this is your own device or a shared one");
    expect(html).toContain('href="#join-name"');
    expect(html).toContain('value="kim@"');
    expect(await db().person.count({ where: { email: { startsWith: "kim" } } })).toBe(0);
  });

  it("the welcome only names a panel the person is in", async () => {
    const other = await createPanel({ name: "Secret panel" });
    const person = await createPerson();
    const cookie = await app().cookieFor(person.id);
    const page = await pageOf(await app().fetch(`/profile/needs?joined=${other.id}`, { cookie }));
    expect(page.h1()).toBe("Your communication needs");
    // The name of a panel they are not in must not reach the browser at all: the whole markup.
    expect(page.source).not.toContain("Secret panel");
    expect(page.mainText()).not.toContain("Welcome to");
    expect((await app().fetch("/profile/needs?joined=not-an-id", { cookie })).status).toBe(200);
  });

  it("limits how many link checks one address can make", async () => {
    for (let i = 0; i < JOIN_CHECKS_PER_WINDOW; i++) expect((await app().fetch(`/join/${"C".repeat(43)}`)).status).toBe(404);
    const limited = await app().fetch(`/join/${"C".repeat(43)}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await htmlOf(limited)).toContain("Please wait before trying again");
  });
});
