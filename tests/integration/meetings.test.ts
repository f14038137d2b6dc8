// Meetings through real form posts: scheduling (with every refusal), time zones, replies with
// access needs, what organisers see, changing (and telling people), cancelling, calendar files and
// attendance.
import { afterEach, describe, expect, it } from "vitest";
import { dateInputValue, utcToZonedDateTime } from "../../app/dates.ts";
import { meetingSchema } from "../../app/modules/meetings/schema.ts";
import { notificationSenderIdle } from "../../app/modules/notifications/queue.server.ts";
import { db } from "../../app/services.server.ts";
import { createPanel, createPerson } from "../support/factories.ts";
import { htmlOf, pageOf } from "../support/html.ts";
import { createMeeting, createNeeds, createReply, londonDate } from "../support/meetings.ts";
import { createContactablePerson } from "../support/notifications.ts";
import { addressesOf } from "../support/smtp.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

// No email from one test may still be on its way when the next one empties the database.
afterEach(() => notificationSenderIdle());

async function panelWithPeople(panelData: { timeZone?: string } = {}) {
  const panel = await createPanel({ name: "Wessex Panel" });
  if (panelData.timeZone) await db().panel.update({ where: { id: panel.id }, data: { timeZone: panelData.timeZone } });
  const chair = await createPerson({ name: "Alex Chair", roles: [{ panelId: panel.id, role: "MEMBER" }, { panelId: panel.id, role: "CHAIR" }] });
  const member = await createPerson({ name: "Priya Member", roles: [{ panelId: panel.id, role: "MEMBER" }] });
  const other = await createPerson({ name: "Sam Member", roles: [{ panelId: panel.id, role: "MEMBER" }] });
  const officer = await createPerson({ name: "Chris Officer", roles: [{ panelId: panel.id, role: "OFFICER" }] });
  return {
    panel,
    chair: { ...chair, cookie: await app().cookieFor(chair.id) },
    member: { ...member, cookie: await app().cookieFor(member.id) },
    other: { ...other, cookie: await app().cookieFor(other.id) },
    officer: { ...officer, cookie: await app().cookieFor(officer.id) },
  };
}

const dateInputs = ["date", "decision1Date", "decision2Date", "decision3Date", "papersDeadlineDate"];

/**
 * A valid hybrid meeting on a summer day far ahead, with any fields overridden. Dates are given
 * as "2035-07-11" and posted as the date input's day, month and year boxes.
 */
function meetingForm(overrides: Record<string, string> = {}): Record<string, string> {
  const form: Record<string, string> = {
    title: "Panel meeting: July",
    date: "2035-07-11",
    startTime: "14:00",
    endTime: "16:00",
    venueName: "Civic Centre, Room 4",
    venueAddress: "1 High Street\nWessex",
    venueAccess: "Step-free entrance on Bridge Road",
    onlineLink: "https://meet.example.org/panel",
    decision1Title: "Cabinet: day services budget",
    decision1Date: "2035-07-25",
    decision2Title: "",
    decision2Date: "",
    decision3Title: "",
    decision3Date: "",
    papersDeadlineDate: "",
    papersDeadlineTime: "17:00",
    ...overrides,
  };
  for (const name of dateInputs) {
    if (!(name in form)) continue;
    Object.assign(form, dateInputValue(name, form[name]));
    delete form[name];
  }
  // A box given on its own ("date-month") wins over its date.
  for (const [name, value] of Object.entries(overrides)) if (name.includes("-")) form[name] = value;
  return form;
}

describe("scheduling a meeting", () => {
  it("a chair schedules a hybrid meeting: times typed in UK summer time are stored in UTC, with the papers deadline 7 days before", async () => {
    const { panel, chair } = await panelWithPeople();
    const response = await app().post(`/panels/${panel.id}/meetings/new`, meetingForm(), chair.cookie);
    expect(response.status).toBe(302);
    const meeting = await db().meeting.findFirstOrThrow({ where: { panelId: panel.id }, include: { decisionDates: true } });
    expect(response.headers.get("Location")).toBe(`/panels/${panel.id}/meetings/${meeting.id}?scheduled=1`);
    expect(meeting.startsAt.toISOString()).toBe("2035-07-11T13:00:00.000Z");
    expect(meeting.endsAt.toISOString()).toBe("2035-07-11T15:00:00.000Z");
    expect(meeting.papersDeadline.toISOString()).toBe("2035-07-04T16:00:00.000Z");
    expect(meeting).toMatchObject({ venueName: "Civic Centre, Room 4", onlineLink: "https://meet.example.org/panel", createdById: chair.id });
    expect(meeting.decisionDates).toEqual([expect.objectContaining({ title: "Cabinet: day services budget", decidesOn: new Date("2035-07-24T23:00:00Z") })]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "meeting.scheduled", entityId: meeting.id } });
    expect(audit).toMatchObject({ actorId: chair.id, panelId: panel.id, after: expect.objectContaining({ title: "Panel meeting: July" }) });

    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: chair.cookie }));
    expect(page).toContain("The meeting is scheduled.");
    expect(page).toContain("Wednesday 11 July 2035, 2pm to 4pm");
    expect(page).toContain("Cabinet: day services budget: Wednesday 25 July 2035");
    expect(page).toContain("5pm on Wednesday 4 July 2035");
  });

  it("reads winter times as GMT, honours a changed papers deadline, and uses the panel's own time zone", async () => {
    const { panel, chair } = await panelWithPeople();
    await app().post(
      `/panels/${panel.id}/meetings/new`,
      meetingForm({ date: "2035-01-16", decision1Date: "2035-01-30", papersDeadlineDate: "2035-01-12", papersDeadlineTime: "12:00" }),
      chair.cookie,
    );
    const winter = await db().meeting.findFirstOrThrow({ where: { panelId: panel.id } });
    expect(winter.startsAt.toISOString()).toBe("2035-01-16T14:00:00.000Z");
    expect(winter.papersDeadline.toISOString()).toBe("2035-01-12T12:00:00.000Z");

    const { panel: newYork, chair: nyChair } = await panelWithPeople({ timeZone: "America/New_York" });
    await app().post(`/panels/${newYork.id}/meetings/new`, meetingForm({ startTime: "09:00", endTime: "10:30" }), nyChair.cookie);
    const summer = await db().meeting.findFirstOrThrow({ where: { panelId: newYork.id } });
    expect(summer.startsAt.toISOString()).toBe("2035-07-11T13:00:00.000Z");
    expect(summer.endsAt.toISOString()).toBe("2035-07-11T14:30:00.000Z");
  });

  it("accepts an online-only meeting and an in-person-only one", async () => {
    const { panel, officer } = await panelWithPeople();
    const online = await app().post(`/panels/${panel.id}/meetings/new`, meetingForm({ venueName: "", venueAddress: "", venueAccess: "" }), officer.cookie);
    expect(online.status).toBe(302);
    const inPerson = await app().post(`/panels/${panel.id}/meetings/new`, meetingForm({ date: "2035-07-12", onlineLink: "" }), officer.cookie);
    expect(inPerson.status).toBe(302);
    expect(await db().meeting.count({ where: { panelId: panel.id } })).toBe(2);
  });

  // Each refusal: what was posted, the message, and a field (by name) that must keep what was typed.
  const refusals: [string, Record<string, string>, string, [string, string]][] = [
    ["an empty title", { title: "   " }, "Enter a title for the meeting", ["venueName", "Civic Centre, Room 4"]],
    ["an end before the start", { startTime: "15:00", endTime: "14:30" }, "The end time must be after the start time", ["startTime", "15:00"]],
    ["an end equal to the start", { startTime: "15:00", endTime: "15:00" }, "The end time must be after the start time", ["title", "Panel meeting: July"]],
    ["a meeting in the past", { date: "2020-03-17", decision1Date: "2020-03-20" }, "The meeting must be in the future", ["date-year", "2020"]],
    ["a date that does not exist", { date: "2035-02-30" }, "Date of the meeting must be a real date: February 2035 has 28 days", ["date-day", "30"]],
    ["a date without its month", { "date-month": "" }, "Date of the meeting must include a month", ["date-day", "11"]],
    ["a date in words", { "date-month": "July" }, "Date of the meeting must be a real date: the month must be a number, like 27 3 2027", ["date-month", "July"]],
    ["no date at all", { date: "" }, "Enter the date of the meeting", ["title", "Panel meeting: July"]],
    ["a time that is not a time", { startTime: "25:00" }, "Start time must be a real time: hours go from 0 to 23, like 2pm or 14:00", ["startTime", "25:00"]],
    ["no venue and no link", { venueName: "", venueAddress: "", venueAccess: "", onlineLink: "" }, "Give a venue, an online joining link, or both", ["title", "Panel meeting: July"]],
    ["a joining link that is not https", { onlineLink: "http://meet.example.org/x" }, "Enter the online joining link as a full web address starting with https://", ["onlineLink", "http://meet.example.org/x"]],
    ["a joining link that is not a link", { onlineLink: "javascript:alert(1)" }, "Enter the online joining link as a full web address starting with https://", ["onlineLink", "javascript:alert(1)"]],
    ["a papers deadline after the start", { papersDeadlineDate: "2035-07-11", papersDeadlineTime: "15:00" }, "The papers deadline must be before the meeting starts", ["papersDeadlineDate-day", "11"]],
    ["a decision without a date", { decision2Title: "Scrutiny committee" }, "Enter the date of decision 2", ["decision2Title", "Scrutiny committee"]],
    ["a decision date without a decision", { decision3Date: "2035-08-01" }, "Enter what the council will decide", ["decision3Date-month", "8"]],
    ["a decision before the meeting", { decision1Date: "2035-07-01" }, "Decision 1 must be on or after the day of the meeting", ["decision1Date-day", "1"]],
  ];
  for (const [what, overrides, message, [name, kept]] of refusals) {
    it(`refuses ${what} with "${message}", keeping what was typed`, async () => {
      const { panel, chair } = await panelWithPeople();
      const response = await app().post(`/panels/${panel.id}/meetings/new`, meetingForm(overrides), chair.cookie);
      expect(response.status).toBe(400);
      const page = await pageOf(response);
      expect(page.errorSummary().map((error) => error.message)).toContain(message);
      expect(page.formValues()[name]).toBe(kept);
      expect(await db().meeting.count()).toBe(0);
    });
  }

  it("links the error summary to the box of the date that is wrong, and highlights only that box", async () => {
    const { panel, chair } = await panelWithPeople();
    const page = await pageOf(await app().post(`/panels/${panel.id}/meetings/new`, meetingForm({ "date-month": "" }), chair.cookie));
    expect(page.errorSummary()).toEqual([{ message: "Date of the meeting must include a month", href: "#meeting-date-month" }]);
    const date = page.fieldset("Date of the meeting");
    expect(date.querySelector(".govuk-error-message")?.textContent).toBe("Error: Date of the meeting must include a month");
    expect([...date.querySelectorAll(".govuk-input--error")].map((box) => box.getAttribute("name"))).toEqual(["date-month"]);
    expect(date.getAttribute("aria-describedby")).toBe("meeting-date-hint meeting-date-error");
    expect(page.text("#meeting-date-hint")).toBe("For example, 27 3 2027");
  });

  it("reads times as people write them: 2pm, 2:30pm, 14.30", async () => {
    const { panel, chair } = await panelWithPeople();
    const response = await app().post(`/panels/${panel.id}/meetings/new`, meetingForm({ startTime: "2pm", endTime: "4.30pm", papersDeadlineTime: "9am" }), chair.cookie);
    expect(response.status).toBe(302);
    const meeting = await db().meeting.findFirstOrThrow({ where: { panelId: panel.id } });
    expect(meeting.startsAt.toISOString()).toBe("2035-07-11T13:00:00.000Z");
    expect(meeting.endsAt.toISOString()).toBe("2035-07-11T15:30:00.000Z");
    expect(meeting.papersDeadline.toISOString()).toBe("2035-07-04T08:00:00.000Z");
  });

  it("lists every problem at once, not just the first", async () => {
    const { panel, chair } = await panelWithPeople();
    const html = await htmlOf(
      await app().post(`/panels/${panel.id}/meetings/new`, meetingForm({ title: "", endTime: "13:00", venueName: "", venueAddress: "", venueAccess: "", onlineLink: "" }), chair.cookie),
    );
    for (const message of ["Enter a title for the meeting", "The end time must be after the start time", "Give a venue, an online joining link, or both"]) {
      expect(html).toContain(message);
    }
  });

  it("refuses a meeting that overlaps another of the panel, naming it, but not a cancelled one or one that only touches", async () => {
    const { panel, chair } = await panelWithPeople();
    await createMeeting(panel.id, { title: "Budget workshop", startsAt: new Date("2035-07-11T13:00:00Z"), hours: 2 });
    await createMeeting(panel.id, { title: "Cancelled one", startsAt: new Date("2035-07-12T13:00:00Z"), hours: 2, cancelled: true });
    const clash = await app().post(`/panels/${panel.id}/meetings/new`, meetingForm({ startTime: "15:00", endTime: "17:00" }), chair.cookie);
    expect(clash.status).toBe(400);
    const html = await htmlOf(clash);
    expect(html).toContain("This overlaps Budget workshop on Wednesday 11 July 2035, 2pm–4pm");
    expect(html).toContain('value="15:00"');

    expect((await app().post(`/panels/${panel.id}/meetings/new`, meetingForm({ startTime: "16:00", endTime: "17:00" }), chair.cookie)).status).toBe(302);
    expect((await app().post(`/panels/${panel.id}/meetings/new`, meetingForm({ date: "2035-07-12", decision1Date: "2035-07-25" }), chair.cookie)).status).toBe(302);
    // Another panel's meetings never clash.
    const { panel: other, chair: otherChair } = await panelWithPeople();
    expect((await app().post(`/panels/${other.id}/meetings/new`, meetingForm(), otherChair.cookie)).status).toBe(302);
  });
});

describe("changing and cancelling a meeting", () => {
  it("an officer changes the time and venue; the form was prefilled and the audit keeps before and after", async () => {
    const { panel, officer } = await panelWithPeople();
    await app().post(`/panels/${panel.id}/meetings/new`, meetingForm(), officer.cookie);
    const meeting = await db().meeting.findFirstOrThrow({ where: { panelId: panel.id } });
    const form = await pageOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}/edit`, { cookie: officer.cookie }));
    expect(form.formValues()).toMatchObject({
      ...dateInputValue("date", "2035-07-11"),
      startTime: "2pm",
      endTime: "4pm",
      ...dateInputValue("papersDeadlineDate", "2035-07-04"),
      papersDeadlineTime: "5pm",
      decision1Title: "Cabinet: day services budget",
      ...dateInputValue("decision1Date", "2035-07-25"),
    });

    const response = await app().post(
      `/panels/${panel.id}/meetings/${meeting.id}/edit`,
      meetingForm({ intent: "save", startTime: "10:00", endTime: "12:30", venueName: "Library", decision1Title: "", decision1Date: "" }),
      officer.cookie,
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/panels/${panel.id}/meetings/${meeting.id}?changed=1`);
    const changed = await db().meeting.findUniqueOrThrow({ where: { id: meeting.id }, include: { decisionDates: true } });
    expect(changed.startsAt.toISOString()).toBe("2035-07-11T09:00:00.000Z");
    expect(changed.venueName).toBe("Library");
    expect(changed.decisionDates).toEqual([]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "meeting.updated", entityId: meeting.id } });
    expect(audit.before).toMatchObject({ venueName: "Civic Centre, Room 4", startsAt: "2035-07-11T13:00:00.000Z" });
    expect(audit.after).toMatchObject({ venueName: "Library", startsAt: "2035-07-11T09:00:00.000Z", decisionDates: [] });
  });

  it("does not count the meeting itself as an overlap when it is saved unchanged, and refuses the same rules as scheduling", async () => {
    const { panel, chair } = await panelWithPeople();
    const meeting = await createMeeting(panel.id, { startsAt: new Date("2035-07-11T13:00:00Z") });
    expect((await app().post(`/panels/${panel.id}/meetings/${meeting.id}/edit`, meetingForm({ intent: "save" }), chair.cookie)).status).toBe(302);
    const refused = await app().post(`/panels/${panel.id}/meetings/${meeting.id}/edit`, meetingForm({ intent: "save", endTime: "13:00" }), chair.cookie);
    expect(refused.status).toBe(400);
    expect(await htmlOf(refused)).toContain("The end time must be after the start time");
  });

  it("cancelling asks first, then marks the meeting cancelled in words, once, and closes replies", async () => {
    const { panel, chair, member } = await panelWithPeople();
    const meeting = await createMeeting(panel.id, { title: "Autumn meeting" });
    const confirm = await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}/edit?cancel=1`, { cookie: chair.cookie }));
    expect(confirm).toContain("Are you sure you want to cancel Autumn meeting?");
    expect(await db().meeting.count({ where: { cancelledAt: { not: null } } })).toBe(0);

    const response = await app().post(`/panels/${panel.id}/meetings/${meeting.id}/edit`, { intent: "cancel" }, chair.cookie);
    expect(response.headers.get("Location")).toBe(`/panels/${panel.id}/meetings/${meeting.id}?cancelled=1`);
    await app().post(`/panels/${panel.id}/meetings/${meeting.id}/edit`, { intent: "cancel" }, chair.cookie);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).cancelledAt).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: "meeting.cancelled", entityId: meeting.id } })).toBe(1);

    const list = await htmlOf(await app().fetch(`/panels/${panel.id}/meetings`, { cookie: member.cookie }));
    expect(list).toContain("Autumn meeting");
    expect(list).toContain("Cancelled");
    const reply = await app().post(`/panels/${panel.id}/meetings/${meeting.id}/reply`, { mode: "IN_PERSON" }, member.cookie);
    expect(reply.status).toBe(400);
    expect(await htmlOf(reply)).toContain("This meeting has been cancelled");
    const edit = await app().post(`/panels/${panel.id}/meetings/${meeting.id}/edit`, meetingForm({ intent: "save" }), chair.cookie);
    expect(await htmlOf(edit)).toContain("This meeting has been cancelled, so it cannot be changed");
  });
});

describe("telling people a meeting has changed", () => {
  /** The July meeting as meetingForm() describes it, with no invitations queued, and who is invited to it. */
  async function julyMeetingWithInvited() {
    const panel = await createPanel({ name: "Wessex Panel" });
    const chair = await createContactablePerson(panel.id, { name: "Alex Morgan", roles: ["MEMBER", "CHAIR"] });
    const ada = await createContactablePerson(panel.id, { name: "Ada Lovelace", preferredName: "Ada" });
    const declined = await createContactablePerson(panel.id, { name: "Dee Clined" });
    const post = await createContactablePerson(panel.id, { name: "Ben Post", postalAddress: "2 Low Road", needs: { contactMethod: "POST", paperFormat: "LARGE_PRINT", largePrintPointSize: 24 } });
    const viaSupporter = await createContactablePerson(panel.id, { name: "Sue Ported", needs: { contactMethod: "VIA_SUPPORTER", supporterContact: "helper@example.org" } });
    const officer = await createContactablePerson(panel.id, { name: "Chris Jones", roles: ["OFFICER"] });
    const deactivated = await createContactablePerson(panel.id, { name: "Gone Away", active: false });
    const meeting = await createMeeting(panel.id, {
      title: "Panel meeting: July",
      startsAt: new Date("2035-07-11T13:00:00Z"),
      venueName: "Civic Centre, Room 4",
      venueAddress: "1 High Street\nWessex",
      venueAccess: "Step-free entrance on Bridge Road",
    });
    await createReply(meeting.id, declined.id, "APOLOGIES");
    const edit = `/panels/${panel.id}/meetings/${meeting.id}/edit`;
    return { panel, meeting, edit, cookie: await app().cookieFor(chair.id), invited: [chair, ada, declined, post, viaSupporter], chair, ada, declined, post, viaSupporter, officer, deactivated };
  }

  it("a new time goes to everyone invited, apologies or not, by the way each asked, saying what it was and what it is now", async () => {
    const world = await julyMeetingWithInvited();
    const response = await app().post(world.edit, meetingForm({ intent: "save", date: "2035-07-12", startTime: "15:00", endTime: "17:00" }), world.cookie);
    expect(response.headers.get("Location")).toBe(`/panels/${world.panel.id}/meetings/${world.meeting.id}?changed=1`);
    const page = await htmlOf(await app().fetch(response.headers.get("Location")!, { cookie: world.cookie }));
    expect(page).toContain("Everyone invited is being told what has changed");

    const notices = await db().notification.findMany({ where: { kind: "meeting.changed" }, orderBy: { createdAt: "asc" } });
    expect(notices.map((n) => n.personId).sort()).toEqual(world.invited.map((p) => p.id).sort());
    expect(notices.find((n) => n.personId === world.post.id)).toMatchObject({ channel: "POST", status: "TO_DO", address: "2 Low Road", format: "LARGE_PRINT" });
    expect(notices.find((n) => n.personId === world.viaSupporter.id)).toMatchObject({ channel: "VIA_SUPPORTER", address: "helper@example.org" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "meeting.change-notices-queued", entityId: world.meeting.id } });
    expect(audit.after).toMatchObject({ told: 5 });

    const mail = await app().smtp.waitForMessage(world.ada.email);
    expect(mail.subject).toBe("Changed: Panel meeting: July on Thursday 12 July 2035");
    expect(mail.text).toContain("Hello Ada,");
    expect(mail.text).toContain("Panel meeting: July of Wessex Panel has changed.");
    expect(mail.text).toContain("It was: Wednesday 11 July 2035, 2pm to 4pm");
    expect(mail.text).toContain("It is now: Thursday 12 July 2035, 3pm to 5pm");
    expect(mail.text).not.toContain("It was: Civic Centre");
    expect(mail.text).toContain(`/panels/${world.panel.id}/meetings/${world.meeting.id}/reply`);
    const ics = mail.attachments[0]!.content.toString("utf8");
    expect(ics).toContain(`UID:${world.meeting.id}@panel`);
    expect(ics).toContain("DTSTART:20350712T140000Z");
    expect(ics).toContain("STATUS:CONFIRMED");

    // Someone who sent apologies may be able to come now; a supporter passes it on.
    expect((await app().smtp.waitForMessage(world.declined.email)).text).toContain("It is now: Thursday 12 July 2035, 3pm to 5pm");
    const forSue = await app().smtp.waitForMessage("helper@example.org");
    expect(forSue.text).toContain("This message is for Sue Ported.");
    await app().smtp.waitForMessage(world.chair.email);
    await notificationSenderIdle();
    for (const left of [world.officer, world.deactivated]) {
      expect(await db().notification.count({ where: { personId: left.id } })).toBe(0);
      expect(app().smtp.messages.some((m) => addressesOf(m).includes(left.email))).toBe(false);
    }
    expect(await db().notification.count({ where: { kind: "meeting.changed", status: "SENT" } })).toBe(4);
  });

  it("a new venue, access and link each say what they were and are; saving nothing new, or only the title, deadline or decisions, tells nobody", async () => {
    const world = await julyMeetingWithInvited();
    const unchanged = await app().post(world.edit, meetingForm({ intent: "save" }), world.cookie);
    expect(unchanged.headers.get("Location")).toBe(`/panels/${world.panel.id}/meetings/${world.meeting.id}?saved=1`);
    const retitled = await app().post(
      world.edit,
      meetingForm({ intent: "save", title: "Panel meeting: July (budget)", papersDeadlineDate: "2035-07-01", decision1Title: "", decision1Date: "", venueName: " Civic Centre, Room 4 " }),
      world.cookie,
    );
    expect(retitled.headers.get("Location")).toBe(`/panels/${world.panel.id}/meetings/${world.meeting.id}?saved=1`);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: world.meeting.id } })).title).toBe("Panel meeting: July (budget)");
    expect(await db().notification.count()).toBe(0);

    const moved = await app().post(
      world.edit,
      meetingForm({ intent: "save", title: "Panel meeting: July (budget)", venueName: "Library", venueAddress: "Jewry Street\nWessex", venueAccess: "", onlineLink: "https://meet.example.org/new" }),
      world.cookie,
    );
    expect(moved.headers.get("Location")).toBe(`/panels/${world.panel.id}/meetings/${world.meeting.id}?changed=1`);
    expect(await db().notification.count({ where: { kind: "meeting.changed" } })).toBe(5);
    const mail = await app().smtp.waitForMessage(world.ada.email);
    expect(mail.subject).toBe("Changed: Panel meeting: July (budget) on Wednesday 11 July 2035");
    expect(mail.text).not.toContain("It was: Wednesday");
    for (const words of [
      "It was: Civic Centre, Room 4\n1 High Street\nWessex",
      "It is now: Library\nJewry Street\nWessex",
      "It was: Step-free entrance on Bridge Road",
      "It is now: No access information",
      "It was: https://meet.example.org/panel",
      "It is now: https://meet.example.org/new",
    ]) {
      expect(mail.text).toContain(words);
    }
  });

  it("a correction to a meeting that is over tells nobody", async () => {
    const panel = await createPanel({ name: "Wessex Panel" });
    const chair = await createContactablePerson(panel.id, { name: "Alex Morgan", roles: ["MEMBER", "CHAIR"] });
    await createContactablePerson(panel.id, { name: "Ada Lovelace" });
    // Three days ago at 10:00 UTC: over, and never running past midnight (which the form refuses)
    // whatever time of day the test runs.
    const threeDaysAgo = new Date(Date.now() - 72 * 3_600_000);
    const startsAt = new Date(Date.UTC(threeDaysAgo.getUTCFullYear(), threeDaysAgo.getUTCMonth(), threeDaysAgo.getUTCDate(), 10));
    const meeting = await createMeeting(panel.id, { title: "Spring meeting", startsAt });
    const start = utcToZonedDateTime(meeting.startsAt, "Europe/London");
    const end = utcToZonedDateTime(meeting.endsAt, "Europe/London");
    const response = await app().post(
      `/panels/${panel.id}/meetings/${meeting.id}/edit`,
      meetingForm({ intent: "save", title: "Spring meeting", date: start.date, startTime: start.time, endTime: end.time, venueName: "The Library", decision1Title: "", decision1Date: "", papersDeadlineDate: "" }),
      await app().cookieFor(chair.id),
    );
    expect(response.headers.get("Location")).toBe(`/panels/${panel.id}/meetings/${meeting.id}?saved=1`);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).venueName).toBe("The Library");
    expect(await db().notification.count()).toBe(0);
  });

  it("the change and the messages about it commit together: if queueing fails, the meeting is not changed", async () => {
    const { getMeetingPanel, updateMeeting } = await import("../../app/modules/meetings/meetings.server.ts");
    const { prepareMeetingChangeNotices } = await import("../../app/modules/notifications/invitations.server.ts");
    const world = await julyMeetingWithInvited();
    const actor = { personId: world.chair.id };
    const tell = (await prepareMeetingChangeNotices(world.panel.id, actor, { baseUrl: "http://panel.test" }))!;
    const form = meetingSchema.parse(meetingForm({ startTime: "10:00", endTime: "12:00" }));
    const failing: typeof tell = async (...args) => {
      await tell(...args);
      throw new Error("the disk is full");
    };
    const panel = (await getMeetingPanel(world.panel.id))!;
    await expect(updateMeeting(panel, world.meeting.id, form, actor, new Date(), failing)).rejects.toThrow("the disk is full");
    expect((await db().meeting.findUniqueOrThrow({ where: { id: world.meeting.id } })).startsAt.toISOString()).toBe("2035-07-11T13:00:00.000Z");
    expect(await db().notification.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "meeting.updated" } })).toBe(0);

    const saved = await updateMeeting(panel, world.meeting.id, form, actor, new Date(), tell);
    expect(saved).toMatchObject({ ok: true, changes: [{ what: "When", was: ["Wednesday 11 July 2035, 2pm to 4pm"], now: ["Wednesday 11 July 2035, 10am to midday"] }] });
    expect(await db().notification.count({ where: { kind: "meeting.changed" } })).toBe(5);
  });
});

describe("replying to a meeting", () => {
  it("prefills the reply from the person's communication needs record", async () => {
    const { panel, member } = await panelWithPeople();
    await createNeeds(member.id, { meetingSupport: ["BSL_INTERPRETER", "BREAKS"], physicalAccess: ["STEP_FREE"], dietaryNeeds: "Vegan" });
    const meeting = await createMeeting(panel.id);
    const html = await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}/reply`, { cookie: member.cookie }));
    const checked = [...html.matchAll(/<input[^>]*type="checkbox"[^>]*>/g)].filter((m) => m[0].includes("checked")).map((m) => /value="([A-Z_]+)"/.exec(m[0])![1]);
    expect(checked.sort()).toEqual(["BREAKS", "BSL_INTERPRETER", "STEP_FREE"]);
    expect(html).toContain('value="Vegan"');
    expect(html).toContain("We have ticked what your communication needs record says");
  });

  it("prefills only needs the reply form still offers: a code since taken off the lists is left out", async () => {
    const { replyFormValues } = await import("../../app/modules/meetings/replies.server.ts");
    const { panel, member } = await panelWithPeople();
    await createNeeds(member.id, { meetingSupport: ["BREAKS", "NO_LONGER_OFFERED"], physicalAccess: ["STEP_FREE", "GONE_TOO"] });
    const meeting = await createMeeting(panel.id);
    const { values } = await replyFormValues(meeting.id, member.id);
    expect(values.meetingSupport).toEqual(["BREAKS"]);
    expect(values.physicalAccess).toEqual(["STEP_FREE"]);
  });

  it("saves a reply with needs adjusted for this meeting, audited, and shows it in words", async () => {
    const { panel, member } = await panelWithPeople();
    const meeting = await createMeeting(panel.id, { title: "Spring meeting" });
    const path = `/panels/${panel.id}/meetings/${meeting.id}/reply`;
    const body = new URLSearchParams([
      ["mode", "IN_PERSON"],
      ["meetingSupport", "BSL_INTERPRETER"],
      ["meetingSupport", "QUIET_SPACE"],
      ["physicalAccess", "PARKING"],
      ["dietaryNeeds", "No nuts"],
      ["otherNeeds", "A seat near the door"],
      ["travelNeeded", "yes"],
    ]);
    const response = await app().fetch(path, { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" }, cookie: member.cookie });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/panels/${panel.id}/meetings/${meeting.id}?replied=1`);
    const reply = await db().meetingReply.findFirstOrThrow({ where: { meetingId: meeting.id, personId: member.id } });
    expect(reply).toMatchObject({
      mode: "IN_PERSON",
      meetingSupport: ["BSL_INTERPRETER", "QUIET_SPACE"],
      physicalAccess: ["PARKING"],
      dietaryNeeds: "No nuts",
      otherNeeds: "A seat near the door",
      travelNeeded: true,
      repliedById: member.id,
    });
    expect(await db().auditEvent.count({ where: { action: "meeting.replied", entityId: reply.id, actorId: member.id } })).toBe(1);
    expect(await htmlOf(await app().fetch(`/panels/${panel.id}/meetings`, { cookie: member.cookie }))).toContain("You are coming in person");

    // Replying again changes the one reply; apologies clear the needs and travel.
    await app().post(path, { mode: "APOLOGIES", meetingSupport: "BSL_INTERPRETER", travelNeeded: "yes" }, member.cookie);
    expect(await db().meetingReply.findMany({ where: { meetingId: meeting.id } })).toEqual([
      expect.objectContaining({ mode: "APOLOGIES", meetingSupport: [], travelNeeded: false }),
    ]);
    expect(await htmlOf(await app().fetch(`/panels/${panel.id}/meetings`, { cookie: member.cookie }))).toContain("You sent apologies");
  });

  it("refuses a reply with no choice, a made-up need, or a way of attending the meeting does not offer", async () => {
    const { panel, member } = await panelWithPeople();
    const meeting = await createMeeting(panel.id, { onlineLink: "" });
    const path = `/panels/${panel.id}/meetings/${meeting.id}/reply`;
    const none = await app().post(path, { dietaryNeeds: "Halal" }, member.cookie);
    expect(none.status).toBe(400);
    const noneHtml = await htmlOf(none);
    expect(noneHtml).toContain("Select whether you will come in person, join online, or send apologies");
    expect(noneHtml).toContain('value="Halal"');
    const forged = await app().post(path, { mode: "IN_PERSON", meetingSupport: "HELICOPTER" }, member.cookie);
    expect(forged.status).toBe(400);
    expect(await htmlOf(forged)).toContain("Select support from the list");
    const online = await app().post(path, { mode: "ONLINE" }, member.cookie);
    expect(online.status).toBe(400);
    expect(await htmlOf(online)).toContain("This meeting has no online joining link, so you cannot join online");
    expect(await db().meetingReply.count()).toBe(0);
  });

  it("cannot reply to a meeting that has already happened", async () => {
    const { panel, member } = await panelWithPeople();
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() - 86_400_000) });
    const path = `/panels/${panel.id}/meetings/${meeting.id}/reply`;
    expect(await htmlOf(await app().fetch(path, { cookie: member.cookie }))).toContain("This meeting has already happened, so you cannot reply to it.");
    const response = await app().post(path, { mode: "IN_PERSON" }, member.cookie);
    expect(response.status).toBe(400);
    expect(await htmlOf(response)).toContain("This meeting has already happened");
    expect(await db().meetingReply.count()).toBe(0);
  });
});

describe("what people see on the meeting page", () => {
  async function meetingWithReplies() {
    const people = await panelWithPeople();
    const { panel, chair, member, other } = people;
    const meeting = await createMeeting(panel.id, { title: "Summer meeting" });
    await createReply(meeting.id, member.id, "IN_PERSON", { meetingSupport: ["BSL_INTERPRETER"], physicalAccess: ["STEP_FREE"], travelNeeded: true, dietaryNeeds: "Vegan" });
    await createReply(meeting.id, chair.id, "ONLINE", { meetingSupport: ["HEARING_LOOP"] });
    void other;
    return { ...people, meeting };
  }

  it("organisers see the totals, who has not replied, the needs flagged and what must be arranged", async () => {
    const { panel, officer, meeting } = await meetingWithReplies();
    const html = await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}`, { cookie: officer.cookie }));
    expect(html).toMatch(/Coming in person<\/dt><dd[^>]*>1</);
    expect(html).toMatch(/Joining online<\/dt><dd[^>]*>1</);
    expect(html).toMatch(/Apologies<\/dt><dd[^>]*>0</);
    expect(html).toContain("1 (Sam Member)");
    for (const text of [
      "1 BSL interpreter",
      "1 Hearing loop",
      "1 step-free access",
      "Book a BSL interpreter",
      "Check the venue has step-free access",
      "Turn on captions for the online call",
      "Book travel for 1 person",
      "Tell the caterers about 1 dietary need",
      "Vegan",
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toMatch(/Travel to book<\/h3><ul[^>]*><li>Priya Member</);
  });

  it("members see only the totals, never anyone's needs or names", async () => {
    const { panel, other, meeting } = await meetingWithReplies();
    const page = await pageOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}`, { cookie: other.cookie }));
    expect(page.h1()).toBe("Summer meeting");
    const html = page.source;
    expect(html).toMatch(/Coming in person<\/dt><dd[^>]*>1</);
    expect(html).toMatch(/Not replied yet<\/dt><dd[^>]*>1</);
    // Needs and names must not reach a member's browser at all: the whole markup, page data included.
    for (const secret of ["BSL interpreter", "step-free", "Vegan", "Priya Member", "What must be arranged", "Travel to book"]) {
      expect(html).not.toContain(secret);
    }
    expect(page.headings()).not.toContain("What must be arranged");
    expect(page.hasLink(/^Change the meeting's details/)).toBe(false);
    expect(html).toContain("You have not replied");
    expect(html).toContain(">Reply</a>");
  });
});

describe("the calendar file", () => {
  it("is a VEVENT with UTC times, escaped text and folded lines, for anyone in the panel", async () => {
    const { panel, member, officer } = await panelWithPeople();
    const meeting = await createMeeting(panel.id, {
      title: "Budget, papers; and a very long title that needs folding because it is longer than seventy-five octets",
      startsAt: new Date("2035-07-11T13:00:00Z"),
      venueName: "Civic Centre",
      venueAddress: "1 High Street\nWessex",
      venueAccess: "Step-free entrance; hearing loop",
    });
    const response = await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}.ics`, { cookie: member.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="Budget-papers-and-a-very-long.*\.ics"$/);
    const ics = await response.text();
    for (const raw of ics.split("\r\n")) expect(new TextEncoder().encode(raw).length).toBeLessThanOrEqual(75);
    const lines = ics.replace(/\r\n /g, "").split("\r\n");
    const value = (name: string) => lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(value("UID")).toBe(`${meeting.id}@panel`);
    expect(value("DTSTART")).toBe("20350711T130000Z");
    expect(value("DTEND")).toBe("20350711T150000Z");
    expect(value("DTSTAMP")).toMatch(/^\d{8}T\d{6}Z$/);
    expect(value("SUMMARY")).toBe("Budget\\, papers\\; and a very long title that needs folding because it is longer than seventy-five octets");
    expect(value("LOCATION")).toBe("Civic Centre\\, 1 High Street\\, Wessex");
    expect(value("DESCRIPTION")).toContain("Access information: Step-free entrance\\; hearing loop\\nJoin online: https://meet.example.org/panel");
    expect(value("URL")).toBe(`${app().url}/panels/${panel.id}/meetings/${meeting.id}`);
    expect((await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}.ics`, { cookie: officer.cookie })).status).toBe(200);
  });
});

describe("recording attendance", () => {
  it("cannot be recorded before the meeting starts", async () => {
    const { panel, chair, member } = await panelWithPeople();
    const meeting = await createMeeting(panel.id);
    expect(await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}/attendance`, { cookie: chair.cookie }))).toContain(
      "You can record attendance once the meeting has started",
    );
    const response = await app().post(`/panels/${panel.id}/meetings/${meeting.id}/attendance`, { [`attendance.${member.id}`]: "IN_PERSON" }, chair.cookie);
    expect(response.status).toBe(400);
    expect(await db().attendance.count()).toBe(0);
  });

  it("after the meeting, the form is prefilled from replies, and saving records who came", async () => {
    const { panel, chair, member, other } = await panelWithPeople();
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() - 3 * 3_600_000) });
    await createReply(meeting.id, member.id, "IN_PERSON");
    await createReply(meeting.id, other.id, "APOLOGIES");
    await createReply(meeting.id, chair.id, "ONLINE");
    const path = `/panels/${panel.id}/meetings/${meeting.id}/attendance`;
    const form = await htmlOf(await app().fetch(path, { cookie: chair.cookie }));
    const checked = (personId: string) =>
      /value="([A-Z_]+)"/.exec([...form.matchAll(/<input[^>]*>/g)].map((m) => m[0]).find((i) => i.includes(`name="attendance.${personId}"`) && i.includes("checked"))!)![1];
    expect(checked(member.id)).toBe("IN_PERSON");
    expect(checked(chair.id)).toBe("ONLINE");
    expect(checked(other.id)).toBe("ABSENT");

    const saved = await app().post(
      path,
      { [`attendance.${member.id}`]: "ONLINE", [`attendance.${chair.id}`]: "IN_PERSON", [`attendance.${other.id}`]: "ABSENT" },
      chair.cookie,
    );
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/panels/${panel.id}/meetings/${meeting.id}?attendance=1`);
    const rows = await db().attendance.findMany({ where: { meetingId: meeting.id }, select: { personId: true, mode: true, recordedById: true } });
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { personId: member.id, mode: "ONLINE", recordedById: chair.id },
        { personId: chair.id, mode: "IN_PERSON", recordedById: chair.id },
      ]),
    );

    // Saving again: someone marked as not coming loses their row.
    await app().post(path, { [`attendance.${member.id}`]: "ABSENT", [`attendance.${chair.id}`]: "IN_PERSON", [`attendance.${other.id}`]: "ABSENT" }, chair.cookie);
    expect(await db().attendance.findMany({ where: { meetingId: meeting.id }, select: { personId: true } })).toEqual([{ personId: chair.id }]);
    const audits = await db().auditEvent.findMany({ where: { action: "meeting.attendance-recorded", entityId: meeting.id }, orderBy: { id: "asc" } });
    expect(audits).toHaveLength(2);
    expect(audits[1]!.before).toEqual({ [member.id]: "ONLINE", [chair.id]: "IN_PERSON" });

    const page = await htmlOf(await app().fetch(`/panels/${panel.id}/meetings/${meeting.id}`, { cookie: member.cookie }));
    expect(page).toContain("1 came in person and 0 joined online.");
  });

  it("refuses a form that leaves someone out or names someone not on the panel", async () => {
    const { panel, chair, member, other } = await panelWithPeople();
    const outsider = await createPerson({ name: "Not On Panel" });
    const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() - 3 * 3_600_000) });
    const path = `/panels/${panel.id}/meetings/${meeting.id}/attendance`;
    const missing = await app().post(path, { [`attendance.${member.id}`]: "ONLINE", [`attendance.${chair.id}`]: "IN_PERSON" }, chair.cookie);
    expect(missing.status).toBe(400);
    expect(await htmlOf(missing)).toContain("Select how Sam Member attended");
    const forged = await app().post(
      path,
      { [`attendance.${member.id}`]: "ONLINE", [`attendance.${chair.id}`]: "IN_PERSON", [`attendance.${other.id}`]: "ABSENT", [`attendance.${outsider.id}`]: "IN_PERSON" },
      chair.cookie,
    );
    expect(forged.status).toBe(400);
    expect(await htmlOf(forged)).toContain("This form lists someone who is not on the panel");
    const badValue = await app().post(path, { [`attendance.${member.id}`]: "TELEPATHY" }, chair.cookie);
    expect(badValue.status).toBe(400);
    expect(await db().attendance.count()).toBe(0);
  });
});

it("the meetings list shows upcoming and past meetings to anyone in the panel", async () => {
  const { panel, officer } = await panelWithPeople();
  await createMeeting(panel.id, { title: "Next one" });
  await createMeeting(panel.id, { title: "Last one", startsAt: new Date(Date.now() - 20 * 86_400_000) });
  const page = await pageOf(await app().fetch(`/panels/${panel.id}/meetings`, { cookie: officer.cookie }));
  expect(page.h1()).toBe("Meetings");
  const html = page.source;
  expect(html.indexOf("Next one")).toBeLessThan(html.indexOf("Past meetings"));
  expect(html.indexOf("Last one")).toBeGreaterThan(html.indexOf("Past meetings"));
  expect(html).toContain("Schedule a meeting");
  const columns = [...page.document.querySelectorAll("main th")].map((th) => th.textContent?.trim());
  expect(columns).toContain("Meeting");
  expect(columns).not.toContain("Your reply");
  void londonDate;
});

it("the demo meetings load beside the demo panel: two past with attendance, one ahead with a decision date and a reply", async () => {
  const { loadDemoData, demoIds } = await import("../../prisma/demo-data.ts");
  const now = new Date();
  await loadDemoData(db());
  const meetings = await db().meeting.findMany({ where: { panelId: demoIds.panel }, include: { decisionDates: true, attendance: true, replies: true }, orderBy: { startsAt: "asc" } });
  // The second past meeting is the short one at which the first one's minutes were approved (prisma/demo-minutes.ts).
  expect(meetings).toHaveLength(3);
  expect(meetings[0]!.endsAt < now && meetings[0]!.attendance.length === 2).toBe(true);
  expect(meetings[1]!.endsAt < now && meetings[1]!.attendance.length === 2).toBe(true);
  const ahead = meetings[2]!;
  expect(ahead.startsAt > now && ahead.decisionDates.length === 1 && ahead.replies.length === 1).toBe(true);
  const html = await htmlOf(await app().fetch(`/panels/${demoIds.panel}/meetings/${ahead.id}`, { cookie: await app().cookieFor(demoIds.officer) }));
  expect(html).toContain("Book travel for 1 person");
  expect(html).toMatch(/Not replied yet<\/dt><dd[^>]*>\d+ \([^<]*Priya Shah/);
});
