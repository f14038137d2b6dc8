// What organisers must arrange for a meeting, from the replies (issue 4, "Organisers see the
// totals and needs flagged, and a list of what must be arranged"). Pure and browser-safe.
import { summariseNeeds } from "../needs/needs-summary.ts";
import type { ReplyMode } from "./schema.ts";

export type ReplyForArranging = {
  mode: ReplyMode;
  meetingSupport: readonly string[];
  physicalAccess: readonly string[];
  dietaryNeeds: string;
  otherNeeds: string;
  travelNeeded: boolean;
};

type ReplyTotals = { inPerson: number; online: number; apologies: number; notReplied: number };

export function countReplies(replies: { mode: ReplyMode }[], invited: number): ReplyTotals {
  const count = (mode: ReplyMode) => replies.filter((r) => r.mode === mode).length;
  return { inPerson: count("IN_PERSON"), online: count("ONLINE"), apologies: count("APOLOGIES"), notReplied: Math.max(0, invited - replies.length) };
}

const attending = (r: ReplyForArranging) => r.mode !== "APOLOGIES";
const inTheRoom = (r: ReplyForArranging) => r.mode === "IN_PERSON";

/** The shared "flag" lines for the people coming. Papers formats belong to the papers feature. */
export function meetingNeedsLines(replies: ReplyForArranging[]): string[] {
  return summariseNeeds(
    replies.filter(attending).map((r) => ({
      paperFormat: "STANDARD",
      meetingSupport: r.meetingSupport,
      physicalAccess: inTheRoom(r) ? r.physicalAccess : [],
      dietaryNeeds: inTheRoom(r) ? r.dietaryNeeds : "",
    })),
  );
}

const people = (n: number) => (n === 1 ? "1 person" : `${n} people`);

/** One instruction per thing to book or check, in words, e.g. "Book a BSL interpreter". */
export function whatMustBeArranged(replies: ReplyForArranging[]): string[] {
  const coming = replies.filter(attending);
  const inRoom = coming.filter(inTheRoom);
  const needing = (group: ReplyForArranging[], code: string) => group.filter((r) => r.meetingSupport.includes(code) || r.physicalAccess.includes(code)).length;
  const online = coming.some((r) => r.mode === "ONLINE");
  const tasks: string[] = [];
  const book = (code: string, one: string, several: (n: number) => string) => {
    const n = needing(coming, code);
    if (n) tasks.push(n === 1 ? one : several(n));
  };

  book("BSL_INTERPRETER", "Book a BSL interpreter", (n) => `Book BSL interpreters for ${n} people`);
  book("LIPSPEAKER", "Book a lipspeaker", (n) => `Book lipspeakers for ${n} people`);
  book("DEAFBLIND_INTERPRETER", "Book a deafblind interpreter", (n) => `Book deafblind interpreters for ${n} people`);
  if (online && needing(coming.filter((r) => r.mode === "ONLINE"), "BSL_INTERPRETER") + needing(coming.filter((r) => r.mode === "ONLINE"), "LIPSPEAKER")) {
    tasks.push("Make sure interpreters and lipspeakers can be seen clearly on the online call");
  }
  if (needing(inRoom, "HEARING_LOOP")) tasks.push("Check the venue has a hearing loop that works");
  if (needing(coming.filter((r) => r.mode === "ONLINE"), "HEARING_LOOP")) tasks.push("Turn on captions for the online call");
  const supportWorkers = needing(coming, "SUPPORT_WORKER");
  if (supportWorkers) tasks.push(`Plan for ${people(supportWorkers)} bringing a support worker or personal assistant`);
  const moreTime = needing(coming, "MORE_TIME");
  if (moreTime) tasks.push(`Allow more time in the agenda (${people(moreTime)} asked)`);
  const breaks = needing(coming, "BREAKS");
  if (breaks) tasks.push(`Plan breaks in the agenda (${people(breaks)} asked)`);
  if (needing(inRoom, "QUIET_SPACE")) tasks.push("Arrange a quiet space at the venue");
  if (needing(inRoom, "STEP_FREE")) tasks.push("Check the venue has step-free access");
  if (needing(inRoom, "ACCESSIBLE_TOILET")) tasks.push("Check the venue has an accessible toilet");
  const parking = needing(inRoom, "PARKING");
  if (parking) tasks.push(parking === 1 ? "Reserve a parking space close to the door" : `Reserve ${parking} parking spaces close to the door`);
  const dietary = inRoom.filter((r) => r.dietaryNeeds.trim()).length;
  if (dietary) tasks.push(`Tell the caterers about ${dietary === 1 ? "1 dietary need" : `${dietary} dietary needs`}`);
  const travel = inRoom.filter((r) => r.travelNeeded).length;
  if (travel) tasks.push(`Book travel for ${people(travel)}`);
  const other = coming.filter((r) => r.otherNeeds.trim()).length;
  if (other) tasks.push(`Read what ${people(other)} wrote under "anything else", and arrange it`);
  return tasks;
}
