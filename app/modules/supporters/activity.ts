// One thing a supporter did for a member, in the member's words: "Lee Ellis replied to 'March
// meeting' for you (coming in person) on Wednesday 3 March 2027".

export type DoneForYou = {
  action: string;
  actorName: string;
  /** The day it was done, already in words. */
  on: string;
  meetingTitle: string | null;
  itemTitle: string | null;
  /** For a reply: IN_PERSON, ONLINE or APOLOGIES. */
  mode: string | null;
};

const replyWords: Record<string, string> = {
  IN_PERSON: "coming in person",
  ONLINE: "joining online",
  APOLOGIES: "sending apologies",
};

const quoted = (title: string | null, otherwise: string) => (title ? `'${title}'` : otherwise);

export function describeDoneForYou(done: DoneForYou): string {
  const who = done.actorName;
  const meeting = quoted(done.meetingTitle, "a meeting");
  switch (done.action) {
    case "meeting.replied": {
      const how = done.mode && replyWords[done.mode] ? ` (${replyWords[done.mode]})` : "";
      return `${who} replied to ${meeting} for you${how} on ${done.on}`;
    }
    case "agenda-item.proposed":
      return `${who} suggested the agenda item ${quoted(done.itemTitle, "an item")} for you on ${done.on}`;
    case "priorities.saved":
      return `${who} chose your most important items for ${meeting} on ${done.on}`;
    default:
      return `${who} did something for you on ${done.on} (${done.action})`;
  }
}
