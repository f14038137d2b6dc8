// The fields of the schedule and edit forms. Dates and times are native date and time inputs
// (the browser's own accessible pickers), typed in the panel's time zone.
import type { FieldMetadata } from "@conform-to/react";
import { useEffect } from "react";
import { Textarea, TextInput } from "~/components/fields.tsx";
import { addDaysToDate } from "~/dates.ts";
import { DECISION_ROWS, normaliseDate } from "./schema.ts";

type Fields = Record<string, FieldMetadata<unknown>>;

export function zoneInWords(timeZone: string): string {
  return timeZone === "Europe/London" ? "UK time" : `${timeZone} time`;
}

/**
 * With JavaScript, the papers deadline follows the meeting date (the panel's usual days before)
 * until the organiser types their own. Without it, a blank deadline gets the same default on the server.
 */
function usePapersDeadlineFollowsDate(dateId: string, deadlineId: string, days: number) {
  useEffect(() => {
    const date = document.getElementById(dateId) as HTMLInputElement | null;
    const deadline = document.getElementById(deadlineId) as HTMLInputElement | null;
    if (!date || !deadline) return;
    let automatic = deadline.value === "";
    const follow = () => {
      const meetingDate = normaliseDate(date.value);
      if (automatic && meetingDate) deadline.value = addDaysToDate(meetingDate, -days);
    };
    const typed = () => {
      automatic = deadline.value === "";
    };
    date.addEventListener("change", follow);
    deadline.addEventListener("input", typed);
    return () => {
      date.removeEventListener("change", follow);
      deadline.removeEventListener("input", typed);
    };
  }, [dateId, deadlineId, days]);
}

export function MeetingFields({ fields, timeZone, papersDeadlineDays }: { fields: Fields; timeZone: string; papersDeadlineDays: number }) {
  const f = (name: string) => fields[name]!;
  usePapersDeadlineFollowsDate(f("date").id, f("papersDeadlineDate").id, papersDeadlineDays);
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
          <TextInput field={f("date")} label="Date" type="date" width="10" />
          <TextInput field={f("startTime")} label="Start time" hint="For example, 14:00" type="time" width="10" />
          <TextInput field={f("endTime")} label="End time" hint="For example, 16:00" type="time" width="10" />
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
            <div className="govuk-grid-row" key={n}>
              <div className="govuk-grid-column-two-thirds">
                <TextInput field={f(`decision${n}Title`)} label={`Decision ${n}`} />
              </div>
              <div className="govuk-grid-column-one-third">
                <TextInput field={f(`decision${n}Date`)} label={`Date of decision ${n}`} type="date" />
              </div>
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
          <TextInput field={f("papersDeadlineDate")} label="Date papers are due" type="date" width="10" />
          <TextInput field={f("papersDeadlineTime")} label="Time papers are due" type="time" width="10" />
        </fieldset>
      </div>
    </>
  );
}
