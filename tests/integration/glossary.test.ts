// The panel glossary and terms of reference, through real form posts on the real server.
import { describe, expect, it } from "vitest";
import type { PanelRole } from "../../app/generated/prisma/enums.ts";
import { glossaryTermSchema } from "../../app/modules/glossary/schema.ts";
import { db } from "../../app/services.server.ts";
import { demoGlossary, loadGlossaryDemo } from "../../prisma/demo-glossary.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

async function panelWith(...roles: PanelRole[][]) {
  const panel = await createPanel({ name: "Wessex panel" });
  const people = [];
  for (const r of roles) {
    const person = await createPerson({ name: `Person ${r.join(" ")}`, roles: r.map((role) => ({ panelId: panel.id, role })) });
    people.push({ person, cookie: await app().cookieFor(person.id) });
  }
  return { panel, people };
}

const glossaryOf = (panelId: string) => `/panels/${panelId}/glossary`;

async function addTerm(panelId: string, cookie: string, term: string, explanation: string) {
  const response = await app().post(`${glossaryOf(panelId)}/new`, { term, explanation }, cookie);
  expect(response.status).toBe(302);
  return db().glossaryTerm.findFirstOrThrow({ where: { panelId, term: term.trim() } });
}

describe("the glossary", () => {
  it("the chair adds a term: it is saved tidied, listed A to Z with a banner, given its first version and audited", async () => {
    const { panel, people } = await panelWith(["MEMBER", "CHAIR"], ["MEMBER"]);
    const [chair, member] = people;
    const response = await app().post(
      `${glossaryOf(panel.id)}/new`,
      { term: "  Direct   Payment ", explanation: " Money from the council to buy your own support. " },
      chair!.cookie,
    );
    const term = await db().glossaryTerm.findFirstOrThrow({ where: { panelId: panel.id } });
    expect(term).toMatchObject({ term: "Direct Payment", explanation: "Money from the council to buy your own support." });
    expect(response.headers.get("Location")).toBe(`${glossaryOf(panel.id)}?added=${term.id}`);

    const versions = await db().glossaryTermVersion.findMany({ where: { termId: term.id } });
    expect(versions).toMatchObject([{ term: "Direct Payment", explanation: term.explanation, editedById: chair!.person.id }]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "glossary.term-added" } });
    expect(audit).toMatchObject({ actorId: chair!.person.id, entityType: "GlossaryTerm", entityId: term.id, panelId: panel.id });
    expect(audit.after).toEqual({ term: "Direct Payment", explanation: term.explanation });

    await addTerm(panel.id, chair!.cookie, "advocate", "Someone who helps you speak up.");
    await addTerm(panel.id, chair!.cookie, "Budget", "Money set aside.");
    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: member!.cookie }));
    expect(page).toContain("Direct Payment has been added to the glossary.");
    expect(page).toContain('<dt class="govuk-summary-list__key">Direct Payment</dt>');
    expect(page).toContain("Money from the council to buy your own support.");
    const order = ["advocate", "Budget", "Direct Payment"].map((t) => page.indexOf(`govuk-summary-list__key">${t}<`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
    const membersView = await pageOf(page);
    expect(membersView.h1()).toBe("Glossary");
    expect(membersView.hasLink("Add a term")).toBe(false);
    expect(membersView.linksTo(`${glossaryOf(panel.id)}/${term.id}`)).toEqual([]);
  });

  it("refuses a term already in the glossary in any capitals, keeping what was typed", async () => {
    const { panel, people } = await panelWith(["OFFICER"]);
    const [officer] = people;
    await addTerm(panel.id, officer!.cookie, "Personal Budget", "Money for your care.");
    const response = await app().post(
      `${glossaryOf(panel.id)}/new`,
      { term: "personal budget", explanation: "My own words about it." },
      officer!.cookie,
    );
    expect(response.status).toBe(400);
    const page = await htmlOf(response);
    expect(page).toContain("There is a problem");
    expect(page).toContain("Personal Budget is already in the glossary");
    expect(page).toContain('href="#glossary-term-term"');
    expect(page).toContain('value="personal budget"');
    expect(page).toContain("My own words about it.");
    expect(await db().glossaryTerm.count()).toBe(1);
  });

  it("refuses an empty, too long or wordless term and explanation with messages that say what to do", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    const [chair] = people;
    const cases: [Record<string, string>, string[]][] = [
      [{ term: "", explanation: "" }, ["Enter the term", "Enter what the term means"]],
      [{ term: "   ", explanation: "  \n " }, ["Enter the term", "Enter what the term means"]],
      [{ term: "x".repeat(81), explanation: "y".repeat(1001) }, ["The term must be 80 characters or fewer", "The explanation must be 1,000 characters or fewer"]],
      [{ term: "?!", explanation: "Punctuation only" }, ["The term must include a letter or a number"]],
      [{}, ["Enter the term", "Enter what the term means"]],
    ];
    for (const [form, messages] of cases) {
      const response = await app().post(`${glossaryOf(panel.id)}/new`, form, chair!.cookie);
      expect(response.status).toBe(400);
      const page = await htmlOf(response);
      for (const message of messages) expect(page).toContain(message);
      if (form.explanation?.trim()) expect(page).toContain(form.explanation);
    }
    expect(await db().glossaryTerm.count()).toBe(0);
    expect(await db().auditEvent.count()).toBe(0);
  });

  it("accepts a term of exactly 80 characters and an explanation of exactly 1,000", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    await addTerm(panel.id, people[0]!.cookie, "t".repeat(80), "e".repeat(1000));
    expect(await db().glossaryTerm.count()).toBe(1);
  });

  it("an officer changes a term: the history shows who wrote each version and when, newest first", async () => {
    const { panel, people } = await panelWith(["CHAIR"], ["OFFICER"]);
    const [chair, officer] = people;
    const term = await addTerm(panel.id, chair!.cookie, "ULO", "A group run by the people it helps.");
    const response = await app().post(
      `${glossaryOf(panel.id)}/${term.id}`,
      { intent: "save", term: "ULO", explanation: "An organisation run and controlled by disabled people." },
      officer!.cookie,
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${glossaryOf(panel.id)}?changed=${term.id}`);
    expect(await db().glossaryTerm.findUniqueOrThrow({ where: { id: term.id } })).toMatchObject({
      explanation: "An organisation run and controlled by disabled people.",
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "glossary.term-changed" } });
    expect(audit).toMatchObject({ actorId: officer!.person.id, entityId: term.id, panelId: panel.id });
    expect(audit.before).toEqual({ term: "ULO", explanation: "A group run by the people it helps." });
    expect(audit.after).toEqual({ term: "ULO", explanation: "An organisation run and controlled by disabled people." });

    const list = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: chair!.cookie }));
    expect(list).toContain("ULO has been changed.");

    const page = await htmlOf(await app().fetch(`${glossaryOf(panel.id)}/${term.id}`, { cookie: chair!.cookie }));
    expect(page).toContain("<h1 class=\"govuk-heading-l\">Change ULO</h1>");
    const newer = page.indexOf("An organisation run and controlled by disabled people.</td>");
    const older = page.indexOf("A group run by the people it helps.</td>");
    expect(newer).toBeGreaterThan(0);
    expect(older).toBeGreaterThan(newer);
    expect(page).toContain(officer!.person.name);
    expect(page).toContain(chair!.person.name);
    expect(page).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2}/);
  });

  it("saving a term unchanged keeps no new version and writes no audit entry", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    const term = await addTerm(panel.id, people[0]!.cookie, "Carer", "Someone who looks after a person without being paid for it.");
    const response = await app().post(
      `${glossaryOf(panel.id)}/${term.id}`,
      { intent: "save", term: " Carer ", explanation: "Someone who looks after a person without being paid for it." },
      people[0]!.cookie,
    );
    expect(response.status).toBe(302);
    expect(await db().glossaryTermVersion.count({ where: { termId: term.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "glossary.term-changed" } })).toBe(0);
  });

  it("renaming a term to another term's name, in other capitals, is refused and keeps what was typed", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    const [chair] = people;
    await addTerm(panel.id, chair!.cookie, "Direct Payment", "Money paid to you.");
    const other = await addTerm(panel.id, chair!.cookie, "Payment", "Money.");
    const response = await app().post(
      `${glossaryOf(panel.id)}/${other.id}`,
      { intent: "save", term: "DIRECT PAYMENT", explanation: "New words" },
      chair!.cookie,
    );
    expect(response.status).toBe(400);
    const page = await htmlOf(response);
    expect(page).toContain("Direct Payment is already in the glossary");
    expect(page).toContain('value="DIRECT PAYMENT"');
    expect(page).toContain("New words");
    expect((await db().glossaryTerm.findUniqueOrThrow({ where: { id: other.id } })).term).toBe("Payment");
  });

  it("a term can change only its capitals", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    const term = await addTerm(panel.id, people[0]!.cookie, "ulo", "A user led organisation.");
    const response = await app().post(`${glossaryOf(panel.id)}/${term.id}`, { intent: "save", term: "ULO", explanation: "A user led organisation." }, people[0]!.cookie);
    expect(response.status).toBe(302);
    expect((await db().glossaryTerm.findUniqueOrThrow({ where: { id: term.id } })).term).toBe("ULO");
  });

  it("removing asks first, then takes the term and its history away, and is audited with what it said", async () => {
    const { panel, people } = await panelWith(["ADMIN"]);
    const [admin] = people;
    const term = await addTerm(panel.id, admin!.cookie, "Commissioning", "How the council buys services.");

    const confirm = await htmlOf(await app().fetch(`${glossaryOf(panel.id)}/${term.id}?remove=1`, { cookie: admin!.cookie }));
    expect(confirm).toContain("Remove Commissioning from the glossary?");
    expect(confirm).toContain("Yes, remove Commissioning");
    expect(await db().glossaryTerm.count()).toBe(1);

    const response = await app().post(`${glossaryOf(panel.id)}/${term.id}`, { intent: "remove" }, admin!.cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${glossaryOf(panel.id)}?removed=1`);
    expect(await db().glossaryTerm.count()).toBe(0);
    expect(await db().glossaryTermVersion.count()).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "glossary.term-removed" } });
    expect(audit).toMatchObject({ actorId: admin!.person.id, entityId: term.id, panelId: panel.id });
    expect(audit.before).toEqual({ term: "Commissioning", explanation: "How the council buys services." });
    const list = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: admin!.cookie }));
    expect(list).toContain("The term has been removed from the glossary.");
    expect(list).toContain("There are no terms in the glossary yet.");

    const again = await app().post(`${glossaryOf(panel.id)}/${term.id}`, { intent: "remove" }, admin!.cookie);
    expect(again.status).toBe(404);
  });

  it("an unknown intent is refused and changes nothing", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    const term = await addTerm(panel.id, people[0]!.cookie, "Carer", "Someone who cares.");
    const response = await app().post(`${glossaryOf(panel.id)}/${term.id}`, { intent: "delete-everything" }, people[0]!.cookie);
    expect(response.status).toBe(400);
    expect(await db().glossaryTerm.count()).toBe(1);
  });

  it("searches terms and explanations, ignoring case, and says when nothing matches", async () => {
    const { panel, people } = await panelWith(["CHAIR"], ["MEMBER"]);
    const [chair, member] = people;
    await addTerm(panel.id, chair!.cookie, "Direct Payment", "Money paid to you by the council.");
    await addTerm(panel.id, chair!.cookie, "Personal Assistant", "Someone you employ, often with a direct payment.");
    await addTerm(panel.id, chair!.cookie, "Commissioning", "How the council plans and buys services.");

    const found = await htmlOf(await app().fetch(`${glossaryOf(panel.id)}?q=DIRECT+payment`, { cookie: member!.cookie }));
    expect(found).toContain("2 terms match “DIRECT payment”.");
    expect(found).toContain("Personal Assistant");
    const foundPage = await pageOf(found);
    expect(foundPage.h1()).toBe("Glossary");
    expect(foundPage.mainText()).not.toContain("Commissioning");
    expect(found).toContain('value="DIRECT payment"');
    expect(found).toContain("Clear search");

    const none = await htmlOf(await app().fetch(`${glossaryOf(panel.id)}?q=${encodeURIComponent("<script>%_")}`, { cookie: member!.cookie }));
    expect(none).toContain("No terms match “<script>%_”.".replace("<", "&lt;").replace(">", "&gt;"));
    // What was typed is escaped everywhere in the markup, the hydration data included.
    const nonePage = await pageOf(none);
    expect(nonePage.h1()).toBe("Glossary");
    expect(nonePage.html).not.toContain("<script>%_");
  });

  it("members and finance staff read the glossary but cannot add, change or remove terms, by page or by post", async () => {
    const { panel, people } = await panelWith(["CHAIR"], ["MEMBER"], ["FINANCE"]);
    const [chair, ...refused] = people;
    const term = await addTerm(panel.id, chair!.cookie, "ULO", "A user led organisation.");
    for (const { cookie } of refused) {
      expect((await app().fetch(glossaryOf(panel.id), { cookie })).status).toBe(200);
      expect((await app().fetch(`${glossaryOf(panel.id)}/new`, { cookie })).status).toBe(403);
      expect((await app().fetch(`${glossaryOf(panel.id)}/${term.id}`, { cookie })).status).toBe(403);
      expect((await app().post(`${glossaryOf(panel.id)}/new`, { term: "Sneaky", explanation: "No" }, cookie)).status).toBe(403);
      expect((await app().post(`${glossaryOf(panel.id)}/${term.id}`, { intent: "save", term: "Sneaky", explanation: "No" }, cookie)).status).toBe(403);
      expect((await app().post(`${glossaryOf(panel.id)}/${term.id}`, { intent: "remove" }, cookie)).status).toBe(403);
    }
    expect(await db().glossaryTerm.findMany({ select: { term: true, explanation: true } })).toEqual([{ term: "ULO", explanation: "A user led organisation." }]);
    expect(await db().auditEvent.count({ where: { action: { not: "glossary.term-added" } } })).toBe(0);
  });

  it("a term of another panel cannot be read, changed or removed under this panel's address", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    const other = await panelWith(["CHAIR"]);
    const theirs = await addTerm(other.panel.id, other.people[0]!.cookie, "ULO", "Theirs.");
    const cookie = people[0]!.cookie;
    expect((await app().fetch(`${glossaryOf(panel.id)}/${theirs.id}`, { cookie })).status).toBe(404);
    expect((await app().post(`${glossaryOf(panel.id)}/${theirs.id}`, { intent: "save", term: "Mine", explanation: "Mine." }, cookie)).status).toBe(404);
    expect((await app().post(`${glossaryOf(panel.id)}/${theirs.id}`, { intent: "remove" }, cookie)).status).toBe(404);
    expect((await app().fetch(`${glossaryOf(panel.id)}/not-an-id`, { cookie })).status).toBe(404);
    expect(await db().glossaryTerm.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ term: "ULO", explanation: "Theirs." });
    // The same term may be in two panels' glossaries.
    await addTerm(panel.id, cookie, "ULO", "Ours.");
  });
});

describe("the demo glossary", () => {
  it("loads into a panel, a second time without harm, each term valid as if typed into the form", async () => {
    const { panel, people } = await panelWith(["MEMBER"]);
    await db().$transaction((tx) => loadGlossaryDemo(tx, panel.id));
    await db().$transaction((tx) => loadGlossaryDemo(tx, panel.id));
    expect(await db().glossaryTerm.count({ where: { panelId: panel.id } })).toBe(demoGlossary.length);
    expect(await db().glossaryTermVersion.count()).toBe(demoGlossary.length);
    for (const entry of demoGlossary) expect(glossaryTermSchema.parse(entry)).toEqual(entry);
    const page = await htmlOf(await app().fetch(glossaryOf(panel.id), { cookie: people[0]!.cookie }));
    expect(page).toContain('<dt class="govuk-summary-list__key">Social Model of Disability</dt>');
  });
});

describe("the terms of reference", () => {
  const torOf = (panelId: string) => `/panels/${panelId}/terms-of-reference`;

  it("the chair changes them: the original is kept first, the change is audited, and everyone sees the history", async () => {
    const { panel, people } = await panelWith(["MEMBER", "CHAIR"], ["MEMBER"]);
    const [chair, member] = people;
    await db().panel.update({ where: { id: panel.id }, data: { termsOfReference: "Meet every two months\nReport to the council" } });

    const response = await app().post(torOf(panel.id), { termsOfReference: "  Meet every month \r\n\r\n Report to the council\n" }, chair!.cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`${torOf(panel.id)}?saved=1`);
    expect((await db().panel.findUniqueOrThrow({ where: { id: panel.id } })).termsOfReference).toBe("Meet every month\nReport to the council");

    const versions = await db().termsOfReferenceVersion.findMany({ where: { panelId: panel.id }, orderBy: { createdAt: "asc" } });
    expect(versions).toMatchObject([
      { text: "Meet every two months\nReport to the council", editedById: null },
      { text: "Meet every month\nReport to the council", editedById: chair!.person.id },
    ]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "panel.terms-of-reference-changed" } });
    expect(audit).toMatchObject({ actorId: chair!.person.id, entityType: "Panel", entityId: panel.id, panelId: panel.id });
    expect(audit.before).toEqual({ termsOfReference: "Meet every two months\nReport to the council" });
    expect(audit.after).toEqual({ termsOfReference: "Meet every month\nReport to the council" });

    await app().post(torOf(panel.id), { termsOfReference: "Meet every month\nReport to the council\nInvite carers" }, chair!.cookie);
    expect(await db().termsOfReferenceVersion.count()).toBe(3);

    const page = await htmlOf(await app().fetch(torOf(panel.id), { cookie: member!.cookie }));
    expect(page).toContain("<li>Invite carers</li>");
    const newest = page.indexOf(`Current version, saved`);
    const middle = page.indexOf(`by ${chair!.person.name}`, newest + 1);
    const original = page.indexOf("Earlier text (who wrote it is not recorded)");
    expect(newest).toBeGreaterThan(0);
    expect(middle).toBeGreaterThan(newest);
    expect(original).toBeGreaterThan(middle);
    expect(page.indexOf("<li>Meet every two months</li>")).toBeGreaterThan(original);
    const membersView = await pageOf(page);
    expect(membersView.h1()).toBe("Terms of reference");
    expect(membersView.hasButton("Save terms of reference")).toBe(false);
  });

  it("keeps text changed on the admin page in the history before the next change here", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    const [chair] = people;
    await app().post(torOf(panel.id), { termsOfReference: "First" }, chair!.cookie);
    await db().panel.update({ where: { id: panel.id }, data: { termsOfReference: "Changed by an admin elsewhere" } });
    await app().post(torOf(panel.id), { termsOfReference: "Third" }, chair!.cookie);
    const versions = await db().termsOfReferenceVersion.findMany({ orderBy: { createdAt: "asc" } });
    expect(versions.map((v) => v.text)).toEqual(["First", "Changed by an admin elsewhere", "Third"]);
  });

  it("a panel that had none starts its history with the first text saved", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    await app().post(torOf(panel.id), { termsOfReference: "Meet monthly" }, people[0]!.cookie);
    expect((await db().termsOfReferenceVersion.findMany()).map((v) => v.text)).toEqual(["Meet monthly"]);
  });

  it("saving the same text again changes nothing and says so", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    await app().post(torOf(panel.id), { termsOfReference: "Meet monthly" }, people[0]!.cookie);
    const response = await app().post(torOf(panel.id), { termsOfReference: " Meet monthly \n" }, people[0]!.cookie);
    expect(response.headers.get("Location")).toBe(`${torOf(panel.id)}?saved=0`);
    expect(await db().termsOfReferenceVersion.count()).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "panel.terms-of-reference-changed" } })).toBe(1);
    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: people[0]!.cookie }));
    expect(page).toContain("Nothing was changed, so nothing was saved.");
  });

  it("refuses empty or too long terms of reference, keeping what was typed", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    await db().panel.update({ where: { id: panel.id }, data: { termsOfReference: "Keep me" } });
    const empty = await app().post(torOf(panel.id), { termsOfReference: " \n \n" }, people[0]!.cookie);
    expect(empty.status).toBe(400);
    expect(await htmlOf(empty)).toContain("Enter the terms of reference");
    const long = "A line that goes on. ".repeat(250);
    const tooLong = await app().post(torOf(panel.id), { termsOfReference: long }, people[0]!.cookie);
    expect(tooLong.status).toBe(400);
    const page = await htmlOf(tooLong);
    expect(page).toContain("The terms of reference must be 5,000 characters or fewer");
    expect(page).toContain('href="#terms-of-reference-termsOfReference"');
    expect(page).toContain(long.trim());
    expect((await db().panel.findUniqueOrThrow({ where: { id: panel.id } })).termsOfReference).toBe("Keep me");
    expect(await db().termsOfReferenceVersion.count()).toBe(0);
  });

  it("the chair, a panel admin and a site admin may change them; officers, members and finance may not", async () => {
    const { panel, people } = await panelWith(["CHAIR"], ["ADMIN"], ["OFFICER"], ["MEMBER"], ["FINANCE"]);
    const siteAdmin = await createPerson({ isSiteAdmin: true });
    const allowed = [people[0]!.cookie, people[1]!.cookie, await app().cookieFor(siteAdmin.id)];
    const refused = people.slice(2).map((p) => p.cookie);
    for (const [index, cookie] of allowed.entries()) {
      expect(await htmlOf(await app().fetch(torOf(panel.id), { cookie }))).toContain("Save terms of reference");
      expect((await app().post(torOf(panel.id), { termsOfReference: `Version ${index}` }, cookie)).status).toBe(302);
    }
    for (const cookie of refused) {
      const page = await pageOf(await app().fetch(torOf(panel.id), { cookie }));
      expect(page.h1()).toBe("Terms of reference");
      expect(page.mainText()).toContain("Version 2");
      expect(page.hasButton("Save terms of reference")).toBe(false);
      expect(page.document.querySelectorAll("textarea")).toHaveLength(0);
      expect((await app().post(torOf(panel.id), { termsOfReference: "Officers decide" }, cookie)).status).toBe(403);
    }
    expect((await db().panel.findUniqueOrThrow({ where: { id: panel.id } })).termsOfReference).toBe("Version 2");
  });

  it("marks the panel's glossary terms in the terms of reference, once each, with their explanation in place", async () => {
    const { panel, people } = await panelWith(["CHAIR"]);
    const [chair] = people;
    await addTerm(panel.id, chair!.cookie, "Direct Payment", "Money from the council to buy your own support.");
    await app().post(torOf(panel.id), { termsOfReference: "Learn from Direct Payments\nDirect Payments again" }, chair!.cookie);
    const page = await htmlOf(await app().fetch(torOf(panel.id), { cookie: chair!.cookie }));
    expect(page).toContain('<details class="app-glossary-term"><summary class="app-glossary-term__summary">Direct Payments');
    expect(page).toContain("Money from the council to buy your own support.");
    expect(page.match(/<details/g)).toHaveLength(1);
    expect(page).toContain("<li>Direct Payments again</li>");
  });
});

describe("words people asked about in live meetings", () => {
  const SUGGESTIONS = 'section[aria-labelledby="glossary-suggestions"]';

  it("become suggestions for the glossary's keepers, counted, without who asked, and gone once added", async () => {
    const { panel, people } = await panelWith(["MEMBER", "CHAIR"], ["MEMBER"]);
    const [chair, member] = people;
    const meeting = await db().meeting.create({
      data: { panelId: panel.id, title: "Live", startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), papersDeadline: new Date(), liveStartedAt: new Date() },
    });
    await addTerm(panel.id, chair!.cookie, "Direct payment", "Money from the council to arrange your own support.");
    const asked = (word: string) =>
      db().meetingConfusion.create({ data: { id: crypto.randomUUID(), meetingId: meeting.id, personId: member!.person.id, word, anonymous: true } });
    await asked("ISF");
    await asked("isf");
    await asked("direct payment");
    await asked("Reablement");

    const page = await pageOf(await app().fetch(glossaryOf(panel.id), { cookie: chair!.cookie }));
    expect(page.h1()).toBe("Glossary");
    const suggestions = page.text(SUGGESTIONS);
    expect(suggestions).toContain("Words people asked about in meetings");
    expect(suggestions).toMatch(/ISF \(asked 2 times\)/);
    expect(suggestions).toMatch(/Reablement \(asked once\)/);
    expect(suggestions).not.toMatch(/direct payment \(asked/i);
    // Who asked is not sent to the browser at all, so the whole markup is checked.
    expect(page.html).not.toContain(member!.person.id);
    expect(page.linksTo(`${glossaryOf(panel.id)}/new?term=ISF`)).toHaveLength(1);

    const memberPage = await pageOf(await app().fetch(glossaryOf(panel.id), { cookie: member!.cookie }));
    expect(memberPage.h1()).toBe("Glossary");
    expect(memberPage.headings()).not.toContain("Words people asked about in meetings");

    const form = await htmlOf(await app().fetch(`${glossaryOf(panel.id)}/new?term=ISF`, { cookie: chair!.cookie }));
    expect(form).toMatch(/name="term"[^>]*value="ISF"|value="ISF"[^>]*name="term"/);
    await addTerm(panel.id, chair!.cookie, "ISF", "Individual Service Fund: money held by a provider for your support.");
    const after = await pageOf(await app().fetch(glossaryOf(panel.id), { cookie: chair!.cookie }));
    expect(after.h1()).toBe("Glossary");
    expect(after.text(SUGGESTIONS)).not.toMatch(/ISF \(asked/);
    expect(after.text(SUGGESTIONS)).toMatch(/Reablement \(asked once\)/);
  });
});
