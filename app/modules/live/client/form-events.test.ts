import { describe, expect, it } from "vitest";
import { dateInputValue } from "../../../dates.ts";
import { clientSchemas } from "./protocol.ts";
import { dueDateProblem, eventFor, fieldErrorsOf, isLiveIntent, splitRecommendations, withoutRenderedIds } from "./form-events.ts";

const meetingId = "10000000-0000-4000-8000-000000000001";
const itemId = "10000000-0000-4000-8000-000000000201";
const madeId = "30000000-0000-4000-8000-000000000001";
const newId = () => madeId;

describe("the live page's forms as protocol events", () => {
  it("turns an action note into a payload the protocol accepts, tidying the recommendations", () => {
    const { event, payload } = eventFor(
      "add-note",
      {
        intent: "add-note",
        itemId,
        kind: "ACTION",
        text: "Send the letter",
        ownerName: "Chris",
        ...dateInputValue("dueOn", "2026-12-31"),
        recommendations: "r6.4, R7.1  R8.2",
        agreedBy: "Everyone",
      },
      meetingId,
      newId,
    );
    expect(event).toBe("addNote");
    const parsed = clientSchemas.addNote.parse(payload);
    expect(parsed).toMatchObject({
      id: madeId,
      itemId,
      kind: "ACTION",
      ownerName: "Chris",
      dueOn: "2026-12-31",
      recommendations: ["R6.4", "R7.1", "R8.2"],
      agreedBy: "",
    });
  });

  it("reads the due date from its day, month and year boxes, and names a box that is wrong", () => {
    const fields = (day: string, month: string, year: string) => ({ kind: "ACTION", text: "x", ownerName: "Sam", "dueOn-day": day, "dueOn-month": month, "dueOn-year": year });
    const due = (day: string, month: string, year: string) => eventFor("add-note", fields(day, month, year), meetingId, newId).payload.dueOn;
    expect(due("31", "12", "2026")).toBe("2026-12-31");
    expect(due(" 1 ", "2", "2027")).toBe("2027-02-01");
    expect(due("", "", "")).toBeNull();
    expect(dueDateProblem("add-note", fields("31", "12", "2026"))).toBeNull();
    expect(dueDateProblem("add-note", fields("31", "", "2026"))).toBe("The due date must include a month");
    expect(dueDateProblem("correct-note", fields("31", "4", "2026"))).toBe("The due date must be a real date: April has 30 days");
    expect(dueDateProblem("add-note", { ...fields("31", "4", "2026"), kind: "POINT" })).toBeNull();
    // A date that is not one is left for the protocol to refuse too, whoever sent it.
    expect(clientSchemas.addNote.safeParse(eventFor("add-note", fields("31", "2", "2026"), meetingId, newId).payload).success).toBe(false);
  });

  it("drops the fields of another kind of note, left filled in after changing kind", () => {
    const { payload } = eventFor(
      "add-note",
      { kind: "POINT", text: "A point", ownerName: "Chris", dueOn: "not a date", recommendations: "nonsense", agreedBy: "All" },
      meetingId,
      newId,
    );
    expect(clientSchemas.addNote.parse(payload)).toMatchObject({ kind: "POINT", ownerName: "", dueOn: null, recommendations: [], agreedBy: "" });
  });

  it("keeps an id the server rendered into the form, so a form posted twice is stored once", () => {
    const rendered = "30000000-0000-4000-8000-000000000009";
    expect(eventFor("raise-hand", { id: rendered, aboutAccess: "on" }, meetingId, newId).payload).toEqual({ meetingId, id: rendered, aboutAccess: true });
    expect(withoutRenderedIds({ id: rendered, editId: rendered, text: "x" })).toEqual({ text: "x" });
  });

  it("maps every other form to its event", () => {
    expect(eventFor("confused", { itemId: "", word: "ULO", anonymous: "on" }, meetingId, newId)).toEqual({
      event: "confused",
      payload: { meetingId, id: madeId, itemId: null, word: "ULO", anonymous: true },
    });
    expect(eventFor("ask-for-break", {}, meetingId, newId).payload).toMatchObject({ kind: "BREAK", anonymous: false });
    expect(eventFor("message", { text: "Slower please" }, meetingId, newId).payload).toMatchObject({ kind: "COMMENT", text: "Slower please" });
    expect(eventFor("correct-note", { noteId: itemId, baseVersion: "3", kind: "POINT", text: "x" }, meetingId, newId).payload).toMatchObject({
      noteId: itemId,
      editId: madeId,
      baseVersion: 3,
    });
    expect(eventFor("note-taker", { personId: itemId, noteTaker: "false" }, meetingId, newId)).toEqual({
      event: "nameNoteTaker",
      payload: { meetingId, personId: itemId, noteTaker: false },
    });
    expect(eventFor("mark-seen", { kind: "message", queueId: itemId }, meetingId, newId).payload).toEqual({ meetingId, kind: "message", id: itemId });
    expect(eventFor("end", { anything: "else" }, meetingId, newId)).toEqual({ event: "end", payload: { meetingId } });
  });

  it("knows only its own intents, including against prototype tricks", () => {
    expect(isLiveIntent("add-note")).toBe(true);
    expect(isLiveIntent("toString")).toBe(false);
    expect(isLiveIntent("__proto__")).toBe(false);
    expect(isLiveIntent(undefined)).toBe(false);
  });

  it("puts each refusal on the field it is about", () => {
    expect(fieldErrorsOf({ "recommendations.1": ["Recommendations look like R6.4"], text: ["Write the note", "Second"] })).toEqual({
      recommendations: "Recommendations look like R6.4",
      text: "Write the note",
    });
    expect(splitRecommendations(" ,R1.1;;r2.2 ")).toEqual(["R1.1", "r2.2"]);
  });
});
