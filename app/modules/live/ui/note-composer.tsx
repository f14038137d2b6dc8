// "Add a note", for note-takers, under the current item. A note reaches everyone when it is added
// (Enter or the button), never keystroke by keystroke, so screen reader users can follow. While the
// writer types, the draft is saved privately and other note-takers see "Sam is writing under item
// 3" (issue 5, "Note-takers").
import { useState, type KeyboardEvent } from "react";
import { LiveForm, useLivePage } from "./live-form.tsx";
import { SelectField } from "./plain-fields.tsx";
import { capitalise, currentEntry, itemName, OUTSIDE_ITEMS } from "../client/live-words.ts";
import { NoteFields, noteValuesFrom, type NoteValues } from "./note-fields.tsx";
import type { NoteKind } from "../client/protocol.ts";

function WritingNow() {
  const { live } = useLivePage();
  const { typing, snapshot } = live.view;
  const text = typing.map((t) => `${t.name} is writing under ${itemName(snapshot.state.entries, t.itemId)}`).join(". ");
  return (
    <p className="govuk-body-s app-live-writing" role="status">
      {text ? `${text}.` : ""}
    </p>
  );
}

export function NoteComposer() {
  const { live, reply, formIds, hydrated } = useLivePage();
  const { snapshot } = live.view;
  const { state, me, people } = snapshot;
  const posted = reply?.formId === "composer" ? reply.values : null;
  const [initial] = useState<NoteValues>(() => noteValuesFrom(posted ?? (me.draft ? { ...me.draft } : {})));
  const [kind, setKind] = useState<NoteKind>(initial.kind);
  const [text, setText] = useState(initial.text);
  // The item follows the meeting until the writer picks another one.
  const [chosenItem, setChosenItem] = useState<string | null>(posted ? (posted.itemId ?? "") : me.draft ? (me.draft.itemId ?? "") : null);
  const current = currentEntry(state);
  const itemId = chosenItem ?? current?.itemId ?? "";
  const items = state.entries.filter((e) => e.kind === "ITEM" && e.itemId);

  const draftChanged = (next: { kind?: NoteKind; text?: string; itemId?: string }) => {
    live.typing({ itemId: (next.itemId ?? itemId) || null, kind: next.kind ?? kind, text: next.text ?? text });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter adds the note; Shift and Enter starts a new line. Not while an input method is composing.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  };

  return (
    <section className="app-live-section" aria-labelledby="composer-heading">
      <h2 className="govuk-heading-m" id="composer-heading">
        Add a note
      </h2>
      <WritingNow />
      <LiveForm
        intent="add-note"
        formId="composer"
        label="composer-heading"
        onSent={(_result, form) => {
          // Ready for the next note, with focus left where it is (the text box, after Enter); the
          // note just added shows "Saving…" in the notes below.
          setText("");
          setKind("POINT");
          form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[type=text], input[type=date], select[name=ownerId]").forEach((input) => {
            input.value = "";
          });
        }}
      >
        {(errors) => (
          <>
            <input type="hidden" name="id" value={formIds.note} />
            <SelectField
              id="composer-itemId"
              name="itemId"
              label="Under which item"
              error={errors.itemId}
              value={itemId}
              onChange={(event) => {
                setChosenItem(event.target.value);
                if (text.trim()) draftChanged({ itemId: event.target.value });
              }}
              options={[
                ...items.map((e) => ({ value: e.itemId!, label: capitalise(itemName(state.entries, e.itemId)) })),
                { value: "", label: capitalise(OUTSIDE_ITEMS) },
              ]}
            />
            <NoteFields
              formId="composer"
              values={initial}
              errors={errors}
              people={people}
              kind={kind}
              onKindChange={(next) => {
                setKind(next);
                if (text.trim()) draftChanged({ kind: next });
              }}
              text={text}
              onTextChange={(event) => {
                setText(event.target.value);
                draftChanged({ text: event.target.value });
              }}
              onTextKeyDown={hydrated ? onKeyDown : undefined}
              textLabel="The note"
              textHint={hydrated ? "Press Enter to add it. Press Shift and Enter for a new line." : undefined}
              showAll={!hydrated}
            />
            <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
              Add note
            </button>
          </>
        )}
      </LiveForm>
    </section>
  );
}
