// The home page says what is next for the person, per panel they are in, and the meeting page and
// the proposal form link the agenda-setting journey together (issue 10, "Journeys the way people
// take them"). Real app, real database, real form posts.
import { describe, expect, it } from "vitest";
import type { PanelRole } from "../../app/generated/prisma/enums.ts";
import { db } from "../../app/services.server.ts";
import { createAgendaItem } from "../support/agendas.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { HtmlPage, pageOf } from "../support/html.ts";
import { createMeeting, createReply } from "../support/meetings.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();
const DAY = 86_400_000;

async function htmlOf(response: Response): Promise<string> {
  return (await response.text()).replaceAll("<!-- -->", "").replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
}

/** The page's text without tags, so assertions read as what a person sees. */
function textOf(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

async function personIn(panelId: string, ...roles: PanelRole[]) {
  const person = await createPerson({ roles: roles.map((role) => ({ panelId, role })) });
  return { person, cookie: await app().cookieFor(person.id) };
}

async function home(cookie: string) {
  const response = await app().fetch("/", { cookie });
  expect(response.status).toBe(200);
  const html = await htmlOf(response);
  // The signed-in home page, not the signed-out one or an error, so what is absent from it is absent.
  expect((await pageOf(html)).h1()).toMatch(/^Hello, /);
  return html;
}

/** The home page's "What is next for you" section alone. */
function whatIsNext(html: string): string {
  const start = html.indexOf('id="what-is-next"');
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</section>", start));
}

/** The same section parsed, to ask what links and words it has (and has not). */
function nextSection(html: string): HtmlPage {
  const page = new HtmlPage(html);
  const section = page.document.querySelector("#what-is-next");
  expect(section).not.toBeNull();
  const next = new HtmlPage(section!.outerHTML);
  expect(next.headings()).toContain("What is next for you");
  return next;
}

describe("what is next on a member's home page", () => {
  it("shows the upcoming meeting with the papers deadline, the reply to give, the items to choose and a link to suggest one", async () => {
    const panel = await createPanel({ name: "Wessex panel" });
    const member = await personIn(panel.id, "MEMBER");
    const meeting = await createMeeting(panel.id, { title: "Spring meeting", startsAt: new Date(Date.now() + 21 * DAY) });
    const base = `/panels/${panel.id}/meetings/${meeting.id}`;

    const homeHtml = await home(member.cookie);
    const section = whatIsNext(homeHtml);
    const text = textOf(section);
    expect(text).toContain("What is next for you");
    expect(text).toContain("Wessex panel");
    expect(text).toContain("Spring meeting");
    expect(text).toContain("Papers deadline");
    expect(section).toContain(`href="${base}"`);
    expect(section).toContain(`href="${base}/reply"`);
    expect(text).toMatch(/Say if you are coming \(Spring meeting\) Not replied yet/);
    expect(section).toContain(`href="${base}/priorities"`);
    expect(text).toMatch(/Choose your three most important items \(Spring meeting\) You can choose or change them until .+ Not started/);
    expect(section).toContain(`href="/panels/${panel.id}/agenda-items/new?meeting=${meeting.id}"`);
    expect(text).toContain("Suggest an item for the agenda");
    const next = nextSection(homeHtml);
    expect(next.text("section")).not.toContain("Prepare the agenda");
    expect(next.linksTo(`${base}/agenda/build`)).toEqual([]);
  });

  it("says the reply and the choices in words once the member has given them", async () => {
    const panel = await createPanel();
    const member = await personIn(panel.id, "MEMBER");
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() + 21 * DAY) });
    await createReply(meeting.id, member.person.id, "ONLINE");
    const [first, second] = [await createAgendaItem(panel.id, member.person.id, { title: "One" }), await createAgendaItem(panel.id, member.person.id, { title: "Two" })];
    await db().priorityVote.createMany({
      data: [
        { meetingId: meeting.id, personId: member.person.id, itemId: first.id, weight: 3 },
        { meetingId: meeting.id, personId: member.person.id, itemId: second.id, weight: 2 },
      ],
    });
    let text = textOf(whatIsNext(await home(member.cookie)));
    expect(text).toMatch(/Say if you are coming \(Panel meeting\) You can change your reply until the meeting starts Joining online/);
    expect(text).toMatch(/Choose your three most important items \(Panel meeting\) You can choose or change them until .+ 2 of 3 chosen/);

    const third = await createAgendaItem(panel.id, member.person.id, { title: "Three" });
    await db().priorityVote.create({ data: { meetingId: meeting.id, personId: member.person.id, itemId: third.id, weight: 1 } });
    text = textOf(whatIsNext(await home(member.cookie)));
    expect(text).toMatch(/Choose your three most important items \(Panel meeting\) You can choose or change them until .+ Done/);
  });

  it("once the papers deadline has passed, offers no choosing or suggesting for that meeting, but still the reply", async () => {
    const panel = await createPanel();
    const member = await personIn(panel.id, "MEMBER");
    // createMeeting puts the papers deadline a week before the start: here, four days ago.
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() + 3 * DAY) });
    const homeHtml = await home(member.cookie);
    const section = whatIsNext(homeHtml);
    expect(section).toContain(`/meetings/${meeting.id}/reply`);
    const next = nextSection(homeHtml);
    expect(next.linksTo(new RegExp(`/meetings/${meeting.id}/priorities`))).toEqual([]);
    expect(next.linksTo(/agenda-items\/new/)).toEqual([]);
  });

  it("leaves out meetings that are over, and says a cancelled one is cancelled with nothing to do", async () => {
    const panel = await createPanel();
    const member = await personIn(panel.id, "MEMBER");
    await createMeeting(panel.id, { title: "Last month's meeting", startsAt: new Date(Date.now() - 30 * DAY) });
    const cancelled = await createMeeting(panel.id, { title: "Called-off meeting", startsAt: new Date(Date.now() + 21 * DAY), cancelled: true });
    const homeHtml = await home(member.cookie);
    const section = whatIsNext(homeHtml);
    const next = nextSection(homeHtml);
    expect(textOf(section)).toContain("Called-off meeting");
    expect(textOf(section)).toContain("This meeting has been cancelled.");
    expect(next.text("section")).not.toContain("Last month's meeting");
    expect(next.linksTo(new RegExp(`/meetings/${cancelled.id}/(reply|priorities)`))).toEqual([]);
  });

  it("shows a meeting that is happening now with the way to follow it live", async () => {
    const panel = await createPanel();
    const member = await personIn(panel.id, "MEMBER");
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() - 30 * 60_000), hours: 2 });
    const text = textOf(whatIsNext(await home(member.cookie)));
    expect(text).toContain("It is happening now.");
    expect(text).toMatch(/Follow the meeting live \(Panel meeting\) Happening now/);
    expect(whatIsNext(await home(member.cookie))).toContain(`/meetings/${meeting.id}/live`);
  });

  it("says in plain words when there is nothing to do, and still offers to suggest an item", async () => {
    const panel = await createPanel({ name: "Quiet panel" });
    const member = await personIn(panel.id, "MEMBER");
    const section = whatIsNext(await home(member.cookie));
    expect(textOf(section)).toContain("You have nothing to do right now.");
    expect(textOf(section)).toContain("No meetings are planned for Quiet panel yet.");
    expect(section).toContain(`href="/panels/${panel.id}/agenda-items/new"`);
  });

  it("shows three meetings a panel and links to the rest", async () => {
    const panel = await createPanel();
    const member = await personIn(panel.id, "MEMBER");
    for (const week of [3, 5, 7, 9]) await createMeeting(panel.id, { title: `Meeting in week ${week}`, startsAt: new Date(Date.now() + week * 7 * DAY) });
    const homeHtml = await home(member.cookie);
    const section = whatIsNext(homeHtml);
    expect(textOf(section)).toContain("Meeting in week 7");
    expect(nextSection(homeHtml).text("section")).not.toContain("Meeting in week 9");
    expect(section).toContain(`href="/panels/${panel.id}/meetings"`);
  });

  it("a member of another panel never sees this panel's meetings, and each sees only their own", async () => {
    const ours = await createPanel({ name: "Our panel" });
    const theirs = await createPanel({ name: "Their panel" });
    const member = await personIn(ours.id, "MEMBER");
    const outsider = await personIn(theirs.id, "MEMBER", "CHAIR");
    const ourMeeting = await createMeeting(ours.id, { title: "Our private meeting", startsAt: new Date(Date.now() + 21 * DAY) });
    const theirMeeting = await createMeeting(theirs.id, { title: "Their meeting", startsAt: new Date(Date.now() + 21 * DAY) });

    // Another panel's meetings must not reach the browser at all, visible or in the page's data, so
    // these look at the whole markup (home() has checked it is the signed-in home page).
    const outsiderHome = await home(outsider.cookie);
    expect(outsiderHome).not.toContain("Our private meeting");
    expect(outsiderHome).not.toContain(ourMeeting.id);
    expect(outsiderHome).toContain(theirMeeting.id);
    const memberHome = await home(member.cookie);
    expect(memberHome).not.toContain("Their meeting");
    expect(memberHome).not.toContain(theirMeeting.id);
    expect(memberHome).toContain(ourMeeting.id);
  });
});

describe("what is next for the chair and officers", () => {
  it("the chair prepares the agenda as well as replying and choosing; an officer prepares it without replying or choosing", async () => {
    const panel = await createPanel();
    const chair = await personIn(panel.id, "MEMBER", "CHAIR");
    const officer = await personIn(panel.id, "OFFICER");
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() + 21 * DAY) });
    const base = `/panels/${panel.id}/meetings/${meeting.id}`;

    const chairs = whatIsNext(await home(chair.cookie));
    expect(chairs).toContain(`${base}/reply`);
    expect(chairs).toContain(`${base}/priorities`);
    expect(chairs).toContain(`${base}/agenda/build`);
    expect(textOf(chairs)).toMatch(/Prepare the agenda \(Panel meeting\) Build it from the items members ranked highest, then publish it Not published yet/);

    const officerHome = await home(officer.cookie);
    const officers = whatIsNext(officerHome);
    expect(officers).toContain(`${base}/agenda/build`);
    const officerNext = nextSection(officerHome);
    expect(officerNext.linksTo(`${base}/reply`)).toEqual([]);
    expect(officerNext.linksTo(`${base}/priorities`)).toEqual([]);
    expect(officers).toContain(`agenda-items/new?meeting=${meeting.id}`);
  });

  it("finance staff see the meeting, but nothing to reply to, choose or prepare", async () => {
    const panel = await createPanel();
    const finance = await personIn(panel.id, "FINANCE");
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() + 21 * DAY) });
    const homeHtml = await home(finance.cookie);
    const section = whatIsNext(homeHtml);
    expect(section).toContain(`/meetings/${meeting.id}"`);
    const next = nextSection(homeHtml);
    expect(next.linksTo(/\/reply/)).toEqual([]);
    expect(next.linksTo(/\/priorities/)).toEqual([]);
    expect(next.linksTo(/\/agenda\/build/)).toEqual([]);
  });
});

describe("the meeting page leads to setting the agenda", () => {
  it("links a member to choosing items and to suggesting one for this meeting while prioritising is open", async () => {
    const panel = await createPanel();
    const member = await personIn(panel.id, "MEMBER");
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() + 21 * DAY) });
    const html = await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}`, { cookie: member.cookie }));
    expect(html).toMatch(new RegExp(`href="/panels/${panel.id}/meetings/${meeting.id}/priorities">Choose your three most important items<`));
    expect(html).toMatch(new RegExp(`href="/panels/${panel.id}/agenda-items/new\\?meeting=${meeting.id}">Suggest an item for the agenda<`));
    expect(textOf(html)).toContain("Members choose the items they think matter most until the papers deadline");
  });

  it("says in words when prioritising has closed, still showing the ranking, and offers a later meeting instead", async () => {
    const panel = await createPanel();
    const member = await personIn(panel.id, "MEMBER");
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() + 3 * DAY) });
    const html = await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}`, { cookie: member.cookie }));
    const page = await pageOf(html);
    expect(page.h1()).toBe(meeting.title);
    expect(textOf(html)).toContain("Prioritising for this meeting has closed.");
    expect(page.hasLink(/Choose your three most important items/)).toBe(false);
    expect(page.mainText()).not.toContain("Choose your three most important items");
    expect(html).toMatch(/>See how members ranked the items</);
    expect(html).toMatch(new RegExp(`href="/panels/${panel.id}/agenda-items/new">Suggest an item for a later meeting<`));
  });

  it("an officer, who does not choose, is offered the ranking instead", async () => {
    const panel = await createPanel();
    const officer = await personIn(panel.id, "OFFICER");
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() + 21 * DAY) });
    const html = await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}`, { cookie: officer.cookie }));
    const page = await pageOf(html);
    expect(page.h1()).toBe(meeting.title);
    expect(page.hasLink(/Choose your three most important items/)).toBe(false);
    expect(page.mainText()).not.toContain("Choose your three most important items");
    expect(html).toMatch(/>See how members ranked the items</);
  });
});

describe("suggesting an item from a meeting", () => {
  it("names the meeting, and after the short form goes back to it with the item proposed with the defaults", async () => {
    const panel = await createPanel();
    const member = await personIn(panel.id, "MEMBER");
    const meeting = await createMeeting(panel.id, { title: "Spring meeting", startsAt: new Date(Date.now() + 21 * DAY) });
    const form = await htmlOf(await app().fetch(`/panels/${panel.id}/agenda-items/new?meeting=${meeting.id}`, { cookie: member.cookie }));
    expect(textOf(form)).toContain("Spring meeting");
    expect(textOf(form)).toContain("Members can choose it for this meeting until the papers deadline");
    expect(form).toContain(`name="meeting" value="${meeting.id}"`);

    const response = await app().post(`/panels/${panel.id}/agenda-items/new`, { meeting: meeting.id, title: "Buses", about: "There are too few." }, member.cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/panels/${panel.id}/meetings/${meeting.id}?proposed=1`);
    const item = await db().agendaItem.findFirstOrThrow({ where: { panelId: panel.id } });
    expect(item).toMatchObject({ title: "Buses", type: "DISCUSSION", minutesNeeded: 15, status: "PROPOSED", meetingId: null });
    const page = await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}?proposed=1`, { cookie: member.cookie }));
    expect(textOf(page)).toContain("Thank you. Your item is on the list members choose from.");
  });

  it("another panel's meeting, or something that is not an id, is not found, and nothing is saved", async () => {
    const panel = await createPanel();
    const other = await createPanel();
    const member = await personIn(panel.id, "MEMBER");
    const theirMeeting = await createMeeting(other.id, { startsAt: new Date(Date.now() + 21 * DAY) });
    for (const value of [theirMeeting.id, "not-an-id"]) {
      expect((await app().fetch(`/panels/${panel.id}/agenda-items/new?meeting=${value}`, { cookie: member.cookie })).status).toBe(404);
      const posted = await app().post(`/panels/${panel.id}/agenda-items/new`, { meeting: value, title: "Buses", about: "Too few." }, member.cookie);
      expect(posted.status).toBe(404);
    }
    expect(await db().agendaItem.count()).toBe(0);
  });

  it("opens the folded details when a field inside them is wrong, keeping what was typed", async () => {
    const panel = await createPanel();
    const member = await personIn(panel.id, "MEMBER");
    const response = await app().post(`/panels/${panel.id}/agenda-items/new`, { title: "Buses", about: "Too few.", minutesNeeded: "500" }, member.cookie);
    expect(response.status).toBe(400);
    const html = await htmlOf(response);
    expect(html).toMatch(/<details class="govuk-details" open="">/);
    expect(html).toContain('href="#agenda-item-minutesNeeded"');
    expect(html).toContain('value="500"');
    expect(html).toContain("Buses");

    const fine = await htmlOf(await app().fetch(`/panels/${panel.id}/agenda-items/new`, { cookie: member.cookie }));
    expect(fine).toMatch(/<details class="govuk-details">/);
  });
});
