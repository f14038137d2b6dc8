// A supporter chooses the member's three most important items for a meeting (PRIORITISE). The
// choices are the member's; the supporter is recorded as having entered them.
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Select } from "~/components/fields.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { formatDateTime } from "~/dates.ts";
import {
  getOwnPriorities,
  isPrioritisingOpen,
  listPrioritisableItems,
  PRIORITISING_CLOSED,
  savePriorities,
  type PriorityChoice,
} from "~/modules/agendas/agendas.server.ts";
import { PRIORITY_PLACES, prioritiesSchema } from "~/modules/agendas/schema.ts";
import { ActingErrorBoundary, actingErrorTitle, ActingFor } from "~/modules/supporters/acting-page.tsx";
import { requireActingFor, requireMemberMeeting } from "~/modules/supporters/acting.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: `${error ? actingErrorTitle(error) : data ? `Choose ${data.member.name}'s most important items` : "Choose their most important items"} – Panel` },
];

export const ErrorBoundary = ActingErrorBoundary;

async function load(request: Request, params: { memberId?: string; meetingId?: string }, requestId?: string) {
  const acting = await requireActingFor(request, params.memberId, ["PRIORITISE"], requestId);
  const { panel, meeting } = await requireMemberMeeting(acting, params.meetingId);
  return { acting, panel, meeting };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { acting, panel, meeting } = await load(request, params);
  const [choices, own] = await Promise.all([listPrioritisableItems(panel.id), getOwnPriorities(meeting.id, acting.member.id)]);
  return {
    member: acting.member,
    meeting: { id: meeting.id, title: meeting.title, closes: formatDateTime(meeting.papersDeadline, panel.timeZone) },
    open: isPrioritisingOpen(meeting),
    choices,
    own,
  };
}

/** Every "points<N>" field posted, so a forged place (points4) is refused rather than ignored. */
function postedChoices(formData: FormData): PriorityChoice[] {
  return [...formData.entries()].flatMap(([name, value]) => {
    const match = /^points(-?\d+)$/.exec(name);
    return match && typeof value === "string" && value ? [{ weight: Number(match[1]), itemId: value }] : [];
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { acting, panel, meeting } = await load(request, params, context.requestId);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: prioritiesSchema });
  if (!isPrioritisingOpen(meeting)) return Response.json(submission.reply({ formErrors: [PRIORITISING_CLOSED] }), { status: 400 });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await savePriorities(panel.id, meeting.id, postedChoices(formData), acting.actor);
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/supporting/${acting.member.id}/meetings/${meeting.id}?saved=1`);
}

export default function PrioritiesForMember() {
  const { member, meeting, open, choices, own } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "priorities",
    schema: prioritiesSchema,
    lastResult,
    defaultValue: own,
  });
  const meetingUrl = `/supporting/${member.id}/meetings/${meeting.id}`;
  const options = [{ value: "", label: "No choice" }, ...choices.map((item) => ({ value: item.id, label: item.title }))];
  const summary = [...(form.errors ?? []).map((message) => ({ fieldId: `${form.id}-points3`, message })), ...formErrors(form.id, form.allErrors)];
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
        <ErrorSummary errors={summary} />
        <ActingFor memberName={member.name} />
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Choose {member.name}'s most important items</h1>
        {!open ? (
          <p className="govuk-inset-text">{PRIORITISING_CLOSED}.</p>
        ) : (
          <>
            <p className="govuk-body">Prioritising closes at the papers deadline, {meeting.closes}.</p>
            <Form method="post" {...getFormProps(form)}>
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{member.name}'s three most important items</legend>
                <p className="govuk-hint">Choose a different item for each place. The most important gets 3 points, the second 2 and the third 1.</p>
                {PRIORITY_PLACES.map((place) => (
                  <Select key={place.name} field={fields[place.name]} label={place.label} options={options} />
                ))}
              </fieldset>
              <div className="govuk-button-group">
                <button type="submit" className="govuk-button" data-module="govuk-button">
                  Save {member.name}'s choices
                </button>
                <Link className="govuk-link" to={meetingUrl}>
                  Cancel
                </Link>
              </div>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
