// Supporters through real form posts on the real server (issue 4): a member names a supporter,
// changes what they may do and withdraws; the supporter does what the member allowed and nothing
// else; withdrawing stops it at once; everything done is labelled "done by X for Y" and shown to
// the member; the supporter never sees the member's needs.
import { describe, expect, it, vi } from "vitest";
import { db } from "../../app/services.server.ts";
import { createAgendaItem } from "../support/agendas.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { createMeeting, createNeeds, createReply } from "../support/meetings.ts";
import { useMailServer } from "../support/notifications.ts";
import { addressesOf, startRefusingSmtpServer } from "../support/smtp.ts";
import { createConsent, memberWithSupporter } from "../support/supporters.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();
const DAY = 86_400_000;

/** POSTs a form with repeated fields (checkboxes), as a browser does. */
function postPairs(path: string, pairs: [string, string][], cookie?: string) {
  return app().fetch(path, {
    method: "POST",
    body: new URLSearchParams(pairs),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    cookie,
  });
}

function supporterForm(overrides: Partial<Record<"name" | "email" | "relationship" | "agree", string>> = {}, scopes = ["REPLY", "PAPERS"]): [string, string][] {
  const fields = { name: "Sam Lee", email: "Sam.Lee@Example.org", relationship: "PERSONAL_ASSISTANT", agree: "on", ...overrides };
  return [...Object.entries(fields).filter(([, value]) => value !== ""), ...scopes.map((scope): [string, string] => ["scopes", scope])];
}

async function member(name = "Jordan Ellis") {
  const panel = await createPanel({ name: "Wessex panel" });
  const person = await createPerson({ name, email: `${name.split(" ")[0]!.toLowerCase()}@example.org`, roles: [{ panelId: panel.id, role: "MEMBER" }] });
  return { panel, person, cookie: await app().cookieFor(person.id) };
}

describe("naming a supporter", () => {
  it("a member names someone new: an account is made, consent is recorded with its scope and date, audited, and they are emailed how to sign in", async () => {
    const jordan = await member();
    const response = await postPairs("/profile/supporters/new", supporterForm(), jordan.cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/profile/supporters?named=1");

    const sam = await db().person.findUniqueOrThrow({ where: { email: "sam.lee@example.org" } });
    expect(sam).toMatchObject({ name: "Sam Lee", active: true, isSiteAdmin: false });
    expect(await db().membership.count({ where: { personId: sam.id } })).toBe(0);
    const consent = await db().supporterConsent.findFirstOrThrow({ where: { memberId: jordan.person.id } });
    expect(consent).toMatchObject({ supporterId: sam.id, relationship: "PERSONAL_ASSISTANT", scopes: ["REPLY", "PAPERS"], recordedById: jordan.person.id, withdrawnAt: null });
    expect(Date.now() - consent.consentedAt.getTime()).toBeLessThan(60_000);
    expect(await db().auditEvent.count({ where: { action: "supporter.named", entityId: consent.id, actorId: jordan.person.id } })).toBe(1);

    const mail = await app().smtp.waitForMessage("sam.lee@example.org");
    expect(mail.subject).toBe("Jordan Ellis has named you as their supporter on Panel");
    expect(mail.text).toContain("Reply to meeting invitations");
    expect(mail.text).toContain("Read meeting papers and agendas");
    expect(mail.text).toContain(`${app().url}/sign-in`);

    const page = await htmlOf(await app().fetch("/profile/supporters?named=1", { cookie: jordan.cookie }));
    const dom = await pageOf(page);
    expect(dom.h1()).toBe("Your supporters");
    expect(page).toContain("Your supporter has been added");
    expect(page).toContain("Sam Lee");
    expect(page).toContain("Personal assistant");
    expect(page).toContain("Reply to meeting invitations for me");
    expect(page).toContain("Read my meeting papers and agendas");
    expect(dom.mainText()).not.toContain("Suggest agenda items for me");
  });

  it("an email that already has an account uses that account, and the member learns nothing about it", async () => {
    const jordan = await member();
    const existing = await createPerson({ name: "Samantha Lee-Officer", email: "sam.lee@example.org", roles: [{ panelId: jordan.panel.id, role: "OFFICER" }] });
    const people = await db().person.count();
    const response = await postPairs("/profile/supporters/new", supporterForm(), jordan.cookie);
    expect(response.headers.get("Location")).toBe("/profile/supporters?named=1");
    expect(await db().person.count()).toBe(people);
    expect(await db().supporterConsent.findFirstOrThrow({ where: { memberId: jordan.person.id } })).toMatchObject({ supporterId: existing.id });
    const page = await htmlOf(await app().fetch("/profile/supporters", { cookie: jordan.cookie }));
    expect((await pageOf(page)).h1()).toBe("Your supporters");
    // The existing account's email and role are not sent to the member at all: the whole markup.
    expect(page).not.toContain("sam.lee@example.org");
    expect(page).not.toContain("Council officer");
  });

  it("naming the same supporter again changes what they may do rather than adding them twice", async () => {
    const jordan = await member();
    await postPairs("/profile/supporters/new", supporterForm(), jordan.cookie);
    const again = await postPairs("/profile/supporters/new", supporterForm({ relationship: "FAMILY" }, ["PRIORITISE"]), jordan.cookie);
    expect(again.headers.get("Location")).toBe("/profile/supporters?updated=1");
    const consents = await db().supporterConsent.findMany({ where: { memberId: jordan.person.id } });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ relationship: "FAMILY", scopes: ["PRIORITISE"] });
    const change = await db().auditEvent.findFirstOrThrow({ where: { action: "supporter.changed", entityId: consents[0]!.id } });
    expect(change.before).toEqual({ relationship: "PERSONAL_ASSISTANT", scopes: ["REPLY", "PAPERS"] });
    expect(change.after).toEqual({ relationship: "FAMILY", scopes: ["PRIORITISE"] });
    // Only the first naming sends an email.
    expect(app().smtp.messages.filter((m) => addressesOf(m).includes("sam.lee@example.org"))).toHaveLength(1);
  });

  it("naming the same new supporter in three posts at once makes one account and one consent; the others are told they were already named", async () => {
    const jordan = await member();
    const responses = await Promise.all([1, 2, 3].map(() => postPairs("/profile/supporters/new", supporterForm(), jordan.cookie)));
    expect(responses.map((r) => r.status)).toEqual([302, 302, 302]);
    expect(responses.map((r) => r.headers.get("Location")).sort()).toEqual([
      "/profile/supporters?named=1",
      "/profile/supporters?updated=1",
      "/profile/supporters?updated=1",
    ]);
    expect(await db().person.count({ where: { email: "sam.lee@example.org" } })).toBe(1);
    expect(await db().supporterConsent.count({ where: { memberId: jordan.person.id, withdrawnAt: null } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "supporter.named" } })).toBe(1);
    await app().smtp.waitForMessage("sam.lee@example.org");
    expect(app().smtp.messages.filter((m) => addressesOf(m).includes("sam.lee@example.org"))).toHaveLength(1);
  });

  it("the database keeps one current consent per member and supporter; stopped ones stay as history", async () => {
    const { member: jordan, supporter: sam, consent } = await memberWithSupporter(["REPLY"]);
    await expect(createConsent(jordan.id, sam.id, ["PAPERS"])).rejects.toMatchObject({ code: "P2002" });
    await db().supporterConsent.update({ where: { id: consent.id }, data: { withdrawnAt: new Date(), withdrawnById: jordan.id } });
    await createConsent(jordan.id, sam.id, ["PAPERS"]);
    await createConsent(jordan.id, sam.id, ["REPLY"], { withdrawn: true });
    expect(await db().supporterConsent.count({ where: { memberId: jordan.id, supporterId: sam.id } })).toBe(3);
  });

  // PGlite runs one transaction at a time, so only PostgreSQL (CI runs this file there too) can
  // hold a consent uncommitted while a post for the same supporter reaches its insert and waits.
  it.runIf(process.env.DATABASE_URL)("a post that loses the race to another naming the same supporter is told they were already named", async () => {
    const jordan = await member();
    const sam = await createPerson({ name: "Sam Lee", email: "sam.lee@example.org" });
    let response: Promise<Response> | undefined;
    await db().$transaction(async (tx) => {
      await tx.supporterConsent.create({ data: { memberId: jordan.person.id, supporterId: sam.id, relationship: "FAMILY", scopes: ["REPLY"], recordedById: jordan.person.id } });
      response = postPairs("/profile/supporters/new", supporterForm(), jordan.cookie);
      await vi.waitFor(
        async () => {
          const [waiting] = await db().$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_locks WHERE NOT granted`;
          expect(waiting?.count).toBeGreaterThan(0);
        },
        { timeout: 4000, interval: 20 },
      );
    });
    const lost = await response!;
    expect(lost.status).toBe(302);
    expect(lost.headers.get("Location")).toBe("/profile/supporters?updated=1");
    const consents = await db().supporterConsent.findMany({ where: { memberId: jordan.person.id } });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ supporterId: sam.id, relationship: "PERSONAL_ASSISTANT", scopes: ["REPLY", "PAPERS"], withdrawnAt: null });
  });

  const refusals: [string, [string, string][], string][] = [
    ["no name", supporterForm({ name: "" }), "Enter your supporter's full name"],
    ["no email address", supporterForm({ email: "" }), "Enter your supporter's email address"],
    ["an email address that is not one", supporterForm({ email: "sam at home" }), "Enter an email address in the correct format, like name@example.com"],
    ["no relationship", supporterForm({ relationship: "" }), "Choose who this person is to you"],
    ["a made-up relationship", supporterForm({ relationship: "LANDLORD" }), "Choose who this person is to you"],
    ["nothing they may do", supporterForm({}, []), "Choose at least one thing this person can do for you"],
    ["a forged scope", supporterForm({}, ["REPLY", "ADMIN"]), "Choose from the list"],
    ["no agreement", supporterForm({ agree: "" }), "Tick the box to agree that this person can do these things for you"],
    ["their own email address", supporterForm({ email: "JORDAN@example.org" }), "You cannot name yourself as your own supporter"],
  ];
  for (const [what, form, message] of refusals) {
    it(`refuses ${what}, keeps what was typed, and saves nothing`, async () => {
      const jordan = await member();
      const response = await postPairs("/profile/supporters/new", form, jordan.cookie);
      expect(response.status).toBe(400);
      const html = await htmlOf(response);
      expect(html).toContain("There is a problem");
      expect(html).toContain(message);
      expect(await db().supporterConsent.count()).toBe(0);
      expect(await db().person.count()).toBe(1);
    });
  }

  it("when the mail server refuses the email, the supporter is still named and the log has only the server's answer, not their address", async () => {
    const jordan = await member();
    const refusing = await startRefusingSmtpServer("Mailbox unavailable");
    const restoreMailer = useMailServer(refusing.url);
    try {
      expect((await postPairs("/profile/supporters/new", supporterForm(), jordan.cookie)).status).toBe(302);
    } finally {
      restoreMailer();
      await refusing.close();
    }
    expect(await db().supporterConsent.count({ where: { memberId: jordan.person.id } })).toBe(1);
    const logged = app().logs.find((line) => line.includes("could not send the supporter-named email"));
    expect(logged).toContain("Mailbox unavailable");
    expect(logged).not.toContain("sam.lee@example.org");
    expect(logged).not.toContain('"stack"');
  });

  it("only members and chairs can name supporters", async () => {
    const panel = await createPanel();
    const officer = await createPerson({ roles: [{ panelId: panel.id, role: "OFFICER" }] });
    const cookie = await app().cookieFor(officer.id);
    expect((await app().fetch("/profile/supporters", { cookie })).status).toBe(403);
    expect((await app().fetch("/profile/supporters/new", { cookie })).status).toBe(403);
    expect((await postPairs("/profile/supporters/new", supporterForm(), cookie)).status).toBe(403);
    expect(await db().supporterConsent.count()).toBe(0);
    // Their profile does not offer it.
    const profile = await pageOf(await app().fetch("/profile", { cookie }));
    expect(profile.h1()).toBe("Your profile");
    expect(profile.hasLink("Your supporters")).toBe(false);
    expect(profile.linksTo("/profile/supporters")).toEqual([]);
  });
});

describe("changing and stopping a supporter", () => {
  it("the member changes what their supporter may do: audited before and after", async () => {
    const { member: jordan, consent } = await memberWithSupporter(["REPLY", "PAPERS"]);
    const cookie = await app().cookieFor(jordan.id);
    const page = await htmlOf(await app().fetch(`/profile/supporters/${consent.id}`, { cookie }));
    expect(page).toContain("What can Sam Lee do for you?");
    const response = await postPairs(`/profile/supporters/${consent.id}`, [["scopes", "PAPERS"], ["scopes", "PROPOSE"]], cookie);
    expect(response.headers.get("Location")).toBe("/profile/supporters?changed=1");
    expect((await db().supporterConsent.findUniqueOrThrow({ where: { id: consent.id } })).scopes).toEqual(["PAPERS", "PROPOSE"]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "supporter.changed", entityId: consent.id } });
    expect(audit).toMatchObject({ actorId: jordan.id, before: { scopes: ["REPLY", "PAPERS"] }, after: { scopes: ["PAPERS", "PROPOSE"] } });
  });

  it("refuses taking away everything (that is stopping them) and forged scopes", async () => {
    const { member: jordan, consent } = await memberWithSupporter(["REPLY"]);
    const cookie = await app().cookieFor(jordan.id);
    const none = await postPairs(`/profile/supporters/${consent.id}`, [], cookie);
    expect(none.status).toBe(400);
    expect(await htmlOf(none)).toContain("Choose at least one thing. To stop them doing anything for you");
    expect((await postPairs(`/profile/supporters/${consent.id}`, [["scopes", "EVERYTHING"]], cookie)).status).toBe(400);
    expect((await db().supporterConsent.findUniqueOrThrow({ where: { id: consent.id } })).scopes).toEqual(["REPLY"]);
  });

  it("the member stops their supporter after a confirmation page; it is audited and listed as a past supporter", async () => {
    const { member: jordan, consent } = await memberWithSupporter(["REPLY"]);
    const cookie = await app().cookieFor(jordan.id);
    const confirm = await htmlOf(await app().fetch(`/profile/supporters/${consent.id}/withdraw`, { cookie }));
    expect(confirm).toContain("Stop Sam Lee acting for you?");
    expect(confirm).toContain("Yes, stop Sam Lee acting for me");
    const response = await app().post(`/profile/supporters/${consent.id}/withdraw`, {}, cookie);
    expect(response.headers.get("Location")).toBe("/profile/supporters?withdrawn=1");
    const stopped = await db().supporterConsent.findUniqueOrThrow({ where: { id: consent.id } });
    expect(stopped.withdrawnAt).not.toBeNull();
    expect(stopped.withdrawnById).toBe(jordan.id);
    expect(await db().auditEvent.count({ where: { action: "supporter.withdrawn", entityId: consent.id } })).toBe(1);
    // Stopping twice changes nothing more.
    await app().post(`/profile/supporters/${consent.id}/withdraw`, {}, cookie);
    expect(await db().auditEvent.count({ where: { action: "supporter.withdrawn", entityId: consent.id } })).toBe(1);
    const page = await htmlOf(await app().fetch("/profile/supporters", { cookie }));
    expect(page).toContain("Past supporters");
    expect(page).toContain("You have not named any supporters.");
    // Once stopped, scopes cannot be changed behind the member's back.
    expect((await postPairs(`/profile/supporters/${consent.id}`, [["scopes", "REPLY"]], cookie)).status).toBe(400);
    expect((await db().supporterConsent.findUniqueOrThrow({ where: { id: consent.id } })).scopes).toEqual(["REPLY"]);
  });

  it("another member's supporter cannot be seen, changed or stopped", async () => {
    const { consent } = await memberWithSupporter(["REPLY"]);
    const other = await member("Ravi Patel");
    expect((await app().fetch(`/profile/supporters/${consent.id}`, { cookie: other.cookie })).status).toBe(404);
    expect((await postPairs(`/profile/supporters/${consent.id}`, [["scopes", "PAPERS"]], other.cookie)).status).toBe(404);
    expect((await app().post(`/profile/supporters/${consent.id}/withdraw`, {}, other.cookie)).status).toBe(404);
    expect(await db().supporterConsent.findUniqueOrThrow({ where: { id: consent.id } })).toMatchObject({ scopes: ["REPLY"], withdrawnAt: null });
  });
});

describe("an admin recording consent for a member who cannot use the site", () => {
  it("records the supporter with the admin as recorder; the member sees who recorded it", async () => {
    const jordan = await member();
    const admin = await createPerson({ name: "Morgan Admin", isSiteAdmin: true });
    const cookie = await app().cookieFor(admin.id);
    expect(await htmlOf(await app().fetch(`/admin/people/${jordan.person.id}`, { cookie }))).toContain(`/admin/people/${jordan.person.id}/supporters`);
    const refused = await postPairs(`/admin/people/${jordan.person.id}/supporters`, [["intent", "name"], ...supporterForm({ agree: "" })], cookie);
    expect(refused.status).toBe(400);
    expect(await htmlOf(refused)).toContain("Tick the box to confirm that the member has agreed");
    const response = await postPairs(`/admin/people/${jordan.person.id}/supporters`, [["intent", "name"], ...supporterForm()], cookie);
    expect(response.headers.get("Location")).toBe(`/admin/people/${jordan.person.id}/supporters?named=1`);
    const consent = await db().supporterConsent.findFirstOrThrow({ where: { memberId: jordan.person.id } });
    expect(consent.recordedById).toBe(admin.id);
    expect(await htmlOf(await app().fetch("/profile/supporters", { cookie: jordan.cookie }))).toContain("recorded by Morgan Admin for you");

    const stop = await app().post(`/admin/people/${jordan.person.id}/supporters`, { intent: "withdraw", consentId: consent.id }, cookie);
    expect(stop.headers.get("Location")).toBe(`/admin/people/${jordan.person.id}/supporters?withdrawn=1`);
    expect((await db().supporterConsent.findUniqueOrThrow({ where: { id: consent.id } })).withdrawnById).toBe(admin.id);
  });

  it("an admin cannot stop another member's supporter through this member's page", async () => {
    const { consent } = await memberWithSupporter(["REPLY"]);
    const ravi = await member("Ravi Patel");
    const admin = await createPerson({ isSiteAdmin: true });
    const response = await app().post(`/admin/people/${ravi.person.id}/supporters`, { intent: "withdraw", consentId: consent.id }, await app().cookieFor(admin.id));
    expect(response.status).toBe(404);
    expect((await db().supporterConsent.findUniqueOrThrow({ where: { id: consent.id } })).withdrawnAt).toBeNull();
  });
});

describe("a supporter acting for a member", () => {
  it("lists the people they support with what they may do, and links to it from the home page", async () => {
    const { member: jordan, supporter } = await memberWithSupporter(["REPLY", "PAPERS"]);
    const cookie = await app().cookieFor(supporter.id);
    expect(await htmlOf(await app().fetch("/", { cookie }))).toContain('href="/supporting"');
    const page = await htmlOf(await app().fetch("/supporting", { cookie }));
    expect(page).toContain("Jordan Ellis");
    expect(page).toContain("Reply to meeting invitations");
    expect(page).toContain(`/supporting/${jordan.id}`);
    const dom = await pageOf(page);
    expect(dom.h1()).toBe("People you support");
    expect(dom.mainText()).not.toContain("Suggest agenda items");
  });

  it("replies for the member: the member replies, the supporter entered it, the audit says so, and the member sees it", async () => {
    const { panel, member: jordan, supporter } = await memberWithSupporter(["REPLY"]);
    await createNeeds(jordan.id, { meetingSupport: ["BSL_INTERPRETER"], physicalAccess: ["STEP_FREE"], dietaryNeeds: "No peanuts at all" });
    const meeting = await createMeeting(panel.id, { title: "March meeting" });
    const cookie = await app().cookieFor(supporter.id);

    const form = await htmlOf(await app().fetch(`/supporting/${jordan.id}/meetings/${meeting.id}/reply`, { cookie }));
    expect(form).toContain("You are acting for Jordan Ellis");
    expect(form).toContain("Will Jordan Ellis come?");
    expect((await pageOf(form)).h1()).toBe("Reply for Jordan Ellis");
    // The supporter never sees the member's needs: not on the page, not in its data.
    expect(form).not.toContain("No peanuts at all");
    expect(form).not.toContain("British Sign Language");
    expect(form).not.toContain("BSL_INTERPRETER");

    const response = await app().post(`/supporting/${jordan.id}/meetings/${meeting.id}/reply`, { mode: "IN_PERSON", travelNeeded: "yes" }, cookie);
    expect(response.headers.get("Location")).toBe(`/supporting/${jordan.id}/meetings/${meeting.id}?replied=1`);
    const reply = await db().meetingReply.findUniqueOrThrow({ where: { meetingId_personId: { meetingId: meeting.id, personId: jordan.id } } });
    // The member's needs come from their own record, unseen by the supporter.
    expect(reply).toMatchObject({ mode: "IN_PERSON", travelNeeded: true, repliedById: supporter.id, meetingSupport: ["BSL_INTERPRETER"], physicalAccess: ["STEP_FREE"], dietaryNeeds: "No peanuts at all" });
    expect(await db().meetingReply.count({ where: { personId: supporter.id } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "meeting.replied" } });
    expect(audit).toMatchObject({ actorId: supporter.id, onBehalfOfId: jordan.id });

    const after = await htmlOf(await app().fetch(`/supporting/${jordan.id}/meetings/${meeting.id}?replied=1`, { cookie }));
    expect(after).toContain("Your reply for Jordan Ellis is saved");
    expect(after).toContain("Jordan Ellis is coming in person");
    expect((await pageOf(after)).h1()).toBe("March meeting");
    // Not on the page, not in its data.
    expect(after).not.toContain("No peanuts at all");

    const jordanCookie = await app().cookieFor(jordan.id);
    expect(await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}/reply`, { cookie: jordanCookie }))).toContain("Entered by Sam Lee for you");
    const activity = await htmlOf(await app().fetch("/profile/supporters", { cookie: jordanCookie }));
    expect(activity).toMatch(/Sam Lee replied to 'March meeting' for you \(coming in person\) on \w+ \d+ \w+ \d{4}/);

    // When Jordan replies themselves, it is no longer shown as entered by Sam.
    await app().post(`/panels/${panel.id}/meetings/${meeting.id}/reply`, { mode: "ONLINE", travelNeeded: "no" }, jordanCookie);
    const ownReply = await pageOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}/reply`, { cookie: jordanCookie }));
    expect(ownReply.h1()).toBe("Reply to the meeting");
    expect(ownReply.mainText()).not.toContain("Entered by Sam Lee");
  });

  it("a supporter's reply keeps the needs the member gave for the meeting", async () => {
    const { panel, member: jordan, supporter } = await memberWithSupporter(["REPLY"]);
    const meeting = await createMeeting(panel.id);
    await createReply(meeting.id, jordan.id, "ONLINE", { meetingSupport: ["LIPSPEAKER"], otherNeeds: "Camera off please" });
    await app().post(`/supporting/${jordan.id}/meetings/${meeting.id}/reply`, { mode: "IN_PERSON" }, await app().cookieFor(supporter.id));
    const reply = await db().meetingReply.findUniqueOrThrow({ where: { meetingId_personId: { meetingId: meeting.id, personId: jordan.id } } });
    expect(reply).toMatchObject({ mode: "IN_PERSON", meetingSupport: ["LIPSPEAKER"], otherNeeds: "Camera off please", travelNeeded: false });
  });

  it("refuses a reply the meeting cannot take, and forged answers", async () => {
    const { panel, member: jordan, supporter } = await memberWithSupporter(["REPLY"]);
    const cookie = await app().cookieFor(supporter.id);
    const onlineOnly = await createMeeting(panel.id, { venueName: "" });
    const inPerson = await app().post(`/supporting/${jordan.id}/meetings/${onlineOnly.id}/reply`, { mode: "IN_PERSON" }, cookie);
    expect(inPerson.status).toBe(400);
    expect(await htmlOf(inPerson)).toContain("This meeting is online only");
    expect((await app().post(`/supporting/${jordan.id}/meetings/${onlineOnly.id}/reply`, { mode: "MAYBE" }, cookie)).status).toBe(400);
    const past = await createMeeting(panel.id, { startsAt: new Date(Date.now() - DAY) });
    const late = await app().post(`/supporting/${jordan.id}/meetings/${past.id}/reply`, { mode: "APOLOGIES" }, cookie);
    expect(late.status).toBe(400);
    expect(await htmlOf(late)).toContain("This meeting has already happened");
    expect(await db().meetingReply.count()).toBe(0);
  });

  it("suggests an agenda item for the member: proposed by the member, entered by the supporter", async () => {
    const { panel, member: jordan, supporter } = await memberWithSupporter(["PROPOSE"]);
    const cookie = await app().cookieFor(supporter.id);
    const form = await htmlOf(await app().fetch(`/supporting/${jordan.id}/panels/${panel.id}/agenda-items/new`, { cookie }));
    expect(form).toContain("Suggest an agenda item for Jordan Ellis");
    const response = await app().post(
      `/supporting/${jordan.id}/panels/${panel.id}/agenda-items/new`,
      { title: "Bus passes for PAs", about: "My PA pays the fare.", type: "DISCUSSION", minutesNeeded: "15" },
      cookie,
    );
    expect(response.headers.get("Location")).toBe(`/supporting/${jordan.id}?proposed=1`);
    const item = await db().agendaItem.findFirstOrThrow({ where: { panelId: panel.id } });
    expect(item).toMatchObject({ proposedById: jordan.id, enteredById: supporter.id, proposedAs: "MEMBER", status: "PROPOSED" });
    expect(await db().auditEvent.findFirstOrThrow({ where: { action: "agenda-item.proposed", entityId: item.id } })).toMatchObject({
      actorId: supporter.id,
      onBehalfOfId: jordan.id,
    });
    const itemPage = await htmlOf(await app().fetch(`/panels/${panel.id}/agenda-items/${item.id}`, { cookie: await app().cookieFor(jordan.id) }));
    expect(itemPage).toContain("Proposed by Jordan Ellis (entered by Sam Lee, their supporter)");
    // Bad input is refused as it is for the member.
    const bad = await app().post(`/supporting/${jordan.id}/panels/${panel.id}/agenda-items/new`, { title: "", about: "x", type: "GOSSIP", minutesNeeded: "0" }, cookie);
    expect(bad.status).toBe(400);
    expect(await db().agendaItem.count()).toBe(1);
  });

  it("chooses the member's priorities: the votes are the member's, entered by the supporter", async () => {
    const { panel, member: jordan, supporter } = await memberWithSupporter(["PRIORITISE"]);
    const meeting = await createMeeting(panel.id);
    const first = await createAgendaItem(panel.id, jordan.id, { title: "First" });
    const second = await createAgendaItem(panel.id, jordan.id, { title: "Second" });
    const cookie = await app().cookieFor(supporter.id);
    const url = `/supporting/${jordan.id}/meetings/${meeting.id}/priorities`;
    expect(await htmlOf(await app().fetch(url, { cookie }))).toContain("Choose Jordan Ellis's most important items");
    const forged = await app().post(url, { points3: first.id, points4: second.id }, cookie);
    expect(forged.status).toBe(400);
    const response = await app().post(url, { points3: first.id, points2: second.id }, cookie);
    expect(response.headers.get("Location")).toBe(`/supporting/${jordan.id}/meetings/${meeting.id}?saved=1`);
    const votes = await db().priorityVote.findMany({ orderBy: { weight: "desc" } });
    expect(votes.map((v) => [v.personId, v.itemId, v.weight, v.enteredById])).toEqual([
      [jordan.id, first.id, 3, supporter.id],
      [jordan.id, second.id, 2, supporter.id],
    ]);
    expect(await db().auditEvent.findFirstOrThrow({ where: { action: "priorities.saved" } })).toMatchObject({ actorId: supporter.id, onBehalfOfId: jordan.id });
    const jordanCookie = await app().cookieFor(jordan.id);
    expect(await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}/priorities`, { cookie: jordanCookie }))).toContain("Entered by Sam Lee for you");
    expect(await htmlOf(await app().fetch("/profile/supporters", { cookie: jordanCookie }))).toContain("Sam Lee chose your most important items for 'Panel meeting'");
  });

  it("reads the published agenda for the member, or is told it is not published yet", async () => {
    const { panel, member: jordan, supporter } = await memberWithSupporter(["PAPERS"]);
    const meeting = await createMeeting(panel.id, { title: "March meeting" });
    const cookie = await app().cookieFor(supporter.id);
    const url = `/supporting/${jordan.id}/meetings/${meeting.id}/agenda`;
    expect(await htmlOf(await app().fetch(url, { cookie }))).toContain("The agenda has not been published yet");
    const start = meeting.startsAt.toISOString();
    await db().agendaPublication.create({
      data: {
        meetingId: meeting.id,
        version: 1,
        publishedById: jordan.id,
        snapshot: {
          meetingId: meeting.id,
          startsAt: start,
          endsAt: meeting.endsAt.toISOString(),
          papersDeadline: meeting.papersDeadline.toISOString(),
          plannedMinutes: 25,
          lines: [
            {
              kind: "ITEM",
              entryId: "e1",
              position: 1,
              number: 1,
              itemId: "i1",
              title: "Easy read letters",
              about: "Letters come in small print.",
              type: "DECISION",
              presenter: "Chris Jones",
              minutes: 15,
              startsAt: start,
              relatedRecommendations: ["R6.4"],
              councilDecision: "",
              councilDecisionDate: null,
              proposedAs: "MEMBER",
              proposedBy: "Jordan Ellis",
              paperReceivedAt: new Date(meeting.papersDeadline.getTime() + DAY).toISOString(),
              paperLink: "https://example.org/letters.pdf",
              latePaper: true,
              carriedFromMeetingId: null,
            },
            { kind: "BREAK", entryId: "e2", position: 2, title: "Tea break", minutes: 10, startsAt: start },
          ],
        },
      },
    });
    const agenda = await htmlOf(await app().fetch(url, { cookie }));
    expect(agenda).toContain("You are acting for Jordan Ellis");
    expect(agenda).toContain("1. Easy read letters");
    expect(agenda).toContain("Late paper");
    expect(agenda).toContain("Tea break");
    expect(agenda).toContain("https://example.org/letters.pdf");
  });

  it("is refused what the member did not allow, with a clear page, and nothing is saved", async () => {
    const { panel, member: jordan, supporter } = await memberWithSupporter(["PAPERS"]);
    const meeting = await createMeeting(panel.id);
    const item = await createAgendaItem(panel.id, jordan.id);
    const cookie = await app().cookieFor(supporter.id);
    const refused = await app().fetch(`/supporting/${jordan.id}/meetings/${meeting.id}/reply`, { cookie });
    expect(refused.status).toBe(403);
    expect(await htmlOf(refused)).toContain("Jordan Ellis has not asked you to do this for them");
    expect((await app().post(`/supporting/${jordan.id}/meetings/${meeting.id}/reply`, { mode: "APOLOGIES" }, cookie)).status).toBe(403);
    expect((await app().post(`/supporting/${jordan.id}/meetings/${meeting.id}/priorities`, { points3: item.id }, cookie)).status).toBe(403);
    const propose = { title: "Sneaky", about: "x", type: "DECISION", minutesNeeded: "15" };
    expect((await app().post(`/supporting/${jordan.id}/panels/${panel.id}/agenda-items/new`, propose, cookie)).status).toBe(403);
    expect(await db().meetingReply.count()).toBe(0);
    expect(await db().priorityVote.count()).toBe(0);
    expect(await db().agendaItem.count({ where: { title: "Sneaky" } })).toBe(0);
    // The member's page shows only what is allowed.
    const overview = await pageOf(await app().fetch(`/supporting/${jordan.id}`, { cookie }));
    expect(overview.h1()).toBe("Jordan Ellis");
    expect(overview.hasLink(/^Read the agenda/)).toBe(true);
    expect(overview.hasLink(/^Reply for Jordan Ellis/)).toBe(false);
    expect(overview.hasLink(/^Suggest an agenda item/)).toBe(false);
    expect(overview.hasLink(/most important items/)).toBe(false);
    expect(overview.mainText()).not.toMatch(/Reply for Jordan Ellis|Suggest an agenda item|most important items/);
  });

  it("withdrawing consent stops the very next request, and says who stopped it", async () => {
    const { panel, member: jordan, supporter, consent } = await memberWithSupporter(["REPLY", "PRIORITISE"]);
    const meeting = await createMeeting(panel.id);
    const cookie = await app().cookieFor(supporter.id);
    const url = `/supporting/${jordan.id}/meetings/${meeting.id}/reply`;
    expect((await app().fetch(url, { cookie })).status).toBe(200);
    await app().post(`/profile/supporters/${consent.id}/withdraw`, {}, await app().cookieFor(jordan.id));
    const refused = await app().post(url, { mode: "IN_PERSON" }, cookie);
    expect(refused.status).toBe(403);
    expect(await htmlOf(refused)).toContain("Jordan Ellis has stopped you doing this for them");
    expect(await db().meetingReply.count()).toBe(0);
    for (const path of [url, `/supporting/${jordan.id}`, `/supporting/${jordan.id}/meetings/${meeting.id}`, `/supporting/${jordan.id}/meetings/${meeting.id}/priorities`]) {
      expect((await app().fetch(path, { cookie })).status).toBe(403);
    }
    const list = await pageOf(await app().fetch("/supporting", { cookie }));
    expect(list.h1()).toBe("People you support");
    expect(list.mainText()).toContain("Nobody has asked you to act for them at the moment.");
    expect(list.mainText()).not.toContain("Jordan Ellis");
    const home = await pageOf(await app().fetch("/", { cookie }));
    expect(home.h1()).toMatch(/^Hello, /);
    expect(home.linksTo("/supporting")).toEqual([]);
  });

  it("taking one thing away stops just that, at once", async () => {
    const { panel, member: jordan, supporter, consent } = await memberWithSupporter(["REPLY", "PAPERS"]);
    const meeting = await createMeeting(panel.id);
    const cookie = await app().cookieFor(supporter.id);
    await postPairs(`/profile/supporters/${consent.id}`, [["scopes", "PAPERS"]], await app().cookieFor(jordan.id));
    const refused = await app().fetch(`/supporting/${jordan.id}/meetings/${meeting.id}/reply`, { cookie });
    expect(refused.status).toBe(403);
    expect(await htmlOf(refused)).toContain("Jordan Ellis has stopped you doing this for them");
    expect((await app().fetch(`/supporting/${jordan.id}/meetings/${meeting.id}/agenda`, { cookie })).status).toBe(200);
  });

  it("another member's id, another panel's meeting or panel, and a deactivated member are not found", async () => {
    const { panel, member: jordan, supporter } = await memberWithSupporter(["REPLY", "PAPERS", "PROPOSE", "PRIORITISE"]);
    const cookie = await app().cookieFor(supporter.id);
    const ravi = await createPerson({ name: "Ravi Patel", roles: [{ panelId: panel.id, role: "MEMBER" }] });
    const meeting = await createMeeting(panel.id);
    const otherPanel = await createPanel({ name: "Other panel" });
    const otherMeeting = await createMeeting(otherPanel.id);
    // Jordan is only an officer in a third panel: not a panel the supporter can act in.
    const officerPanel = await createPanel({ name: "Officer panel" });
    await db().membership.create({ data: { personId: jordan.id, panelId: officerPanel.id, role: "OFFICER" } });
    const officerMeeting = await createMeeting(officerPanel.id);
    const notFound = [
      `/supporting/${ravi.id}`,
      `/supporting/${ravi.id}/meetings/${meeting.id}/reply`,
      `/supporting/${supporter.id}`,
      `/supporting/not-an-id`,
      `/supporting/${jordan.id}/meetings/${otherMeeting.id}`,
      `/supporting/${jordan.id}/meetings/${otherMeeting.id}/reply`,
      `/supporting/${jordan.id}/meetings/${officerMeeting.id}/priorities`,
      `/supporting/${jordan.id}/meetings/not-an-id/agenda`,
      `/supporting/${jordan.id}/panels/${otherPanel.id}/agenda-items/new`,
      `/supporting/${jordan.id}/panels/${officerPanel.id}/agenda-items/new`,
    ];
    for (const path of notFound) expect([path, (await app().fetch(path, { cookie })).status]).toEqual([path, 404]);
    expect((await app().post(`/supporting/${jordan.id}/meetings/${otherMeeting.id}/reply`, { mode: "APOLOGIES" }, cookie)).status).toBe(404);
    expect((await app().post(`/supporting/${ravi.id}/meetings/${meeting.id}/reply`, { mode: "APOLOGIES" }, cookie)).status).toBe(404);
    expect(await db().meetingReply.count()).toBe(0);

    await db().person.update({ where: { id: jordan.id }, data: { active: false } });
    expect((await app().fetch(`/supporting/${jordan.id}`, { cookie })).status).toBe(404);
  });

  it("the supporter never sees the member's needs, other members' replies, or the panel's own pages", async () => {
    const { panel, member: jordan, supporter } = await memberWithSupporter(["REPLY", "PAPERS", "PROPOSE", "PRIORITISE"]);
    await createNeeds(jordan.id, { meetingSupport: ["BSL_INTERPRETER"], dietaryNeeds: "No peanuts at all" });
    const ravi = await createPerson({ name: "Ravi Patel", roles: [{ panelId: panel.id, role: "MEMBER" }] });
    const meeting = await createMeeting(panel.id, { title: "March meeting" });
    await createReply(meeting.id, ravi.id, "IN_PERSON", { dietaryNeeds: "Ravi eats halal", otherNeeds: "Ravi needs a quiet room" });
    await createReply(meeting.id, jordan.id, "IN_PERSON", { dietaryNeeds: "No peanuts at all" });
    const cookie = await app().cookieFor(supporter.id);
    for (const path of [
      "/supporting",
      `/supporting/${jordan.id}`,
      `/supporting/${jordan.id}/meetings/${meeting.id}`,
      `/supporting/${jordan.id}/meetings/${meeting.id}/reply`,
      `/supporting/${jordan.id}/meetings/${meeting.id}/agenda`,
      `/supporting/${jordan.id}/meetings/${meeting.id}/priorities`,
    ]) {
      const html = await htmlOf(await app().fetch(path, { cookie }));
      for (const secret of ["No peanuts at all", "BSL", "Sign Language", "Ravi eats halal", "quiet room", "Ravi Patel", "jordan@example.org"]) {
        expect([path, html.includes(secret)]).toEqual([path, false]);
      }
    }
    for (const path of [`/panels/${panel.id}`, `/panels/${panel.id}/meetings/${meeting.id}`, `/panels/${panel.id}/needs`, "/profile/supporters"]) {
      expect([path, (await app().fetch(path, { cookie })).status]).toEqual([path, path.startsWith("/panels") ? 404 : 403]);
    }
  });

  it("the member sees everything their supporters did for them, newest first, in plain words", async () => {
    const { panel, member: jordan, supporter } = await memberWithSupporter(["REPLY", "PROPOSE"]);
    const meeting = await createMeeting(panel.id, { title: "March meeting" });
    const cookie = await app().cookieFor(supporter.id);
    await app().post(`/supporting/${jordan.id}/meetings/${meeting.id}/reply`, { mode: "APOLOGIES" }, cookie);
    await app().post(
      `/supporting/${jordan.id}/panels/${panel.id}/agenda-items/new`,
      { title: "Bus passes", about: "Fares are high.", type: "DISCUSSION", minutesNeeded: "15" },
      cookie,
    );
    // A second supporter's work shows too; the member's own actions do not.
    const kim = await createPerson({ name: "Kim Ellis" });
    await createConsent(jordan.id, kim.id, ["REPLY"], { relationship: "FAMILY" });
    await app().post(`/supporting/${jordan.id}/meetings/${meeting.id}/reply`, { mode: "ONLINE" }, await app().cookieFor(kim.id));
    await app().post(`/panels/${panel.id}/meetings/${meeting.id}/reply`, { mode: "IN_PERSON" }, await app().cookieFor(jordan.id));

    const html = await htmlOf(await app().fetch("/profile/supporters", { cookie: await app().cookieFor(jordan.id) }));
    const section = html.slice(html.indexOf("What your supporters have done for you"));
    const entries = [...section.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]!);
    expect(entries.slice(0, 3).map((e) => e.replace(/ on \w+ \d+ \w+ \d{4}$/, ""))).toEqual([
      "Kim Ellis replied to 'March meeting' for you (joining online)",
      "Sam Lee suggested the agenda item 'Bus passes' for you",
      "Sam Lee replied to 'March meeting' for you (sending apologies)",
    ]);
    expect(await db().auditEvent.count({ where: { onBehalfOfId: jordan.id } })).toBe(3);
  });
});
