// A supporter replies to a meeting for the member (REPLY): the member is the one replying, the
// supporter is recorded as having entered it, and the member sees "Entered by … for you".
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Radios } from "~/components/fields.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";
import { replyClosedReason, replyModesFor } from "~/modules/meetings/replies.server.ts";
import { ActingErrorBoundary, actingErrorTitle, ActingFor } from "~/modules/supporters/acting-page.tsx";
import { requireActingFor, requireMemberMeeting } from "~/modules/supporters/acting.server.ts";
import { memberReplyForSupporter, replyForMember } from "~/modules/supporters/reply-for-member.server.ts";
import { supporterReplySchema } from "~/modules/supporters/schema.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? `${actingErrorTitle(error)} – Panel` : `Reply for ${data?.member.name ?? "them"} – Panel` },
];

export const ErrorBoundary = ActingErrorBoundary;

async function load(request: Request, params: { memberId?: string; meetingId?: string }, requestId?: string) {
  const acting = await requireActingFor(request, params.memberId, ["REPLY"], requestId);
  const { panel, meeting } = await requireMemberMeeting(acting, params.meetingId);
  return { acting, panel, meeting };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { acting, panel, meeting } = await load(request, params);
  const { values } = await memberReplyForSupporter(meeting.id, acting.member.id);
  return {
    member: acting.member,
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, panel.timeZone) },
    modes: replyModesFor(meeting),
    closed: replyClosedReason(meeting),
    values,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { acting, panel, meeting } = await load(request, params, context.requestId);
  const submission = parseWithZod(await request.formData(), { schema: supporterReplySchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await replyForMember(panel.id, meeting.id, acting.member.id, submission.value, acting.actor);
  if (!outcome) throw notFound();
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/supporting/${acting.member.id}/meetings/${meeting.id}?replied=1`);
}

export default function ReplyForMember() {
  const { member, meeting, modes, closed, values } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "reply",
    schema: supporterReplySchema,
    lastResult,
    defaultValue: values,
  });
  const meetingUrl = `/supporting/${member.id}/meetings/${meeting.id}`;
  const modeLabels = {
    IN_PERSON: `${member.name} will come in person`,
    ONLINE: `${member.name} will join online`,
    APOLOGIES: `${member.name} cannot come (apologies)`,
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/supporting", text: "People you support" },
            { href: `/supporting/${member.id}`, text: member.name },
            { href: meetingUrl, text: meeting.title },
          ]}
        />
        <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
        <ActingFor memberName={member.name} />
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Reply for {member.name}</h1>
        <p className="govuk-body">{meeting.when}</p>
        {closed ? (
          <p className="govuk-inset-text">{closed}, so you cannot reply to it.</p>
        ) : (
          <Form method="post" {...getFormProps(form)}>
            <Radios field={fields.mode} legend={`Will ${member.name} come?`} options={modes.map((mode) => ({ value: mode, label: modeLabels[mode] }))} />
            <Radios
              field={fields.travelNeeded}
              legend={`Does ${member.name} need us to book their travel?`}
              hint="Only if they are coming in person"
              legendSize="s"
              inline
              options={[
                { value: "yes", label: "Yes" },
                { value: "no", label: "No" },
              ]}
            />
            <p className="govuk-body">
              What {member.name} needs at the meeting is taken from what they have told us. You do not see it, and it is not changed.
            </p>
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Send reply for {member.name}
              </button>
              <Link className="govuk-link" to={meetingUrl}>
                Cancel
              </Link>
            </div>
          </Form>
        )}
      </div>
    </div>
  );
}
