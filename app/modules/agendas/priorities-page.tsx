// Choosing a meeting's three most important items: a member or the chair for themselves (with the
// ranked list everyone in the panel sees), or a supporter for the member (decision 009: separate
// routes, this one page). Client-safe.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Select } from "~/components/fields.tsx";
import { Breadcrumbs, NotificationBanner } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { ActingFor, type ForWhom } from "~/modules/supporters/acting-page.tsx";
import { PRIORITISING_CLOSED, PRIORITY_PLACES, prioritiesSchema } from "./schema.ts";

type Shared = {
  meeting: { id: string; title: string; closes: string };
  open: boolean;
  choices: { id: string; title: string }[];
  /** The choices on record, as the form's values. */
  own: Record<string, string>;
  lastResult?: SubmissionResult<string[]>;
};
type OwnPriorities = Shared & {
  forWhom: { kind: "self" };
  panel: { id: string; name: string };
  mayVote: boolean;
  saved: boolean;
  enteredBy: string | null;
  ranking: { voters: number; items: { id: string; title: string; proposedAs: string; fromSpoke: string | null; points: number; people: number }[] };
};
type MemberPriorities = Shared & { forWhom: Extract<ForWhom, { kind: "member" }> };

export type PrioritiesPageProps = OwnPriorities | MemberPriorities;

export function PrioritiesPage(props: PrioritiesPageProps) {
  const [form, fields] = useZodForm({ id: "priorities", schema: prioritiesSchema, lastResult: props.lastResult, defaultValue: props.own });
  const options = [{ value: "", label: "No choice" }, ...props.choices.map((item) => ({ value: item.id, label: item.title }))];
  const errors = <ErrorSummary errors={[...(form.errors ?? []).map((message) => ({ fieldId: `${form.id}-points3`, message })), ...formErrors(form.id, form.allErrors)]} />;
  const places = PRIORITY_PLACES.map((place) => <Select key={place.name} field={fields[place.name]} label={place.label} options={options} />);
  const { meeting } = props;

  if (props.forWhom.kind === "member") {
    const { name, memberId } = props.forWhom;
    const meetingUrl = `/supporting/${memberId}/meetings/${meeting.id}`;
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Breadcrumbs
            items={[
              { href: "/supporting", text: "People you support" },
              { href: `/supporting/${memberId}`, text: name },
              { href: meetingUrl, text: meeting.title },
            ]}
          />
          {errors}
          <ActingFor memberName={name} />
          <span className="govuk-caption-l">{meeting.title}</span>
          <h1 className="govuk-heading-l">Choose {name}'s most important items</h1>
          {!props.open ? (
            <p className="govuk-inset-text">{PRIORITISING_CLOSED}.</p>
          ) : (
            <>
              <p className="govuk-body">Prioritising closes at the papers deadline, {meeting.closes}.</p>
              <Form method="post" {...getFormProps(form)}>
                <fieldset className="govuk-fieldset">
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{name}'s three most important items</legend>
                  <p className="govuk-hint">Choose a different item for each place. The most important gets 3 points, the second 2 and the third 1.</p>
                  {places}
                </fieldset>
                <div className="govuk-button-group">
                  <button type="submit" className="govuk-button" data-module="govuk-button">
                    Save {name}'s choices
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

  const { panel, open, mayVote, saved, enteredBy, ranking } = props as OwnPriorities;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: `/panels/${panel.id}`, text: panel.name },
            { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
            { href: `/panels/${panel.id}/meetings/${meeting.id}`, text: meeting.title },
          ]}
        />
        {saved ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">Your choices were saved</p>
          </NotificationBanner>
        ) : null}
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Prioritise items for this meeting</h1>
        {open ? (
          <p className="govuk-body">Prioritising closes at the papers deadline, {meeting.closes}.</p>
        ) : (
          <div className="govuk-inset-text">{PRIORITISING_CLOSED}</div>
        )}
        {mayVote && open ? (
          <>
            {errors}
            <Form method="post" {...getFormProps(form)}>
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Your three most important items</legend>
                <p className="govuk-hint">Choose a different item for each place. You can change your choices until prioritising closes.</p>
                {enteredBy ? <p className="govuk-inset-text">Entered by {enteredBy} for you, as your supporter.</p> : null}
                {places}
              </fieldset>
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Save my choices
              </button>
            </Form>
          </>
        ) : null}
        {!mayVote ? <p className="govuk-body">The panel's members and chair choose the items. You can see how they ranked them.</p> : null}
        <h2 className="govuk-heading-m">Ranked list</h2>
        <p className="govuk-body">
          {ranking.voters === 1 ? "1 person has" : `${ranking.voters} people have`} chosen items so far. The most important item gets 3
          points, the second 2 and the third 1. Where totals are equal, the item more people chose first comes higher, then the older item.
        </p>
        {ranking.items.length === 0 ? (
          <p className="govuk-body">No items have been proposed yet.</p>
        ) : (
          <Table
            caption="Proposed items by total points"
            captionSize="s"
            captionHidden
            head={[{ label: "Rank" }, { label: "Item" }, { label: "Points", numeric: true }, { label: "People who chose it", numeric: true }]}
            rows={ranking.items.map((item, index) => ({
              key: item.id,
              cells: [
                index + 1,
                <>
                  <Link className="govuk-link" to={`/panels/${panel.id}/agenda-items/${item.id}`}>
                    {item.title}
                  </Link>
                  <br />
                  <span className="govuk-body-s">
                    {item.proposedAs}
                    {item.fromSpoke ? `. From ${item.fromSpoke}` : ""}
                  </span>
                </>,
                item.points,
                item.people,
              ],
            }))}
          />
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/panels/${panel.id}/agenda-items/new?meeting=${meeting.id}`}>
            Suggest an item for the agenda
          </Link>
        </p>
      </div>
    </div>
  );
}
