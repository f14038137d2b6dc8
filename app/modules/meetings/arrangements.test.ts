import { describe, expect, it } from "vitest";
import { countReplies, meetingNeedsLines, whatMustBeArranged, type ReplyForArranging } from "./arrangements.ts";

const reply = (overrides: Partial<ReplyForArranging>): ReplyForArranging => ({
  mode: "IN_PERSON",
  meetingSupport: [],
  physicalAccess: [],
  dietaryNeeds: "",
  otherNeeds: "",
  travelNeeded: false,
  ...overrides,
});

describe("what organisers must arrange for a meeting", () => {
  it("counts replies, and who has not replied", () => {
    expect(countReplies([reply({}), reply({ mode: "ONLINE" }), reply({ mode: "APOLOGIES" })], 5)).toEqual({
      inPerson: 1,
      online: 1,
      apologies: 1,
      notReplied: 2,
    });
  });

  it("lists bookings and checks in words, ignoring people who sent apologies", () => {
    const tasks = whatMustBeArranged([
      reply({ meetingSupport: ["BSL_INTERPRETER"], physicalAccess: ["STEP_FREE", "PARKING"], travelNeeded: true }),
      reply({ meetingSupport: ["HEARING_LOOP", "BREAKS"], dietaryNeeds: "Vegan", travelNeeded: true }),
      reply({ mode: "ONLINE", meetingSupport: ["BSL_INTERPRETER"], physicalAccess: ["PARKING"], travelNeeded: true }),
      reply({ mode: "APOLOGIES", meetingSupport: ["LIPSPEAKER"], otherNeeds: "Large table" }),
    ]);
    expect(tasks).toEqual([
      "Book BSL interpreters for 2 people",
      "Make sure interpreters and lipspeakers can be seen clearly on the online call",
      "Check the venue has a hearing loop that works",
      "Plan breaks in the agenda (1 person asked)",
      "Check the venue has step-free access",
      "Reserve a parking space close to the door",
      "Tell the caterers about 1 dietary need",
      "Book travel for 2 people",
    ]);
  });

  it("has nothing to arrange when nobody needs anything", () => {
    expect(whatMustBeArranged([reply({}), reply({ mode: "ONLINE" })])).toEqual([]);
  });

  it("sums up needs with the shared words, counting room needs only for people in the room", () => {
    expect(
      meetingNeedsLines([
        reply({ meetingSupport: ["BSL_INTERPRETER"], physicalAccess: ["STEP_FREE"] }),
        reply({ mode: "ONLINE", meetingSupport: ["BSL_INTERPRETER"], physicalAccess: ["STEP_FREE"] }),
        reply({ mode: "APOLOGIES", meetingSupport: ["LIPSPEAKER"] }),
      ]),
    ).toEqual(["2 BSL interpreter", "1 step-free access"]);
  });
});
