import { describe, expect, it } from "vitest";
import { describeDoneForYou } from "./activity.ts";

const base = { actorName: "Lee Ellis", on: "Wednesday 3 March 2027", meetingTitle: "March meeting", itemTitle: null, mode: null };

describe("what a supporter did, in the member's words", () => {
  it("says who replied to which meeting, how, and when", () => {
    expect(describeDoneForYou({ ...base, action: "meeting.replied", mode: "IN_PERSON" })).toBe(
      "Lee Ellis replied to 'March meeting' for you (coming in person) on Wednesday 3 March 2027",
    );
    expect(describeDoneForYou({ ...base, action: "meeting.replied", mode: "APOLOGIES" })).toContain("(sending apologies)");
  });

  it("names the item suggested and the meeting prioritised", () => {
    expect(describeDoneForYou({ ...base, action: "agenda-item.proposed", itemTitle: "Bus passes" })).toBe(
      "Lee Ellis suggested the agenda item 'Bus passes' for you on Wednesday 3 March 2027",
    );
    expect(describeDoneForYou({ ...base, action: "priorities.saved" })).toBe(
      "Lee Ellis chose your most important items for 'March meeting' on Wednesday 3 March 2027",
    );
  });

  it("still says something plain when the meeting has gone or the action is new", () => {
    expect(describeDoneForYou({ ...base, action: "priorities.saved", meetingTitle: null })).toContain("for a meeting");
    expect(describeDoneForYou({ ...base, action: "expenses.claimed" })).toBe("Lee Ellis did something for you on Wednesday 3 March 2027 (expenses.claimed)");
  });
});
