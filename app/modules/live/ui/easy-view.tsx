// The easy view: just the item now, what has been decided and what happens next, in large type,
// with no stream of notes to scroll — and still a way to ask to speak or say "I don't understand"
// (issue 5, "Easy view").
import { useLivePage } from "./live-form.tsx";
import { ActionsList, DecisionsList } from "./decisions-actions.tsx";
import { NowPanel } from "./live-header.tsx";
import { TakePart, type WordAnswer } from "./take-part.tsx";

export function EasyView({ wordAnswer }: { wordAnswer: WordAnswer | null }) {
  const { live } = useLivePage();
  const { state, notes } = live.view.snapshot;
  const running = Boolean(state.liveStartedAt && !state.liveEndedAt);
  return (
    <div className="app-live-easy">
      <NowPanel />
      <section className="app-live-section" aria-labelledby="easy-decided-heading">
        <h2 className="govuk-heading-m" id="easy-decided-heading">
          What has been decided
        </h2>
        <DecisionsList state={state} notes={notes} />
      </section>
      <section className="app-live-section" aria-labelledby="easy-next-heading">
        <h2 className="govuk-heading-m" id="easy-next-heading">
          What happens next
        </h2>
        <ActionsList state={state} notes={notes} empty="Nothing yet." />
      </section>
      {running ? <TakePart wordAnswer={wordAnswer} easy /> : null}
    </div>
  );
}
