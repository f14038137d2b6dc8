import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Radios, Textarea, TextInput } from "~/components/fields.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { notFound } from "~/modules/auth/permissions.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";
import { replyClosedReason, replyFormValues, replyModesFor, replyToMeeting } from "~/modules/meetings/replies.server.ts";
import { replyModeLabels, replySchema } from "~/modules/meetings/schema.ts";
import { MEETING_SUPPORT, meetingSupportLabels, PHYSICAL_ACCESS, physicalAccessLabels } from "~/modules/needs/codes.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Reply to ${data?.meeting.title ?? "the meeting"} – Panel` }];


export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "takesPartAsMember");
  const form = await replyFormValues(meeting.id, access.session.person.id);
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, panel.timeZone) },
    modes: replyModesFor(meeting),
    closed: replyClosedReason(meeting),
    ...form,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "takesPartAsMember");
  const submission = parseWithZod(await request.formData(), { schema: replySchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const personId = access.session.person.id;
  const outcome = await replyToMeeting(panel.id, meeting.id, personId, submission.value, { actorId: personId, requestId: context.requestId });
  if (!outcome) throw notFound();
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/panels/${panel.id}/meetings/${meeting.id}?replied=1`);
}

function CheckboxGroup({
  name,
  id,
  legend,
  options,
  checked,
}: {
  name: string;
  id: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
}) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export default function ReplyToMeeting() {
  const { panel, meeting, modes, closed, values, prefilledFromRecord, enteredBy } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "reply",
    schema: replySchema,
    lastResult,
    defaultValue: values,
  });
  const base = `/panels/${panel.id}/meetings/${meeting.id}`;
  // After a refused post, the boxes show what was sent, not what was on record.
  const sent = (name: "meetingSupport" | "physicalAccess"): readonly string[] => {
    const value = (lastResult?.initialValue as Record<string, unknown> | undefined)?.[name];
    if (!lastResult) return values[name];
    return Array.isArray(value) ? (value as string[]) : typeof value === "string" ? [value] : [];
  };
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
          <h1 className="govuk-heading-l">Reply to the meeting</h1>
          <p className="govuk-body">{meeting.when}</p>
          {enteredBy ? <p className="govuk-inset-text">Entered by {enteredBy} for you, as your supporter. You can change the reply here.</p> : null}
          {closed ? (
            <p className="govuk-inset-text">{closed}, so you cannot reply to it.</p>
          ) : (
            <Form method="post" {...getFormProps(form)}>
              <Radios
                field={fields.mode}
                legend="Will you come?"
                options={modes.map((mode) => ({ value: mode, label: replyModeLabels[mode] }))}
              />
              <h2 className="govuk-heading-m">What you need for this meeting</h2>
              <p className="govuk-body">
                {prefilledFromRecord
                  ? "We have ticked what your communication needs record says. Change anything that is different for this meeting."
                  : "Tick anything you need for this meeting."}{" "}
                The chair, council officers and panel admins see this so they can arrange it. You do not need to fill this in if you are sending apologies.
              </p>
              <CheckboxGroup
                name={fields.meetingSupport.name}
                id={fields.meetingSupport.id}
                legend="Support at the meeting"
                options={MEETING_SUPPORT.map((code) => ({ value: code, label: meetingSupportLabels[code] }))}
                checked={sent("meetingSupport")}
              />
              <CheckboxGroup
                name={fields.physicalAccess.name}
                id={fields.physicalAccess.id}
                legend="Getting in and around the venue"
                options={PHYSICAL_ACCESS.map((code) => ({ value: code, label: physicalAccessLabels[code] }))}
                checked={sent("physicalAccess")}
              />
              <TextInput field={fields.dietaryNeeds} label="Dietary needs" hint="For example, vegan, or no nuts" />
              <Textarea field={fields.otherNeeds} label="Anything else we should know or arrange" rows={3} />
              <Radios
                field={fields.travelNeeded}
                legend="Do you need us to book your travel?"
                hint="Only if you are coming in person"
                legendSize="s"
                inline
                options={[
                  { value: "yes", label: "Yes" },
                  { value: "no", label: "No" },
                ]}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Send reply
              </button>
            </Form>
          )}
        </div>
      </div>
    </>
  );
}
