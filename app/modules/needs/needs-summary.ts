// The "flag" step: what staff must arrange for a group of people, summed up in one line each,
// e.g. "4 large print: 2 at 18pt, 2 at 24pt", "1 Braille grade 2", "1 BSL interpreter".
// A plain function of the records, so any feature (attendee lists, mailings, paper packs, room
// bookings) shows the same words.
import {
  meetingSupportLabels,
  paperFormatLabels,
  physicalAccessLabels,
  type MeetingSupportCode,
  type PaperFormatCode,
  type PhysicalAccessCode,
} from "./codes.ts";

export type NeedsForSummary = {
  paperFormat: PaperFormatCode;
  largePrintPointSize?: number | null;
  brailleGrade?: number | null;
  language?: string;
  meetingSupport: readonly string[];
  physicalAccess: readonly string[];
  dietaryNeeds?: string;
};

function countBy<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function details(counts: Map<string, number>): string {
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([what, n]) => `${n} ${what}`)
    .join(", ");
}

const formatDetail: Partial<Record<PaperFormatCode, (p: NeedsForSummary) => string>> = {
  LARGE_PRINT: (p) => (p.largePrintPointSize ? `at ${p.largePrintPointSize}pt` : "(size not given)"),
  BRAILLE: (p) => (p.brailleGrade ? `grade ${p.brailleGrade}` : "(grade not given)"),
  OTHER_LANGUAGE: (p) => (p.language?.trim() ? `in ${p.language.trim()}` : "(language not given)"),
};

/** One line per need that applies, most common first; nothing for standard print. */
export function summariseNeeds(people: NeedsForSummary[]): string[] {
  const lines: { count: number; text: string }[] = [];
  const byFormat = new Map<PaperFormatCode, NeedsForSummary[]>();
  for (const person of people) byFormat.set(person.paperFormat, [...(byFormat.get(person.paperFormat) ?? []), person]);

  for (const [format, group] of byFormat) {
    if (format === "STANDARD") continue;
    const label = format === "BRAILLE" ? "Braille" : paperFormatLabels[format].toLowerCase();
    const detailOf = formatDetail[format];
    const counts = detailOf ? countBy(group.map(detailOf)) : new Map<string, number>();
    // "3 large print at 18pt" when they all need the same; "4 large print: 2 at 18pt, 2 at 24pt" when not.
    const text =
      counts.size === 0
        ? `${group.length} ${label}`
        : counts.size === 1
          ? `${group.length} ${label} ${[...counts.keys()][0]}`
          : `${group.length} ${label}: ${details(counts)}`;
    lines.push({ count: group.length, text });
  }

  const support = countBy(people.flatMap((p) => p.meetingSupport));
  for (const [code, n] of support) {
    const label = meetingSupportLabels[code as MeetingSupportCode];
    if (label) lines.push({ count: n, text: `${n} ${label}` });
  }
  const access = countBy(people.flatMap((p) => p.physicalAccess));
  for (const [code, n] of access) {
    const label = physicalAccessLabels[code as PhysicalAccessCode];
    if (label) lines.push({ count: n, text: `${n} ${label.charAt(0).toLowerCase()}${label.slice(1)}` });
  }
  const dietary = people.filter((p) => p.dietaryNeeds?.trim()).length;
  if (dietary) lines.push({ count: dietary, text: `${dietary} with dietary needs` });

  return lines.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).map((l) => l.text);
}
