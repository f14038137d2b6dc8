// The agenda item forms and the priorities form: one schema each, used by the browser (Conform)
// and the server (issue 4, "Agendas set together").
import { z } from "zod";
import { checkDateInput, dateInputFields } from "../../dates.ts";

const TITLE_MAX_LENGTH = 120;
const TEXT_MAX_LENGTH = 2000;
const MINUTES_MIN = 5;
const MINUTES_MAX = 120;
export const DEFAULT_MINUTES = 15;

export const AGENDA_ITEM_TYPES = ["DECISION", "DISCUSSION", "INFORMATION", "REPORT_BACK"] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_TYPES)[number];

export const agendaItemTypeLabels: Record<AgendaItemKind, string> = {
  DECISION: "For decision",
  DISCUSSION: "For discussion",
  INFORMATION: "For information",
  REPORT_BACK: "Report back on recommendations",
};

export const agendaItemTypeHints: Record<AgendaItemKind, string> = {
  DECISION: "The panel is asked to agree something",
  DISCUSSION: "The panel talks it through and shares views",
  INFORMATION: "Someone tells the panel about something; no decision is needed",
  REPORT_BACK: "The council says what has happened to the panel's recommendations",
};

/** A proposal need not say what kind of item it is: most members' items are talked through. */
const DEFAULT_ITEM_TYPE: AgendaItemKind = "DISCUSSION";
export const agendaItemTypeOptional = `If you do not choose, it will be ${agendaItemTypeLabels[DEFAULT_ITEM_TYPE].toLowerCase()}.`;

export const proposedAsLabels = {
  MEMBER: "Proposed by a member",
  OFFICER: "Proposed by an officer",
} as const;
export type ProposedAs = keyof typeof proposedAsLabels;

/** The three places on the priorities form, most important first, with their points. */
export const PRIORITY_PLACES = [
  { name: "points3", weight: 3, label: "Most important (3 points)" },
  { name: "points2", weight: 2, label: "Second (2 points)" },
  { name: "points1", weight: 1, label: "Third (1 point)" },
] as const;

const RECOMMENDATION_PATTERN = /^R\d{1,2}\.\d{1,2}$/i;

/** "R4.1, r13.3 R2.2" → ["R4.1", "R13.3", "R2.2"]; the first bad one is returned as an error. */
function parseRecommendations(text: string): { ok: true; numbers: string[] } | { ok: false; message: string } {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  const numbers: string[] = [];
  for (const part of parts) {
    if (!RECOMMENDATION_PATTERN.test(part)) return { ok: false, message: `${part} is not a recommendation number. Use the form R6.4` };
    const number = part.toUpperCase();
    if (!numbers.includes(number)) numbers.push(number);
  }
  return { ok: true, numbers };
}

/** Today in the panel's country, as a date field writes it. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).optional();

/** The raw fields, for Conform's constraints (it cannot read through a transform). */
export const agendaItemFields = z.object({
  title: z
    .string({ error: "Enter a title for the item" })
    .trim()
    .min(1, "Enter a title for the item")
    .max(TITLE_MAX_LENGTH, `The title must be ${TITLE_MAX_LENGTH} characters or fewer`),
  about: z
    .string({ error: "Enter what the item is about" })
    .trim()
    .min(1, "Enter what the item is about")
    .max(TEXT_MAX_LENGTH, "What it is about must be 2,000 characters or fewer"),
  whyItMatters: optionalText(TEXT_MAX_LENGTH, "Why it matters must be 2,000 characters or fewer"),
  // Optional (issue 10): the short proposal form folds these away; the defaults are used instead.
  type: z.enum(AGENDA_ITEM_TYPES, { error: "Choose what kind of item this is" }).optional(),
  presenter: optionalText(200, "Who should present must be 200 characters or fewer"),
  minutesNeeded: z.string({ error: "Enter the time needed in minutes, between 5 and 120" }).optional(),
  relatedRecommendations: optionalText(500, "Related recommendations must be 500 characters or fewer"),
  councilDecision: optionalText(TEXT_MAX_LENGTH, "The council decision must be 2,000 characters or fewer"),
  // A GOV.UK date input: councilDecisionDate-day, -month and -year.
  ...dateInputFields("councilDecisionDate"),
});

export type AgendaItemInput = {
  title: string;
  about: string;
  whyItMatters: string;
  type: AgendaItemKind;
  presenter: string;
  minutesNeeded: number;
  relatedRecommendations: string[];
  councilDecision: string;
  councilDecisionDate: string | null;
};

export const agendaItemSchema = agendaItemFields.transform((raw, ctx): AgendaItemInput => {
  const problem = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
  const typed = raw.minutesNeeded?.trim() ?? "";
  const minutes = typed === "" ? DEFAULT_MINUTES : /^\d{1,3}$/.test(typed) ? Number(typed) : NaN;
  if (!(minutes >= MINUTES_MIN && minutes <= MINUTES_MAX)) problem("minutesNeeded", "Enter the time needed in minutes, between 5 and 120");
  const recommendations = parseRecommendations(raw.relatedRecommendations ?? "");
  if (!recommendations.ok) problem("relatedRecommendations", recommendations.message);
  const read = checkDateInput(raw, "councilDecisionDate", "Date of that decision", problem);
  const date = read.kind === "date" ? read.date : null;
  if (date && date <= today()) problem("councilDecisionDate-day", "The date of the council decision must be in the future");
  return {
    title: raw.title,
    about: raw.about,
    whyItMatters: raw.whyItMatters ?? "",
    type: raw.type ?? DEFAULT_ITEM_TYPE,
    presenter: raw.presenter ?? "",
    minutesNeeded: minutes,
    relatedRecommendations: recommendations.ok ? recommendations.numbers : [],
    councilDecision: raw.councilDecision ?? "",
    councilDecisionDate: date,
  };
});

export const PRIORITISING_CLOSED = "Prioritising for this meeting has closed";

/** A place on the form and the item put there. */
export type PriorityChoice = { weight: number; itemId: string };

/** Every "points<N>" field posted, so a forged place (points4) is refused rather than ignored. */
export function postedPriorityChoices(formData: FormData): PriorityChoice[] {
  return [...formData.entries()].flatMap(([name, value]) => {
    const match = /^points(-?\d+)$/.exec(name);
    return match && typeof value === "string" && value ? [{ weight: Number(match[1]), itemId: value }] : [];
  });
}

/** Each place holds an item id or nothing ("No choice"); the server checks the ids. */
export const prioritiesSchema = z
  .object({ points3: z.string().optional(), points2: z.string().optional(), points1: z.string().optional() })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    for (const place of PRIORITY_PLACES) {
      const itemId = value[place.name];
      if (!itemId) continue;
      if (seen.has(itemId)) ctx.addIssue({ code: "custom", path: [place.name], message: "Choose a different item for each place" });
      seen.add(itemId);
    }
  });
