import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Radios } from "~/components/fields.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { attendanceClosedReason, attendanceFormFor, recordAttendance } from "~/modules/meetings/attendance.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";
import { ATTENDANCE_CHOICES, attendanceLabels, attendanceSchema, replyModeLabels } from "~/modules/meetings/schema.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Attendance: ${data?.meeting.title ?? "meeting"} – Panel` }];


export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, panel.timeZone) },
    closed: attendanceClosedReason(meeting),
    people: await attendanceFormFor(meeting),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  const submission = parseWithZod(await request.formData(), { schema: attendanceSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await recordAttendance(panel.id, meeting.id, submission.value, { actorId: access.session.person.id, requestId: context.requestId });
  if (!outcome) throw notFound();
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/panels/${panel.id}/meetings/${meeting.id}?attendance=1`);
}

export default function RecordAttendance() {
  const { panel, meeting, closed, people } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "attendance",
    schema: attendanceSchema,
    constraint: false,
    lastResult,
    defaultValue: { attendance: Object.fromEntries(people.map((p) => [p.id, p.choice])) },
  });
  const rows = fields.attendance.getFieldset();
  const base = `/panels/${panel.id}/meetings/${meeting.id}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
          { href: base, text: meeting.title },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
          <span className="govuk-caption-l">{meeting.title}</span>
          <h1 className="govuk-heading-l" id="attendance-attendance" tabIndex={-1}>
            Record attendance
          </h1>
          <p className="govuk-body">{meeting.when}</p>
          {closed ? (
            <p className="govuk-inset-text">{closed}.</p>
          ) : people.length === 0 ? (
            <p className="govuk-body">The panel has no members to record.</p>
          ) : (
            <Form method="post" {...getFormProps(form)}>
              <p className="govuk-body">We have filled this in from people's replies. Change it to show who actually came.</p>
              {people.map((person) => (
                <Radios
                  key={person.id}
                  field={rows[person.id]!}
                  legend={person.name}
                  legendSize="s"
                  hint={person.replied ? `Replied: ${replyModeLabels[person.replied]}` : "Did not reply"}
                  inline
                  options={ATTENDANCE_CHOICES.map((choice) => ({ value: choice, label: attendanceLabels[choice] }))}
                />
              ))}
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Save attendance
              </button>
            </Form>
          )}
        </div>
      </div>
    </>
  );
}
