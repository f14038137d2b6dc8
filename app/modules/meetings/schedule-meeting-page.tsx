// Scheduling a meeting: the meeting's form, the papers deadline at the panel's usual time unless
// the organiser types another.
import type { SubmissionResult } from "@conform-to/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { timeInputValue } from "~/dates.ts";
import { MeetingForm } from "./meeting-form.tsx";
import type { MeetingPanel } from "./meetings.server.ts";
import { DEFAULT_PAPERS_TIME } from "./schema.ts";

export function ScheduleMeetingPage({ panel, lastResult }: { panel: MeetingPanel; lastResult: SubmissionResult<string[]> | undefined }) {
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
        ]}
      />
      <MeetingForm
        panel={panel}
        heading="Schedule a meeting"
        submit="Schedule meeting"
        defaultValue={{ papersDeadlineTime: timeInputValue(DEFAULT_PAPERS_TIME) }}
        lastResult={lastResult}
      />
    </>
  );
}
