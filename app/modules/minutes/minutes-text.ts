// The draft minutes as plain text, written from what was stored during the meeting (issue 5, "After
// the meeting": "one click builds a draft with attendance from the meeting feature, decisions,
// actions and the time each item took"), and read back into headings and lists for the page.
// Plain text so it can be edited in a textarea, posted, printed in large print or read out.
// Browser-safe: no server code.
import type { NoteKind } from "../live/client/protocol.ts";

export type MinutesNote = {
  kind: NoteKind;
  text: string;
  agreedBy: string;
  ownerName: string;
  /** The due date in words ("Friday 4 December 2026"), or null. */
  due: string | null;
  recommendations: string[];
};

type MinutesItem = {
  number: number;
  title: string;
  /** Whole minutes the item was current in the meeting; null when it never was. */
  minutesUsed: number | null;
  minutesPlanned: number;
  notes: MinutesNote[];
};

export type MinutesSource = {
  panelName: string;
  meetingTitle: string;
  /** "Wednesday 17 March 2027, 2pm to 4pm" */
  when: string;
  present: { inRoom: string[]; online: string[] };
  apologies: string[];
  items: MinutesItem[];
  /** Notes written outside any agenda item. */
  outside: MinutesNote[];
};

/** The headings the text uses, so the page can show them as headings. */
const MINUTES_HEADINGS = {
  present: "Present",
  apologies: "Sent apologies",
  outside: "Notes outside the agenda",
} as const;

const KIND_HEADINGS: Record<NoteKind, string> = {
  POINT: "Points made",
  DECISION: "Decisions",
  ACTION: "Actions",
  QUESTION: "Questions to come back to",
};

const KIND_ORDER: NoteKind[] = ["POINT", "DECISION", "ACTION", "QUESTION"];

function minutesInWords(n: number): string {
  return `${n} minute${n === 1 ? "" : "s"}`;
}

/** "Time: 20 minutes (15 planned)" */
export function describeTimeUsed(minutesUsed: number | null, minutesPlanned: number): string {
  const used = minutesUsed === null ? "not recorded" : minutesInWords(minutesUsed);
  return `Time: ${used} (${minutesPlanned} planned)`;
}

/** Ends a sentence once: "Agreed" → "Agreed.", "Agreed?" stays. */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s*\n\s*/g, " ");
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** One note as a line of the minutes, with what its kind needs said about it. */
export function describeNote(note: MinutesNote): string {
  return `- ${noteInWords(note)}`;
}

/** A note in sentences: "Send the words. Owner: Priya Shah. Due: Friday 4 December 2026." */
export function noteInWords(note: MinutesNote): string {
  const parts = [sentence(note.text)];
  if (note.kind === "DECISION" && note.agreedBy.trim()) parts.push(`Agreed by: ${sentence(note.agreedBy)}`);
  if (note.kind === "ACTION") {
    parts.push(`Owner: ${sentence(note.ownerName.trim() || "not named")}`);
    parts.push(`Due: ${note.due ? sentence(note.due) : "no date set."}`);
  }
  if (note.recommendations.length) parts.push(`Recommendations: ${note.recommendations.join(", ")}.`);
  return parts.join(" ");
}

function notesByKind(notes: MinutesNote[]): string[] {
  return KIND_ORDER.flatMap((kind) => {
    const ofKind = notes.filter((note) => note.kind === kind);
    return ofKind.length ? [[KIND_HEADINGS[kind], ...ofKind.map(describeNote)].join("\n")] : [];
  });
}

/** The whole draft: blocks separated by blank lines, each with its heading on the first line. */
export function writeMinutesText(source: MinutesSource): string {
  const blocks: string[] = [`Minutes of ${source.meetingTitle}`, `${source.panelName}\n${source.when}`];
  const { inRoom, online } = source.present;
  const present = [inRoom.length ? `In the room: ${inRoom.join(", ")}` : "", online.length ? `Online: ${online.join(", ")}` : ""].filter(Boolean);
  blocks.push([MINUTES_HEADINGS.present, ...(present.length ? present : ["Attendance was not recorded."])].join("\n"));
  if (source.apologies.length) blocks.push(`${MINUTES_HEADINGS.apologies}\n${source.apologies.join(", ")}`);
  for (const item of source.items) {
    blocks.push(`${item.number}. ${item.title}\n${describeTimeUsed(item.minutesUsed, item.minutesPlanned)}`);
    const written = notesByKind(item.notes);
    blocks.push(...(written.length ? written : ["No notes were written under this item."]));
  }
  blocks.push(MINUTES_HEADINGS.outside);
  const outside = notesByKind(source.outside);
  blocks.push(...(outside.length ? outside : ["None."]));
  return blocks.join("\n\n") + "\n";
}

// ----- Reading the text back for the page -----

type MinutesBlock =
  | { kind: "heading"; level: 2 | 3; text: string }
  | { kind: "paragraph"; lines: string[] }
  | { kind: "list"; items: string[] };

const SECTION_HEADINGS = new Set<string>(Object.values(MINUTES_HEADINGS));
const NOTE_HEADINGS = new Set<string>(Object.values(KIND_HEADINGS));
const ITEM_HEADING = /^\d{1,3}\.\s+\S/;

function headingLevel(line: string): 2 | 3 | null {
  if (SECTION_HEADINGS.has(line) || ITEM_HEADING.test(line)) return 2;
  if (NOTE_HEADINGS.has(line)) return 3;
  return null;
}

/**
 * The text as headings, lists and paragraphs, so people using screen readers can move by heading
 * and list. The minutes are edited by hand, so anything unrecognised is simply a paragraph.
 */
export function readMinutesText(text: string): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").map((line) => line.trim()).filter(Boolean);
    if (!lines.length) continue;
    const level = headingLevel(lines[0]!);
    if (level) {
      blocks.push({ kind: "heading", level, text: lines.shift()! });
      if (!lines.length) continue;
    }
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: "paragraph", lines: paragraph });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length) blocks.push({ kind: "list", items: list });
      list = [];
    };
    for (const line of lines) {
      if (/^[-*•]\s+/.test(line)) {
        flushParagraph();
        list.push(line.replace(/^[-*•]\s+/, ""));
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
