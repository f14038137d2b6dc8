// The fields of the schedule and edit forms. Dates are GOV.UK date inputs and times are typed as
// "2pm" or "14:00" (read in app/dates.ts), in the panel's time zone.
import type { FieldMetadata } from "@conform-to/react";
import { useEffect } from "react";
import { DateInput } from "~/components/date-input.tsx";
import { Textarea, TextInput } from "~/components/fields.tsx";
import { addDaysToDate, DATE_PARTS, datePartsOf, readDateParts, TIME_HINT } from "~/dates.ts";
import { DECISION_ROWS } from "./schema.ts";

type Fields = Record<string, FieldMetadata<unknown>>;

function zoneInWords(timeZone: string): string {
  return timeZone === "Europe/London" ? "UK time" : `${timeZone} time`;
}

/**
 * With JavaScript, the papers deadline follows the meeting date (the panel's usual days before)
 * until the organiser types their own. Without it, a blank deadline gets the same default on the server.
 */
function usePapersDeadlineFollowsDate(dateId: string, deadlineId: string, days: number) {
  useEffect(() => {
    const boxes = (id: string) => DATE_PARTS.map((part) => document.getElementById(`${id}-${part}`) as HTMLInputElement | null);
    const date = boxes(dateId);
    const deadline = boxes(deadlineId);
    if ([...date, ...deadline].some((box) => !box)) return;
    const valueOf = (inputs: (HTMLInputElement | null)[]) => ({ day: inputs[0]!.value, month: inputs[1]!.value, year: inputs[2]!.value });
    const blank = () => deadline.every((box) => box!.value === "");
    let automatic = blank();
    const follow = () => {
      const read = readDateParts(valueOf(date));
      if (!automatic || read.kind !== "date") return;
      const parts = datePartsOf(addDaysToDate(read.date, -days));
      DATE_PARTS.forEach((part, index) => (deadline[index]!.value = parts[part]));
    };
    const typed = () => {
      automatic = blank();
    };
    for (const box of date) box!.addEventListener("change", follow);
    for (const box of deadline) box!.addEventListener("input", typed);
    return () => {
      for (const box of date) box!.removeEventListener("change", follow);
      for (const box of deadline) box!.removeEventListener("input", typed);
    };
  }, [dateId, deadlineId, days]);
}

export function MeetingFields({ fields, timeZone, papersDeadlineDays }: { fields: Fields; timeZone: string; papersDeadlineDays: number }) {
  const f = (name: string) => fields[name]!;
  usePapersDeadlineFollowsDate(f("date-day").id.replace(/-day$/, ""), f("papersDeadlineDate-day").id.replace(/-day$/, ""), papersDeadlineDays);
  const zone = zoneInWords(timeZone);
  return (
    <>
      <TextInput field={f("title")} label="Title" hint="For example, Panel meeting: March 2027" />

      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="meeting-when-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">When</legend>
          <div id="meeting-when-hint" className="govuk-hint">
            Times are in {zone}.
          </div>
          <DateInput fields={fields} name="date" legend="Date of the meeting" />
          <TextInput field={f("startTime")} label="Start time" hint={TIME_HINT} width="5" />
          <TextInput field={f("endTime")} label="End time" hint="For example, 4pm or 16:00" width="5" />
        </fieldset>
      </div>

      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="meeting-where-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Where</legend>
          <div id="meeting-where-hint" className="govuk-hint">
            Give a venue, an online joining link, or both.
          </div>
          <TextInput field={f("venueName")} label="Venue name" hint="For example, Civic Centre, Committee Room 2" />
          <Textarea field={f("venueAddress")} label="Venue address" rows={3} />
          <Textarea
            field={f("venueAccess")}
            label="Access information"
            hint="For example: step-free entrance, hearing loop, accessible toilets, parking, the nearest bus stop"
            rows={4}
          />
          <TextInput field={f("onlineLink")} label="Online joining link" hint="A web address starting with https://" type="url" spellCheck={false} />
        </fieldset>
      </div>

      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="meeting-decisions-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Council decisions the items must feed into</legend>
          <div id="meeting-decisions-hint" className="govuk-hint">
            Up to {DECISION_ROWS.length}, for example &ldquo;Cabinet decides the day services budget&rdquo;. Leave rows blank if there are fewer.
          </div>
          {DECISION_ROWS.map((n) => (
            <div key={n}>
              <TextInput field={f(`decision${n}Title`)} label={`Decision ${n}`} />
              <DateInput fields={fields} name={`decision${n}Date`} legend={`Date of decision ${n}`} />
            </div>
          ))}
        </fieldset>
      </div>

      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="meeting-papers-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Papers deadline</legend>
          <div id="meeting-papers-hint" className="govuk-hint">
            Papers are due {papersDeadlineDays} days before the meeting unless you change this. Leave the date blank to use that.
          </div>
          <DateInput fields={fields} name="papersDeadlineDate" legend="Date papers are due" />
          <TextInput field={f("papersDeadlineTime")} label="Time papers are due" hint={TIME_HINT} width="5" />
        </fieldset>
      </div>
    </>
  );
}
