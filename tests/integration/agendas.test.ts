// Proposing agenda items and prioritising them, through real form posts on the real server
// (issue 4, "Agendas set together").
import { describe, expect, it } from "vitest";
import { dateInputValue } from "../../app/dates.ts";
import type { PanelRole } from "../../app/generated/prisma/enums.ts";
import { db } from "../../app/services.server.ts";
import { createAgendaItem } from "../support/agendas.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { createMeeting, londonDate } from "../support/meetings.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();
const DAY = 86_400_000;

async function panelWith(...roles: PanelRole[][]) {
  const panel = await createPanel({ name: "Wessex panel" });
  const people = [];
  for (const [index, r] of roles.entries()) {
    const person = await createPerson({ name: `Person ${index} ${r.join(" ")}`, roles: r.map((role) => ({ panelId: panel.id, role })) });
    people.push({ person, cookie: await app().cookieFor(person.id) });
  }
  return { panel, people };
}

const goodItem = {
  title: "Easy read letters",
  about: "Letters come in small print.",
  type: "DECISION",
  minutesNeeded: "15",
};

describe("proposing an agenda item", () => {
  it("a member proposes an item: it is saved tidied, marked as a member's, audited and listed with who proposed it", async () => {
    const { panel, people } = await panelWith(["MEMBER"], ["OFFICER"]);
    const [member, officer] = people;
    const response = await app().post(
      `/panels/${panel.id}/agenda-items/new`,
      { ...goodItem, whyItMatters: "I miss reviews", presenter: "Me", relatedRecommendations: "r4.1, R13.3 R4.1", councilDecision: "Budget", ...dateInputValue("councilDecisionDate", londonDate(30)) },
      member!.cookie,
    );
    expect(response.status).toBe(302);
    const item = await db().agendaItem.findFirstOrThrow({ where: { panelId: panel.id } });
    expect(response.headers.get("Location")).toBe(`/panels/${panel.id}/agenda-items/${item.id}?proposed=1`);
    expect(item).toMatchObject({ title: "Easy read letters", proposedAs: "MEMBER", proposedById: member!.person.id, relatedRecommendations: ["R4.1", "R13.3"], status: "PROPOSED" });
    expect(await db().auditEvent.count({ where: { action: "agenda-item.proposed", entityId: item.id } })).toBe(1);

    const list = await htmlOf(await app().fetch(`/panels/${panel.id}/agenda-items`, { cookie: officer!.cookie }));
    expect(list).toContain("Easy read letters");
    expect(list).toContain("For decision");
    expect(list).toContain(member!.person.name);
    expect(list).toContain("Proposed by a member");
  });

  it("an officer's item is marked as an officer's; a chair who is also an officer proposes as a member", async () => {
    const { panel, people } = await panelWith(["OFFICER"], ["CHAIR", "OFFICER"]);
    await app().post(`/panels/${panel.id}/agenda-items/new`, { ...goodItem, title: "Officer item" }, people[0]!.cookie);
    await app().post(`/panels/${panel.id}/agenda-items/new`, { ...goodItem, title: "Chair item" }, people[1]!.cookie);
    const items = await db().agendaItem.findMany({ where: { panelId: panel.id }, orderBy: { title: "asc" } });
    expect(items.map((i) => [i.title, i.proposedAs])).toEqual([
      ["Chair item", "MEMBER"],
      ["Officer item", "OFFICER"],
    ]);
    const list = await htmlOf(await app().fetch(`/panels/${panel.id}/agenda-items`, { cookie: people[0]!.cookie }));
    expect(list).toContain("Proposed by an officer");
    expect(list.indexOf("Chair item")).toBeLessThan(list.indexOf("Officer item"));
  });

  const refusals: [string, Record<string, string>, string][] = [
    ["an empty title", { title: "" }, "Enter a title for the item"],
    ["a title over 120 characters", { title: "x".repeat(121) }, "The title must be 120 characters or fewer"],
    ["nothing about it", { about: "" }, "Enter what the item is about"],
    ["a description over 2,000 characters", { about: "x".repeat(2001) }, "What it is about must be 2,000 characters or fewer"],
    ["why it matters over 2,000 characters", { whyItMatters: "x".repeat(2001) }, "Why it matters must be 2,000 characters or fewer"],
    ["a made-up type", { type: "GOSSIP" }, "Choose what kind of item this is"],
    ["4 minutes", { minutesNeeded: "4" }, "Enter the time needed in minutes, between 5 and 120"],
    ["121 minutes", { minutesNeeded: "121" }, "Enter the time needed in minutes, between 5 and 120"],
    ["words for minutes", { minutesNeeded: "ten" }, "Enter the time needed in minutes, between 5 and 120"],
    ["a bad recommendation number", { relatedRecommendations: "R4.1, R6.x" }, "R6.x is not a recommendation number. Use the form R6.4"],
    ["a decision date that is not real", dateInputValue("councilDecisionDate", "2031-02-30"), "Date of that decision must be a real date: February 2031 has 28 days"],
    ["a decision date without a year", { ...dateInputValue("councilDecisionDate", "2031-02-03"), "councilDecisionDate-year": "" }, "Date of that decision must include a year"],
    ["a decision date in the past", dateInputValue("councilDecisionDate", londonDate(-3)), "The date of the council decision must be in the future"],
  ];
  it("left empty, the kind and the time needed (folded away on the form) are for discussion and 15 minutes", async () => {
    const { panel, people } = await panelWith(["MEMBER"]);
    const response = await app().post(`/panels/${panel.id}/agenda-items/new`, { title: "Short", about: "Only the two questions", type: "", minutesNeeded: "" }, people[0]!.cookie);
    expect(response.status).toBe(302);
    expect(await db().agendaItem.findFirstOrThrow({ where: { panelId: panel.id } })).toMatchObject({ type: "DISCUSSION", minutesNeeded: 15 });
  });

  for (const [what, change, message] of refusals) {
    it(`refuses ${what} with "${message}", keeps what was typed and saves nothing`, async () => {
      const { panel, people } = await panelWith(["MEMBER"]);
      const form = { ...goodItem, presenter: "Kept presenter", ...change };
      const response = await app().post(`/panels/${panel.id}/agenda-items/new`, form, people[0]!.cookie);
      expect(response.status).toBe(400);
      const page = await htmlOf(response);
      expect(page).toContain("There is a problem");
      expect(page).toContain(message);
      expect(page).toContain('value="Kept presenter"');
      expect(await db().agendaItem.count()).toBe(0);
    });
  }
});

describe("shaping and withdrawing an item", () => {
  it("when the chair changes a member's item the page shows both names; the proposer's own change does not replace the shaper", async () => {
    const { panel, people } = await panelWith(["MEMBER"], ["MEMBER", "CHAIR"]);
    const [member, chair] = people;
    const item = await createAgendaItem(panel.id, member!.person.id, { title: "Forms" });
    const url = `/panels/${panel.id}/agenda-items/${item.id}`;
    const response = await app().post(url, { intent: "save", ...goodItem, title: "Direct Payments forms are too hard" }, chair!.cookie);
    expect(response.headers.get("Location")).toBe(`${url}?saved=1`);
    await app().post(url, { intent: "save", ...goodItem, title: "Direct Payments forms are far too hard" }, member!.cookie);
    const saved = await db().agendaItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(saved).toMatchObject({ title: "Direct Payments forms are far too hard", proposedById: member!.person.id, shapedById: chair!.person.id });
    const page = await htmlOf(await app().fetch(url, { cookie: member!.cookie }));
    expect(page).toContain(`Proposed by ${member!.person.name}, shaped by ${chair!.person.name}`);
    expect(await db().auditEvent.count({ where: { action: "agenda-item.changed", entityId: item.id } })).toBe(2);
  });

  it("an officer may shape an item; another member may not change it, nor withdraw it", async () => {
    const { panel, people } = await panelWith(["MEMBER"], ["MEMBER"], ["OFFICER"]);
    const [proposer, other, officer] = people;
    const item = await createAgendaItem(panel.id, proposer!.person.id);
    const url = `/panels/${panel.id}/agenda-items/${item.id}`;
    expect((await app().post(url, { intent: "save", ...goodItem }, other!.cookie)).status).toBe(403);
    expect((await app().post(url, { intent: "withdraw" }, other!.cookie)).status).toBe(403);
    expect((await app().post(url, { intent: "withdraw" }, officer!.cookie)).status).toBe(403);
    expect((await app().post(url, { intent: "save", ...goodItem, title: "Shaped" }, officer!.cookie)).status).toBe(302);
    expect(await db().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ title: "Shaped", shapedById: officer!.person.id, status: "PROPOSED" });
  });

  it("the proposer or the chair withdraws an item; it then cannot be changed or withdrawn again", async () => {
    const { panel, people } = await panelWith(["MEMBER"], ["MEMBER", "CHAIR"]);
    const [member, chair] = people;
    const mine = await createAgendaItem(panel.id, member!.person.id);
    const theirs = await createAgendaItem(panel.id, member!.person.id);
    const response = await app().post(`/panels/${panel.id}/agenda-items/${mine.id}`, { intent: "withdraw" }, member!.cookie);
    expect(response.headers.get("Location")).toBe(`/panels/${panel.id}/agenda-items?withdrawn=1`);
    expect((await app().post(`/panels/${panel.id}/agenda-items/${theirs.id}`, { intent: "withdraw" }, chair!.cookie)).status).toBe(302);
    expect(await db().agendaItem.count({ where: { status: "WITHDRAWN" } })).toBe(2);
    expect(await db().auditEvent.count({ where: { action: "agenda-item.withdrawn" } })).toBe(2);
    expect((await app().post(`/panels/${panel.id}/agenda-items/${mine.id}`, { intent: "save", ...goodItem }, member!.cookie)).status).toBe(403);
    const list = await htmlOf(await app().fetch(`/panels/${panel.id}/agenda-items?withdrawn=1`, { cookie: member!.cookie }));
    expect(list).toContain("The item was withdrawn");
    expect(list).toContain("Withdrawn");
  });
});

describe("prioritising items for a meeting", () => {
  async function setUp() {
    const { panel, people } = await panelWith(["MEMBER"], ["MEMBER"], ["MEMBER", "CHAIR"], ["OFFICER"], ["FINANCE"]);
    const meeting = await createMeeting(panel.id);
    const [a, b, c] = [
      await createAgendaItem(panel.id, people[0]!.person.id, { title: "Item A", createdAt: new Date(Date.now() - 3 * DAY) }),
      await createAgendaItem(panel.id, people[3]!.person.id, { title: "Item B", proposedAs: "OFFICER", createdAt: new Date(Date.now() - 2 * DAY) }),
      await createAgendaItem(panel.id, people[1]!.person.id, { title: "Item C", createdAt: new Date(Date.now() - DAY) }),
    ];
    return { panel, people, meeting, items: { a: a!, b: b!, c: c! }, url: `/panels/${panel.id}/meetings/${meeting.id}/priorities` };
  }

  it("three members weight items; the ranked list shows totals, how many chose each, whose idea it was, and breaks ties by first choices then age", async () => {
    const { people, items, url } = await setUp();
    const [m1, m2, chair, officer] = people;
    expect((await app().post(url, { points3: items.a.id, points2: items.b.id, points1: items.c.id }, m1!.cookie)).status).toBe(302);
    expect((await app().post(url, { points3: items.b.id, points2: items.c.id }, m2!.cookie)).status).toBe(302);
    const response = await app().post(url, { points3: items.c.id, points2: items.a.id, points1: items.b.id }, chair!.cookie);
    expect(response.headers.get("Location")).toBe(`${url}?saved=1`);
    // A: 3+2 = 5 (one first choice); B: 2+3+1 = 6; C: 1+2+3 = 6 (one first choice each; B is older).
    const page = await htmlOf(await app().fetch(url, { cookie: officer!.cookie }));
    const order = ["Item B", "Item C", "Item A"].map((t) => page.indexOf(`>${t}</a>`));
    expect(order.every((index) => index > 0)).toBe(true);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(page).toContain("3 people have chosen items so far");
    expect(page).toContain("Proposed by an officer");
    expect(page).toMatch(/Item B<\/a><br\/><span class="govuk-body-s">Proposed by an officer<\/span><\/td><td[^>]*>6<\/td><td[^>]*>3<\/td>/);
    expect(page).toMatch(/Item A<\/a><br\/><span class="govuk-body-s">Proposed by a member<\/span><\/td><td[^>]*>5<\/td><td[^>]*>2<\/td>/);
    const officersPage = await pageOf(page);
    expect(officersPage.h1()).toBe("Prioritise items for this meeting");
    expect(officersPage.hasButton("Save my choices")).toBe(false);
    expect(await db().auditEvent.count({ where: { action: "priorities.saved" } })).toBe(3);
  });

  it("a tie on points goes to the item more people chose first", async () => {
    const { people, items, url } = await setUp();
    // A: 2+1 = 3 with no first choice; C: 3 with one first choice, so C ranks above the older A.
    await app().post(url, { points3: items.c.id, points2: items.a.id }, people[0]!.cookie);
    await app().post(url, { points1: items.a.id }, people[1]!.cookie);
    const page = await htmlOf(await app().fetch(url, { cookie: people[0]!.cookie }));
    expect(page.indexOf(">Item C</a>")).toBeLessThan(page.indexOf(">Item A</a>"));
  });

  it("saving again replaces the member's choices, which are shown prefilled", async () => {
    const { people, items, url } = await setUp();
    await app().post(url, { points3: items.a.id, points2: items.b.id, points1: items.c.id }, people[0]!.cookie);
    await app().post(url, { points3: items.c.id }, people[0]!.cookie);
    const votes = await db().priorityVote.findMany({ where: { personId: people[0]!.person.id } });
    expect(votes.map((v) => [v.itemId, v.weight])).toEqual([[items.c.id, 3]]);
    const page = await htmlOf(await app().fetch(url, { cookie: people[0]!.cookie }));
    expect(page).toMatch(new RegExp(`<option value="${items.c.id}" selected=""`));
  });

  it("refuses forged and mistaken choices, each with its own message, and keeps the earlier choices", async () => {
    const { panel, people, items, url } = await setUp();
    const otherPanel = await createPanel();
    const elsewhere = await createAgendaItem(otherPanel.id, people[0]!.person.id, { title: "Elsewhere" });
    const withdrawn = await createAgendaItem(panel.id, people[0]!.person.id, { title: "Gone", status: "WITHDRAWN" });
    await app().post(url, { points3: items.a.id }, people[0]!.cookie);
    const cases: [Record<string, string>, string][] = [
      [{ points4: items.b.id }, "Each choice is worth 3, 2 or 1 points"],
      [{ points3: items.b.id, points2: items.b.id }, "Choose a different item for each place"],
      [{ points3: "00000000-0000-4000-8000-00000000dead" }, "Choose one of the panel's proposed items"],
      [{ points2: elsewhere.id }, "Choose one of the panel's proposed items"],
      [{ points1: withdrawn.id }, "Choose one of the panel's proposed items"],
    ];
    for (const [form, message] of cases) {
      const response = await app().post(url, form, people[0]!.cookie);
      expect(response.status, JSON.stringify(form)).toBe(400);
      expect(await htmlOf(response)).toContain(message);
    }
    const votes = await db().priorityVote.findMany();
    expect(votes.map((v) => [v.itemId, v.weight])).toEqual([[items.a.id, 3]]);
    expect(await db().auditEvent.count({ where: { action: "priorities.saved" } })).toBe(1);
  });

  it("is closed after the papers deadline and for a cancelled meeting", async () => {
    const { panel, people, items } = await setUp();
    const late = await db().meeting.create({
      data: { panelId: panel.id, title: "Soon", startsAt: new Date(Date.now() + DAY), endsAt: new Date(Date.now() + DAY + 3_600_000), papersDeadline: new Date(Date.now() - 3_600_000) },
    });
    const cancelled = await createMeeting(panel.id, { cancelled: true });
    for (const meeting of [late, cancelled]) {
      const url = `/panels/${panel.id}/meetings/${meeting.id}/priorities`;
      const response = await app().post(url, { points3: items.a.id }, people[0]!.cookie);
      expect(response.status).toBe(400);
      expect(await htmlOf(response)).toContain("Prioritising for this meeting has closed");
      const page = await pageOf(await app().fetch(url, { cookie: people[0]!.cookie }));
      expect(page.h1()).toBe("Prioritise items for this meeting");
      expect(page.mainText()).toContain("Prioritising for this meeting has closed");
      expect(page.hasButton("Save my choices")).toBe(false);
    }
    expect(await db().priorityVote.count()).toBe(0);
  });

  it("officers and finance see the ranked list but cannot vote", async () => {
    const { people, items, url } = await setUp();
    for (const who of [people[3]!, people[4]!]) {
      expect((await app().fetch(url, { cookie: who.cookie })).status).toBe(200);
      expect((await app().post(url, { points3: items.a.id }, who.cookie)).status).toBe(403);
    }
    expect(await db().priorityVote.count()).toBe(0);
  });
});

it("the demo panel's upcoming meeting has proposed items from members and the officer, already prioritised", async () => {
  const { loadDemoData, demoIds } = await import("../../prisma/demo-data.ts");
  await loadDemoData(db());
  const upcoming = await db().meeting.findFirstOrThrow({ where: { panelId: demoIds.panel, startsAt: { gt: new Date() } } });
  const html = await htmlOf(await app().fetch(`/panels/${demoIds.panel}/meetings/${upcoming.id}/priorities`, { cookie: await app().cookieFor(demoIds.member) }));
  expect(html).toContain("Direct Payments paperwork is too hard to fill in");
  expect(html).toContain("Proposed by an officer");
  expect(html).toMatch(/\d+ points?/);
});
