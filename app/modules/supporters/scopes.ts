// What a member may let a supporter do for them, and who the supporter is to them (issue 4:
// "who maintains control – carer, cared for or social worker?"). The codes are stored in
// SupporterConsent.scopes and .relationship. Browser-safe: forms and pages import these.

export const SCOPES = ["REPLY", "PAPERS", "PROPOSE", "PRIORITISE", "EXPENSES"] as const;
export type Scope = (typeof SCOPES)[number];

/** In the member's words: what they let the supporter do for them. */
export const scopeLabels: Record<Scope, string> = {
  REPLY: "Reply to meeting invitations for me",
  PAPERS: "Read my meeting papers and agendas",
  PROPOSE: "Suggest agenda items for me",
  PRIORITISE: "Choose my most important agenda items",
  EXPENSES: "Claim my pay and expenses — coming later",
};

export const scopeHints: Record<Scope, string> = {
  REPLY: "Say whether you will come in person, join online or send apologies. They do not see your communication needs.",
  PAPERS: "See the details of your meetings and the published agendas.",
  PROPOSE: "Put forward items for the panel to talk about, in your name.",
  PRIORITISE: "Give your three most important items their points before a meeting.",
  EXPENSES: "Panel cannot do this yet. If you allow it now, they will be able to when it can.",
};

/** The supporter's side: what the member has let them do, in their words. */
export const scopeLabelsForSupporter: Record<Scope, string> = {
  REPLY: "Reply to meeting invitations",
  PAPERS: "Read meeting papers and agendas",
  PROPOSE: "Suggest agenda items",
  PRIORITISE: "Choose the most important agenda items",
  EXPENSES: "Claim pay and expenses (coming later)",
};

/** The scopes that concern a member's meetings: any of them lets the supporter see the meetings. */
export const MEETING_SCOPES = ["REPLY", "PAPERS", "PRIORITISE"] as const satisfies readonly Scope[];

export const RELATIONSHIPS = ["PERSONAL_ASSISTANT", "FAMILY", "ADVOCATE", "ULO_WORKER", "FRIEND", "OTHER"] as const;
type Relationship = (typeof RELATIONSHIPS)[number];

export const relationshipLabels: Record<Relationship, string> = {
  PERSONAL_ASSISTANT: "Personal assistant",
  FAMILY: "Family member",
  ADVOCATE: "Advocate",
  ULO_WORKER: "Worker from a user led organisation",
  FRIEND: "Friend",
  OTHER: "Someone else",
};

/** The stored codes, in the form's order, dropping any code no longer known. */
export function toScopes(codes: readonly string[]): Scope[] {
  return SCOPES.filter((scope) => codes.includes(scope));
}

export function relationshipLabel(code: string): string {
  return (relationshipLabels as Record<string, string>)[code] ?? relationshipLabels.OTHER;
}
