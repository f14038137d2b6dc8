// Replying to a meeting: a member for themselves, or a supporter for the member (decision 009:
// separate routes, this one page). The member's form asks about their needs for the meeting; the
// supporter's asks only whether the member is coming and about travel, as the member's needs are
// never sent to a supporter. Client-safe.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Radios, Textarea, TextInput } from "~/components/fields.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { MEETING_SUPPORT, meetingSupportLabels, PHYSICAL_ACCESS, physicalAccessLabels } from "~/modules/needs/codes.ts";
import { ActingFor, type ForWhom } from "~/modules/supporters/acting-page.tsx";
import { supporterReplySchema } from "~/modules/supporters/schema.ts";
import { replyModeLabels, replySchema, type ReplyMode } from "./schema.ts";

type Meeting = { id: string; title: string; when: string };
type Shared = { meeting: Meeting; modes: ReplyMode[]; closed: string | null; lastResult?: SubmissionResult<string[]> };
type OwnReply = Shared & {
  forWhom: { kind: "self" };
  panel: { id: string; name: string };
  values: { mode?: ReplyMode; meetingSupport: string[]; physicalAccess: string[]; dietaryNeeds: string; otherNeeds: string; travelNeeded: string };
  prefilledFromRecord: boolean;
  /** The supporter who last replied for the member, shown to the member. */
  enteredBy: string | null;
};
type MemberReply = Shared & { forWhom: Extract<ForWhom, { kind: "member" }>; values: { mode?: ReplyMode; travelNeeded: string } };

export type ReplyPageProps = OwnReply | MemberReply;

export function ReplyPage(props: ReplyPageProps) {
  // The member's page has always had its breadcrumbs above the grid, the supporter's inside it.
  if (props.forWhom.kind === "self") {
    const own = props as OwnReply;
    return (
      <>
        <Breadcrumbs
          items={[
            { href: `/panels/${own.panel.id}`, text: own.panel.name },
            { href: `/panels/${own.panel.id}/meetings`, text: "Meetings" },
            { href: `/panels/${own.panel.id}/meetings/${own.meeting.id}`, text: own.meeting.title },
          ]}
        />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <OwnReplyForm {...own} />
          </div>
        </div>
      </>
    );
  }
  const { forWhom, meeting } = props as MemberReply;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/supporting", text: "People you support" },
            { href: `/supporting/${forWhom.memberId}`, text: forWhom.name },
            { href: `/supporting/${forWhom.memberId}/meetings/${meeting.id}`, text: meeting.title },
          ]}
        />
        <MemberReplyForm {...(props as MemberReply)} />
      </div>
    </div>
  );
}

function Heading({ meeting, title }: { meeting: Meeting; title: string }) {
  return (
    <>
      <span className="govuk-caption-l">{meeting.title}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{meeting.when}</p>
    </>
  );
}

function Closed({ closed }: { closed: string }) {
  return <p className="govuk-inset-text">{closed}, so you cannot reply to it.</p>;
}

const yesNo = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

function OwnReplyForm({ meeting, modes, closed, values, prefilledFromRecord, enteredBy, lastResult }: OwnReply) {
  const [form, fields] = useZodForm({ id: "reply", schema: replySchema, lastResult, defaultValue: values });
  // After a refused post, the boxes show what was sent, not what was on record.
  const sent = (name: "meetingSupport" | "physicalAccess"): readonly string[] => {
    const value = (lastResult?.initialValue as Record<string, unknown> | undefined)?.[name];
    if (!lastResult) return values[name];
    return Array.isArray(value) ? (value as string[]) : typeof value === "string" ? [value] : [];
  };
  return (
    <>
      <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
      <Heading meeting={meeting} title="Reply to the meeting" />
      {enteredBy ? <p className="govuk-inset-text">Entered by {enteredBy} for you, as your supporter. You can change the reply here.</p> : null}
      {closed ? (
        <Closed closed={closed} />
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <Radios field={fields.mode} legend="Will you come?" options={modes.map((mode) => ({ value: mode, label: replyModeLabels[mode] }))} />
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
          <Radios field={fields.travelNeeded} legend="Do you need us to book your travel?" hint="Only if you are coming in person" legendSize="s" inline options={yesNo} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Send reply
          </button>
        </Form>
      )}
    </>
  );
}

function MemberReplyForm({ forWhom, meeting, modes, closed, values, lastResult }: MemberReply) {
  const [form, fields] = useZodForm({ id: "reply", schema: supporterReplySchema, lastResult, defaultValue: values });
  const { name } = forWhom;
  const meetingUrl = `/supporting/${forWhom.memberId}/meetings/${meeting.id}`;
  const modeLabels = { IN_PERSON: `${name} will come in person`, ONLINE: `${name} will join online`, APOLOGIES: `${name} cannot come (apologies)` };
  return (
    <>
      <ErrorSummary errors={formErrors(form.id, form.allErrors)} />
      <ActingFor memberName={name} />
      <Heading meeting={meeting} title={`Reply for ${name}`} />
      {closed ? (
        <Closed closed={closed} />
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <Radios field={fields.mode} legend={`Will ${name} come?`} options={modes.map((mode) => ({ value: mode, label: modeLabels[mode] }))} />
          <Radios
            field={fields.travelNeeded}
            legend={`Does ${name} need us to book their travel?`}
            hint="Only if they are coming in person"
            legendSize="s"
            inline
            options={yesNo}
          />
          <p className="govuk-body">What {name} needs at the meeting is taken from what they have told us. You do not see it, and it is not changed.</p>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Send reply for {name}
            </button>
            <Link className="govuk-link" to={meetingUrl}>
              Cancel
            </Link>
          </div>
        </Form>
      )}
    </>
  );
}

/** The small checkboxes of the needs questions (checked from what was sent, after a refused post). */
function CheckboxGroup({ name, id, legend, options, checked }: { name: string; id: string; legend: string; options: { value: string; label: string }[]; checked: readonly string[] }) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input className="govuk-checkboxes__input" id={optionId} name={name} type="checkbox" value={option.value} defaultChecked={checked.includes(option.value)} />
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
