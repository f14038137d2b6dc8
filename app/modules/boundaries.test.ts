// Features own their tables (docs/architecture.md, "Features own their tables"): a module writes
// and reads only its own Prisma models, and reaches another feature's data through that feature's
// exported functions. This test reads every module's source for Prisma calls (`x.model.findMany(`)
// and raw SQL (`FROM "Model"`) and fails when a module touches a model it does not own.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const modulesDir = import.meta.dirname;

/** Who owns each table. A new model must be given an owner here. */
export const OWNERS: Record<string, string> = {
  Organisation: "organisations",
  Panel: "panels",
  Membership: "panels",
  TermsOfReferenceVersion: "panels",
  PanelInvitation: "invitations",
  Person: "people",
  PersonOrganisation: "people",
  SupporterConsent: "supporters",
  SignInToken: "auth",
  Session: "auth",
  RateLimitCounter: "auth",
  DisplayPreferences: "preferences",
  AuditEvent: "audit",
  CommunicationNeeds: "needs",
  GlossaryTerm: "glossary",
  GlossaryTermVersion: "glossary",
  Meeting: "meetings",
  CouncilDecisionDate: "agendas",
  MeetingReply: "meetings",
  Attendance: "meetings",
  AgendaItem: "agendas",
  PriorityVote: "agendas",
  AgendaEntry: "agendas",
  AgendaPublication: "agendas",
  Notification: "notifications",
  MeetingNoteTaker: "live",
  MeetingTimeline: "live",
  MeetingNote: "live",
  MeetingNoteVersion: "live",
  MeetingNoteDraft: "live",
  MeetingHand: "live",
  MeetingConfusion: "live",
  MeetingMessage: "live",
  LivePreferences: "live",
  Minutes: "minutes",
  MinutesVersion: "minutes",
  MinutesComment: "minutes",
};

/**
 * Crossings not yet moved behind the owner's functions (issue 11): file → models it touches.
 * This list only shrinks. Removing a crossing means deleting its line here too.
 */
const NOT_YET_MOVED: Record<string, string[]> = {
  "meetings/replies.server.ts": ["Person"],
};

/**
 * Single queries that join another feature's tables on purpose, because they run on every
 * request or every socket event and splitting them would multiply the round trips (measured:
 * the live access check would take three queries instead of one). Each file says why.
 */
const ONE_QUERY_ON_PURPOSE: Record<string, string[]> = {
  "auth/session.server.ts": ["Person"],
  "live/server/live-access.server.ts": ["Membership", "Person"],
};

const METHODS = "findMany|findFirst|findFirstOrThrow|findUnique|findUniqueOrThrow|create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany|count|aggregate|groupBy";
const byClientName = new Map(Object.keys(OWNERS).map((model) => [model.charAt(0).toLowerCase() + model.slice(1), model]));
const CALL = new RegExp(String.raw`\.([a-z][A-Za-z]*)\s*\.\s*(?:${METHODS})\s*\(`, "g");
const SQL = /\b(?:FROM|JOIN|INTO|UPDATE)\s+"([A-Z][A-Za-z]*)"/g;

function moduleFiles(): string[] {
  return readdirSync(modulesDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(modulesDir, path.join(entry.parentPath, entry.name)));
}

/** Every model each file touches, by Prisma call or raw SQL. */
export function tablesTouched(source: string): string[] {
  const models = new Set<string>();
  for (const match of source.matchAll(CALL)) {
    const model = byClientName.get(match[1]!);
    if (model) models.add(model);
  }
  for (const match of source.matchAll(SQL)) if (OWNERS[match[1]!]) models.add(match[1]!);
  return [...models].sort();
}

function crossings(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of moduleFiles()) {
    const feature = file.split(path.sep)[0]!;
    const foreign = tablesTouched(readFileSync(path.join(modulesDir, file), "utf8")).filter((model) => OWNERS[model] !== feature);
    if (foreign.length) found[file.split(path.sep).join("/")] = foreign;
  }
  return found;
}

describe("feature boundaries", () => {
  it("a module touches only the tables its feature owns (and the list of crossings not yet moved only shrinks)", () => {
    expect(crossings()).toEqual({ ...NOT_YET_MOVED, ...ONE_QUERY_ON_PURPOSE });
  });

  it("every model in the schema has an owner", () => {
    const schema = readFileSync(path.join(modulesDir, "../../prisma/schema.prisma"), "utf8");
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    expect(models.filter((model) => !OWNERS[model!])).toEqual([]);
  });

  it("finds Prisma calls through any client and raw SQL", () => {
    expect(tablesTouched("await tx.meetingNote.update({ where })")).toEqual(["MeetingNote"]);
    expect(tablesTouched("db()\n  .membership\n  .findMany({})")).toEqual(["Membership"]);
    expect(tablesTouched('db().$queryRaw`SELECT 1 FROM "Meeting" m JOIN "Membership" x`')).toEqual(["Meeting", "Membership"]);
    expect(tablesTouched("const person = people.find(x)")).toEqual([]);
  });
});
