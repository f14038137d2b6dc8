import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { timeInputValue } from "~/dates.ts";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { requireCapability, notFound } from "~/modules/auth/permissions.server.ts";
import { MeetingFields } from "~/modules/meetings/meeting-fields.tsx";
import { getMeetingPanel, scheduleMeeting } from "~/modules/meetings/meetings.server.ts";
import { DEFAULT_PAPERS_TIME, meetingSchema } from "~/modules/meetings/schema.ts";
import { prepareMeetingNotices } from "~/modules/notifications/invitations.server.ts";

export const meta: MetaFunction = () => [{ title: "Schedule a meeting – Panel" }];

async function organiserAndPanel(request: Request, panelIdParam: string | undefined) {
  const access = await requireCapability(request, "organisesMeetings", panelIdParam);
  const panel = await getMeetingPanel(access.panelId);
  if (!panel) throw notFound();
  return { access, panel };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel } = await organiserAndPanel(request, params.panelId);
  return { panel };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel } = await organiserAndPanel(request, params.panelId);
  const submission = parseWithZod(await request.formData(), { schema: meetingSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const actor = { actorId: access.session.person.id, requestId: context.requestId };
  const invitations = await prepareMeetingNotices(panel.id, "meeting.invitation", actor, { baseUrl: baseUrlFor(request) });
  const outcome = await scheduleMeeting(panel, submission.value, actor, new Date(), invitations ?? undefined);
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/panels/${panel.id}/meetings/${outcome.meetingId}?scheduled=1`);
}

export default function ScheduleMeeting() {
  const { panel } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "meeting",
    schema: meetingSchema,
    constraint: false,
    lastResult,
    defaultValue: { papersDeadlineTime: timeInputValue(DEFAULT_PAPERS_TIME) },
  });
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
          <span className="govuk-caption-l">{panel.name}</span>
          <h1 className="govuk-heading-l">Schedule a meeting</h1>
          <Form method="post" {...getFormProps(form)}>
            <MeetingFields fields={fields} timeZone={panel.timeZone} papersDeadlineDays={panel.papersDeadlineDays} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Schedule meeting
            </button>
          </Form>
        </div>
      </div>
    </>
  );
}
