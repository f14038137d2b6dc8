// A clear list of everything decided and every action so far, for everyone (issue 5: "decisions
// and actions as a clear list"; SCIL R5.8, transparency of decision making).
import { describeAction, itemName } from "../client/live-words.ts";
import type { LiveNote, LiveState } from "../client/protocol.ts";

export function DecisionsList({ state, notes, empty = "Nothing has been decided yet." }: { state: LiveState; notes: readonly LiveNote[]; empty?: string }) {
  const decisions = notes.filter((n) => n.kind === "DECISION");
  if (!decisions.length) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {decisions.map((n) => (
        <li key={n.id}>
          {n.text}
          {n.agreedBy ? ` (agreed by ${n.agreedBy})` : ""}
          <span className="app-live-under"> — {itemName(state.entries, n.itemId)}</span>
        </li>
      ))}
    </ul>
  );
}

export function ActionsList({ state, notes, empty = "No actions yet." }: { state: LiveState; notes: readonly LiveNote[]; empty?: string }) {
  const actions = notes.filter((n) => n.kind === "ACTION");
  if (!actions.length) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {actions.map((n) => (
        <li key={n.id}>
          {describeAction(n)}
          <span className="app-live-under"> — {itemName(state.entries, n.itemId)}</span>
        </li>
      ))}
    </ul>
  );
}

export function DecisionsAndActions({ state, notes }: { state: LiveState; notes: readonly LiveNote[] }) {
  return (
    <section className="app-live-section" aria-labelledby="decisions-heading">
      <h2 className="govuk-heading-m" id="decisions-heading">
        Decisions and actions
      </h2>
      <h3 className="govuk-heading-s">Decided</h3>
      <DecisionsList state={state} notes={notes} />
      <h3 className="govuk-heading-s">What happens next</h3>
      <ActionsList state={state} notes={notes} />
      <p className="govuk-body-s">After the meeting, these go into the draft minutes.</p>
    </section>
  );
}
