// Published public minutes, as anyone reads them without signing in.
import type { readPublicMinutes } from "./minutes.server.ts";
import { MinutesText } from "./minutes-view.tsx";

type PublicMinutes = NonNullable<Awaited<ReturnType<typeof readPublicMinutes>>>;

export function PublicMinutesPage(minutes: PublicMinutes) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{minutes.panelName}</span>
        <h1 className="govuk-heading-l">Minutes of {minutes.meetingTitle}</h1>
        <p className="govuk-body">
          {minutes.when}.{minutes.approvedAt ? ` Approved by the panel at ${minutes.approvedAt}.` : ""} Published on {minutes.publishedOn}.
        </p>
        <MinutesText text={minutes.text} />
      </div>
    </div>
  );
}
