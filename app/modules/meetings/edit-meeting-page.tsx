// Changing a meeting, or (with ?cancel=1) confirming its cancellation; a cancelled meeting says
// it can no longer be changed.
import type { SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { MeetingForm } from "./meeting-form.tsx";
import type { MeetingPanel } from "./meetings.server.ts";

export type EditMeetingPageProps = {
  panel: MeetingPanel;
  meeting: { id: string; title: string; when: string; cancelled: boolean };
  values: Record<string, string>;
  confirmCancel: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
};

function ConfirmCancel({ meeting, base }: { meeting: EditMeetingPageProps["meeting"]; base: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Are you sure you want to cancel {meeting.title}?</h1>
        <p className="govuk-body">It is on {meeting.when}. The meeting will stay in the list, marked as cancelled, and replies will close.</p>
        <Form method="post">
          <input type="hidden" name="intent" value="cancel" />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
              Yes, cancel the meeting
            </button>
            <Link className="govuk-link" to={base}>
              No, go back to the meeting
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}

export function EditMeetingPage({ panel, meeting, values, confirmCancel, lastResult }: EditMeetingPageProps) {
  const base = `/panels/${panel.id}/meetings/${meeting.id}`;
  const breadcrumbs = (
    <Breadcrumbs
      items={[
        { href: `/panels/${panel.id}`, text: panel.name },
        { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
        { href: base, text: meeting.title },
      ]}
    />
  );

  if (meeting.cancelled) {
    return (
      <>
        {breadcrumbs}
        <h1 className="govuk-heading-l">{meeting.title}</h1>
        <p className="govuk-body">This meeting has been cancelled, so it cannot be changed.</p>
      </>
    );
  }

  if (confirmCancel) {
    return (
      <>
        {breadcrumbs}
        <ConfirmCancel meeting={meeting} base={base} />
      </>
    );
  }

  return (
    <>
      {breadcrumbs}
      <MeetingForm panel={panel} heading={`Change ${meeting.title}`} submit="Save changes" intent="save" defaultValue={values} lastResult={lastResult} />
    </>
  );
}
