// What everyone in the meeting can do, in the room or online: ask to speak (saying when it is about
// access, which goes first), say "I don't understand" about the item or a word, write to the chair,
// ask for a break, and catch up (issue 5, "Everyone in the meeting").
import { useState } from "react";
import type { DurableEvent, PendingEdit } from "../client/live-client.ts";
import { CheckField, Hidden, TextArea, TextField } from "./plain-fields.tsx";
import { LiveForm, useLivePage } from "./live-form.tsx";
import { catchUp } from "../client/catch-up.ts";
import { currentEntry, ordinal } from "../client/live-words.ts";

/** A word's answer, after "I don't understand" on it. */
export type WordAnswer = { word: string; explanation: string | null; suggested: boolean };

function wordAnswerText(answer: WordAnswer | null): string {
  if (!answer) return "";
  if (answer.explanation) return `${answer.word}: ${answer.explanation}`;
  if (answer.suggested) return `We have told the chair. "${answer.word}" has been suggested for the glossary.`;
  return "We have told the chair you do not understand this item.";
}

/** The person's latest send of one kind, for "Sending…", "Sent" or the reason it was refused. */
function useLatest(event: DurableEvent, match: (edit: PendingEdit) => boolean = () => true) {
  const { live } = useLivePage();
  const [key, setKey] = useState<string | null>(null);
  const edit = key ? live.view.edits.find((e) => e.key === key && e.event === event && match(e)) : undefined;
  return { key, setKey, edit, answer: key ? live.view.answers[key] : undefined };
}

function Outcome({ edit, done, id }: { edit?: PendingEdit; done: string | null; id: string }) {
  const text = edit?.status === "saving" ? "Sending…" : edit ? "" : (done ?? "");
  return (
    <>
      {edit && edit.status !== "saving" ? (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {edit.message ?? "That was not sent."}
        </p>
      ) : null}
      <p className="govuk-body app-live-outcome" role="status" id={id}>
        {text}
      </p>
    </>
  );
}

function AskToSpeak() {
  const { live } = useLivePage();
  const { hand } = live.view.snapshot.me;
  const raise = useLatest("raiseHand");
  // One form whose job changes, so the button keeps focus when the hand goes up or down.
  return (
    <section aria-labelledby="speak-heading" className="app-live-part">
      <h3 className="govuk-heading-s" id="speak-heading">
        Ask to speak
      </h3>
      <p className="govuk-body" role="status">
        {hand
          ? `You are ${ordinal(hand.place)} in the queue${hand.aboutAccess ? ". You said it is about access, so you are near the front" : ""}.`
          : raise.edit?.status === "saving"
            ? "Asking to speak…"
            : ""}
      </p>
      <LiveForm
        intent={hand ? "lower-hand" : "raise-hand"}
        formId={hand ? "lower-hand" : "hand"}
        onSent={(result, form) => {
          if (!hand) raise.setKey(result.edit?.key ?? null);
          form.reset();
        }}
      >
        {(_, posted) => (
          <>
            {hand ? null : <HiddenId name="hand" />}
            {hand ? null : (
              <CheckField
                id="hand-aboutAccess"
                name="aboutAccess"
                label="I need to speak soon, it is about access"
                hint="For example, I cannot hear, or I cannot see the screen"
                defaultChecked={posted.aboutAccess === "on"}
              />
            )}
            <button type="submit" className={`govuk-button${hand ? " govuk-button--secondary" : ""}`}>
              {hand ? "Put my hand down" : "Ask to speak"}
            </button>
          </>
        )}
      </LiveForm>
      {raise.edit && raise.edit.status !== "saving" ? <Outcome edit={raise.edit} done={null} id="hand-outcome" /> : null}
    </section>
  );
}

function HiddenId({ name }: { name: "hand" | "confused" | "message" | "break" }) {
  const { formIds } = useLivePage();
  return <Hidden fields={{ id: formIds[name] }} />;
}

function IDontUnderstand({ posted }: { posted: WordAnswer | null }) {
  const { live } = useLivePage();
  const { state } = live.view.snapshot;
  const latest = useLatest("confused");
  const [word, setWord] = useState<string | null>(null);
  const answer = latest.answer as { explanation?: string | null; suggested?: boolean } | undefined;
  const done = answer
    ? wordAnswerText({ word: word ?? "", explanation: answer.explanation ?? null, suggested: Boolean(answer.suggested) })
    : latest.key
      ? null
      : wordAnswerText(posted);
  const current = currentEntry(state);
  return (
    <section aria-labelledby="confused-heading" className="app-live-part">
      <h3 className="govuk-heading-s" id="confused-heading">
        I don't understand
      </h3>
      <LiveForm
        intent="confused"
        formId="confused"
        label="confused-heading"
        onSent={(result, form) => {
          latest.setKey(result.edit?.key ?? null);
          setWord(String(new FormData(form).get("word") ?? "").trim());
          form.reset();
        }}
      >
        {(errors, posted) => (
          <>
            <HiddenId name="confused" />
            <Hidden fields={{ itemId: current?.itemId ?? "" }} />
            <TextField
              id="confused-word"
              name="word"
              label="Which word? (optional)"
              hint="Leave this empty if it is the whole item you do not understand"
              error={errors.word}
              defaultValue={posted.word}
              width="20"
            />
            <CheckField
              id="confused-anonymous"
              name="anonymous"
              label="Do not show my name"
              hint="The chair will see that someone does not understand, but not who"
              defaultChecked={posted.anonymous === "on"}
            />
            <button type="submit" className="govuk-button govuk-button--secondary">
              I don't understand
            </button>
          </>
        )}
      </LiveForm>
      <Outcome edit={latest.edit} done={done} id="confused-outcome" />
    </section>
  );
}

function MessageTheChair() {
  const latest = useLatest("message", (e) => e.payload.kind === "COMMENT");
  return (
    <section aria-labelledby="message-heading" className="app-live-part">
      <h3 className="govuk-heading-s" id="message-heading">
        Send a comment or question to the chair
      </h3>
      <LiveForm intent="message" formId="message" label="message-heading" onSent={(result, form) => (latest.setKey(result.edit?.key ?? null), form.reset())}>
        {(errors, posted) => (
          <>
            <HiddenId name="message" />
            <TextArea
              id="message-text"
              name="text"
              label="Your comment or question"
              hint="For when it is easier to write than to speak"
              error={errors.text}
              defaultValue={posted.text}
              rows={3}
            />
            <CheckField id="message-anonymous" name="anonymous" label="Do not show my name" defaultChecked={posted.anonymous === "on"} />
            <button type="submit" className="govuk-button govuk-button--secondary">
              Send to the chair
            </button>
          </>
        )}
      </LiveForm>
      <Outcome edit={latest.edit} done={latest.key ? "Sent to the chair." : null} id="message-outcome" />
    </section>
  );
}

function AskForBreak() {
  const latest = useLatest("message", (e) => e.payload.kind === "BREAK");
  return (
    <section aria-labelledby="break-heading" className="app-live-part">
      <h3 className="govuk-heading-s" id="break-heading">
        Ask for a break
      </h3>
      <LiveForm intent="ask-for-break" formId="break" label="break-heading" onSent={(result, form) => (latest.setKey(result.edit?.key ?? null), form.reset())}>
        {(_, posted) => (
          <>
            <HiddenId name="break" />
            <CheckField id="break-anonymous" name="anonymous" label="Do not show my name" defaultChecked={posted.anonymous === "on"} />
            <button type="submit" className="govuk-button govuk-button--secondary">
              Ask for a break
            </button>
          </>
        )}
      </LiveForm>
      <Outcome edit={latest.edit} done={latest.key ? "The chair has been asked for a break." : null} id="break-outcome" />
    </section>
  );
}

/** A disclosure: opening it reveals the summary in place, without moving focus or the page. */
export function CatchMeUp() {
  const { live } = useLivePage();
  const { state, notes } = live.view.snapshot;
  const summary = catchUp(state, notes);
  return (
    <details className="govuk-details app-live-catch-up">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Catch me up</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">{summary.now}</p>
        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Decided so far</p>
        {summary.decided.length ? (
          <ul className="govuk-list govuk-list--bullet">
            {summary.decided.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">Nothing yet.</p>
        )}
        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">What happens next</p>
        {summary.nextSteps.length ? (
          <ul className="govuk-list govuk-list--bullet">
            {summary.nextSteps.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">No actions yet.</p>
        )}
        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">The last points</p>
        {summary.lastPoints.length ? (
          <ul className="govuk-list govuk-list--bullet">
            {summary.lastPoints.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body govuk-!-margin-bottom-0">No points yet.</p>
        )}
      </div>
    </details>
  );
}

export function TakePart({ wordAnswer, easy }: { wordAnswer: WordAnswer | null; easy?: boolean }) {
  return (
    <section className="app-live-section" aria-labelledby="take-part-heading">
      <h2 className="govuk-heading-m" id="take-part-heading">
        Take part
      </h2>
      <AskToSpeak />
      <IDontUnderstand posted={wordAnswer} />
      {easy ? null : (
        <>
          <MessageTheChair />
          <AskForBreak />
        </>
      )}
    </section>
  );
}
