import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { MeetingFields } from "~/modules/meetings/meeting-fields.tsx";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { cancelMeeting, describeWhen, meetingFormValues, updateMeeting } from "~/modules/meetings/meetings.server.ts";
import { meetingSchema } from "~/modules/meetings/schema.ts";
import { prepareMeetingChangeNotices, prepareMeetingNotices } from "~/modules/notifications/invitations.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.confirmCancel ? "Cancel" : "Change"} ${data?.meeting.title ?? "meeting"} – Panel` },
];


export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  return {
    panel,
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, panel.timeZone), cancelled: Boolean(meeting.cancelledAt) },
    values: meetingFormValues(meeting, panel.timeZone),
    confirmCancel: new URL(request.url).searchParams.get("cancel") === "1",
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "organisesMeetings");
  const actor = { actorId: access.session.person.id, requestId: context.requestId };
  const formData = await request.formData();
  const base = `/panels/${panel.id}/meetings/${meeting.id}`;
  if (formData.get("intent") === "cancel") {
    const notices = await prepareMeetingNotices(panel.id, "meeting.cancelled", actor, { baseUrl: baseUrlFor(request) });
    if (!(await cancelMeeting(panel.id, meeting.id, actor, new Date(), notices ?? undefined))) throw notFound();
    return redirect(`${base}?cancelled=1`);
  }
  const submission = parseWithZod(formData, { schema: meetingSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const notices = await prepareMeetingChangeNotices(panel.id, actor, { baseUrl: baseUrlFor(request) });
  const outcome = await updateMeeting(panel, meeting.id, submission.value, actor, new Date(), notices ?? undefined);
  if (!outcome) throw notFound();
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  if (outcome.changes.length === 0) return redirect(`${base}?saved=1`);
  return redirect(`${base}?changed=1`);
}

export default function EditMeeting() {
  const { panel, meeting, values, confirmCancel } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "meeting",
    schema: meetingSchema,
    constraint: false,
    lastResult,
    defaultValue: values,
  });
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
      </>
    );
  }

  return (
    <>
      {breadcrumbs}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
          <span className="govuk-caption-l">{panel.name}</span>
          <h1 className="govuk-heading-l">Change {meeting.title}</h1>
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="save" />
            <MeetingFields fields={fields} timeZone={panel.timeZone} papersDeadlineDays={panel.papersDeadlineDays} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Save changes
            </button>
          </Form>
        </div>
      </div>
    </>
  );
}
