// The chair moves the meeting on — starts it, moves to an item (everyone's page follows), starts and
// ends breaks, ends it — and names note-takers. The chair and officers see the queue: hands in
// order (access first), "I don't understand" counted per item, comments and break requests
// (issue 5, "The chair"). Anonymous entries never carry a name.
import { useState, type ReactNode } from "react";
import { formatClockTime } from "~/dates.ts";
import { Tag } from "~/components/page.tsx";
import { Hidden, SelectField } from "./plain-fields.tsx";
import { LiveForm, refusalOf, useLivePage } from "./live-form.tsx";
import type { LiveIntent } from "../client/form-events.ts";
import { capitalise, entryName, itemName } from "../client/live-words.ts";
import type { LiveEntry, QueueConfusion } from "../client/protocol.ts";
import { timeUsed } from "../client/time-used-in-words.ts";

/** One button that asks the server now; a refusal is said next to it. */
function ChairButton({
  intent,
  formId,
  fields = {},
  className = "govuk-button",
  current,
  focusAfter,
  children,
}: {
  intent: LiveIntent;
  formId: string;
  fields?: Record<string, string>;
  className?: string;
  /** Already done (the item now): the button stays, so focus stays on it, but does nothing. */
  current?: boolean;
  /** The heading to put focus on when pressing the button makes it go (a hand called). */
  focusAfter?: string;
  children: ReactNode;
}) {
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <LiveForm
      intent={intent}
      formId={formId}
      className="app-live-inline-form"
      onSent={(result) => {
        if (focusAfter) document.getElementById(focusAfter)?.focus();
        void refusalOf(result).then(setRefusal);
      }}
    >
      {() => (
        <>
          <Hidden fields={fields} />
          {refusal ? (
            <p className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {refusal}
            </p>
          ) : null}
          <button
            type="submit"
            className={`${className}${current ? " govuk-button--disabled" : ""}`}
            aria-disabled={current ? true : undefined}
            onClick={current ? (event) => event.preventDefault() : undefined}
          >
            {children}
          </button>
        </>
      )}
    </LiveForm>
  );
}

export function MeetingControls({ cancelled }: { cancelled: boolean }) {
  const { live } = useLivePage();
  const { state } = live.view.snapshot;
  const running = Boolean(state.liveStartedAt && !state.liveEndedAt);
  if (cancelled) return null;
  // One button first, whose job changes (start, break, end the break), so focus stays on it.
  const first: { intent: LiveIntent; label: string; secondary?: boolean } = !running
    ? { intent: "start", label: state.liveEndedAt ? "Start the meeting live again" : "Start the meeting live" }
    : state.onBreakSince
      ? { intent: "end-break", label: "End the break" }
      : { intent: "start-break", label: "Start a break", secondary: true };
  return (
    <section className="app-live-section app-live-controls" aria-labelledby="controls-heading">
      <h2 className="govuk-heading-m" id="controls-heading" tabIndex={-1}>
        Run the meeting
      </h2>
      {running ? null : (
        <p className="govuk-body">
          {state.liveEndedAt
            ? "The meeting has ended. If it was ended by mistake, start it again: the notes carry on."
            : "Start the meeting when everyone is ready. Everyone following it sees it start."}
        </p>
      )}
      <div className="govuk-button-group">
        <ChairButton intent={first.intent} formId={first.intent} className={`govuk-button${first.secondary ? " govuk-button--secondary" : ""}`}>
          {first.label}
        </ChairButton>
        {running ? (
          <ChairButton intent="end" formId="end" className="govuk-button govuk-button--warning" focusAfter="controls-heading">
            End the meeting
          </ChairButton>
        ) : null}
      </div>
    </section>
  );
}

function EntryLine({ entry, isCurrent, showTime, mayMove }: { entry: LiveEntry; isCurrent: boolean; showTime: boolean; mayMove: boolean }) {
  const { live } = useLivePage();
  const time = timeUsed(entry, { isCurrent, sinceReadMs: live.now - live.view.readAt });
  return (
    <li className={`app-live-entry${isCurrent ? " app-live-entry--current" : ""}`}>
      <span className="app-live-entry__title">
        {capitalise(entryName(entry))}
        {isCurrent ? (
          <>
            {" "}
            <Tag colour="green">Now</Tag>
          </>
        ) : null}
      </span>
      {showTime ? (
        <span className="govuk-body-s app-live-entry__time">
          {time.text}
          {time.overBy > 0 ? <span className="govuk-visually-hidden"> (over time)</span> : null}
        </span>
      ) : null}
      {mayMove ? (
        <ChairButton
          intent="set-item"
          formId={`set-item-${entry.entryId}`}
          fields={{ entryId: entry.entryId }}
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          current={isCurrent}
        >
          {isCurrent ? "This is the item now" : "Move to this item"}
          <span className="govuk-visually-hidden"> ({entryName(entry)})</span>
        </ChairButton>
      ) : null}
    </li>
  );
}

/** Every entry with "Now" marked in words; the chair also sees time used and moves the meeting on. */
export function AgendaProgress() {
  const { live } = useLivePage();
  const { state, me } = live.view.snapshot;
  const running = Boolean(state.liveStartedAt && !state.liveEndedAt);
  return (
    <section className="app-live-section" aria-labelledby="agenda-heading">
      <h2 className="govuk-heading-m" id="agenda-heading">
        Agenda
      </h2>
      {state.entries.length === 0 ? (
        <p className="govuk-body">There is nothing on the agenda yet.</p>
      ) : (
        <ol className="app-live-agenda">
          {state.entries.map((entry) => (
            <EntryLine
              key={entry.entryId}
              entry={entry}
              isCurrent={entry.entryId === state.currentEntryId && !state.onBreakSince}
              showTime={me.canChair && Boolean(state.liveStartedAt)}
              mayMove={me.canChair && running}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

const someone = (name: string | null) => name ?? "Someone (anonymous)";

function ConfusionLine({ confusion, mayMark }: { confusion: QueueConfusion; mayMark: boolean }) {
  const what = confusion.word ? `the word “${confusion.word}”` : "the whole item";
  return (
    <li>
      {someone(confusion.name)} does not understand {what}
      {mayMark ? (
        <ChairButton
          intent="mark-seen"
          formId={`seen-${confusion.id}`}
          fields={{ kind: "confusion", queueId: confusion.id }}
          focusAfter="confusions-heading"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-live-small-button"
        >
          Mark as seen
          <span className="govuk-visually-hidden">
            {" "}
            ({someone(confusion.name)}, {what})
          </span>
        </ChairButton>
      ) : null}
    </li>
  );
}

export function Queue() {
  const { live, timeZone } = useLivePage();
  const { queue, state, me } = live.view.snapshot;
  if (!queue) return null;
  const byItem = new Map<string, QueueConfusion[]>();
  for (const c of queue.confusions) {
    const key = c.itemId ?? "";
    byItem.set(key, [...(byItem.get(key) ?? []), c]);
  }
  const comments = queue.messages.filter((m) => m.kind === "COMMENT");
  const breaks = queue.messages.filter((m) => m.kind === "BREAK");
  return (
    <section className="app-live-section app-live-queue" aria-labelledby="queue-heading">
      <h2 className="govuk-heading-m" id="queue-heading">
        Queue
      </h2>
      <h3 className="govuk-heading-s" id="hands-heading" tabIndex={-1}>
        Hands up
      </h3>
      {queue.hands.length ? (
        <ol className="govuk-list govuk-list--number">
          {queue.hands.map((hand) => (
            <li key={hand.id}>
              {hand.name}
              {hand.aboutAccess ? (
                <>
                  {" "}
                  <Tag colour="purple">About access</Tag>
                </>
              ) : null}{" "}
              <span className="govuk-body-s">since {formatClockTime(new Date(hand.raisedAt), timeZone)}</span>
              {me.canChair ? (
                <ChairButton
                  intent="call-hand"
                  formId={`call-${hand.id}`}
                  fields={{ handId: hand.id }}
                  focusAfter="hands-heading"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-live-small-button"
                >
                  Call<span className="govuk-visually-hidden"> {hand.name} to speak</span>
                </ChairButton>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="govuk-body">No hands up.</p>
      )}

      <h3 className="govuk-heading-s" id="confusions-heading" tabIndex={-1}>
        "I don't understand"
      </h3>
      {byItem.size ? (
        [...byItem].map(([itemId, confusions]) => (
          <div key={itemId || "none"}>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              {capitalise(itemId ? itemName(state.entries, itemId) : "no item")}: {confusions.length} {confusions.length === 1 ? "time" : "times"}
            </p>
            <ul className="govuk-list">
              {confusions.map((c) => (
                <ConfusionLine key={c.id} confusion={c} mayMark={me.canSeeQueue} />
              ))}
            </ul>
          </div>
        ))
      ) : (
        <p className="govuk-body">Nobody has said they do not understand.</p>
      )}

      <h3 className="govuk-heading-s" id="comments-heading" tabIndex={-1}>
        Comments and questions
      </h3>
      {comments.length ? (
        <ul className="govuk-list">
          {comments.map((m) => (
            <li key={m.id}>
              <span className="govuk-!-font-weight-bold">{someone(m.name)}:</span> {m.text}
              <ChairButton
                intent="mark-seen"
                formId={`seen-${m.id}`}
                fields={{ kind: "message", queueId: m.id }}
                focusAfter="comments-heading"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-live-small-button"
              >
                Mark as seen<span className="govuk-visually-hidden"> (comment from {someone(m.name)})</span>
              </ChairButton>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No comments.</p>
      )}

      <h3 className="govuk-heading-s" id="breaks-heading" tabIndex={-1}>
        Break requests
      </h3>
      {breaks.length ? (
        <ul className="govuk-list">
          {breaks.map((m) => (
            <li key={m.id}>
              {someone(m.name)} asked for a break at {formatClockTime(new Date(m.createdAt), timeZone)}
              <ChairButton
                intent="mark-seen"
                formId={`seen-${m.id}`}
                fields={{ kind: "message", queueId: m.id }}
                focusAfter="breaks-heading"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-live-small-button"
              >
                Mark as seen<span className="govuk-visually-hidden"> (break request from {someone(m.name)})</span>
              </ChairButton>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">Nobody has asked for a break.</p>
      )}
    </section>
  );
}

export function NoteTakers() {
  const { live } = useLivePage();
  const { state, people } = live.view.snapshot;
  const named = new Set(state.noteTakers.map((n) => n.personId));
  const others = people.filter((p) => !named.has(p.personId) && p.personId !== live.view.snapshot.me.personId);
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <section className="app-live-section" aria-labelledby="note-takers-heading">
      <h2 className="govuk-heading-m" id="note-takers-heading" tabIndex={-1}>
        Note-takers
      </h2>
      <p className="govuk-body">The chair and the council officers can always take notes. You can name members to take notes too.</p>
      {state.noteTakers.length ? (
        <ul className="govuk-list">
          {state.noteTakers.map((n) => (
            <li key={n.personId}>
              {n.name}{" "}
              <ChairButton
                intent="note-taker"
                formId={`note-taker-${n.personId}`}
                fields={{ personId: n.personId, noteTaker: "false" }}
                focusAfter="note-takers-heading"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-live-small-button"
              >
                Stop<span className="govuk-visually-hidden"> {n.name}</span> taking notes
              </ChairButton>
            </li>
          ))}
        </ul>
      ) : null}
      {others.length ? (
        <LiveForm intent="note-taker" formId="note-taker" label="note-takers-heading" onSent={(result) => void refusalOf(result).then(setRefusal)}>
          {(errors) => (
            <>
              {refusal ? (
                <p className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {refusal}
                </p>
              ) : null}
              <Hidden fields={{ noteTaker: "true" }} />
              <SelectField
                id="note-taker-personId"
                name="personId"
                label="Name a note-taker"
                error={errors.personId}
                options={others.map((p) => ({ value: p.personId, label: p.name }))}
              />
              <button type="submit" className="govuk-button govuk-button--secondary">
                Name as note-taker
              </button>
            </>
          )}
        </LiveForm>
      ) : null}
    </section>
  );
}
