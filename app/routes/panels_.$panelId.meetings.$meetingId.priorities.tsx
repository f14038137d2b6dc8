// Prioritising a meeting's items: each member and the chair gives their three most important
// proposed items 3, 2 and 1 points before the papers deadline. Everyone in the panel sees the
// ranked list, with whose idea each item was in words (issue 4, "Agendas set together").
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/dates.ts";
import { ErrorSummary, formErrors } from "~/components/error-summary.tsx";
import { Select } from "~/components/fields.tsx";
import { Breadcrumbs, NotificationBanner } from "~/components/page.tsx";
import { useZodForm } from "~/components/use-zod-form.ts";
import { Table } from "~/components/table.tsx";
import {
  getOwnPriorities,
  isPrioritisingOpen,
  listPrioritisableItems,
  prioritiesEnteredBy,
  PRIORITISING_CLOSED,
  rankPriorities,
  savePriorities,
  type PriorityChoice,
} from "~/modules/agendas/agendas.server.ts";
import { PRIORITY_PLACES, prioritiesSchema, proposedAsLabels } from "~/modules/agendas/schema.ts";
import { spokeNamesOfItems } from "~/modules/agendas/forward.server.ts";
import { forbidden } from "~/modules/auth/permissions.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";

export const meta: MetaFunction = () => [{ title: "Prioritise items for this meeting – Panel" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const mayVote = access.can("takesPartAsMember");
  const [choices, ranking, own, enteredBy] = await Promise.all([
    listPrioritisableItems(panel.id),
    rankPriorities(panel.id, meeting.id),
    mayVote ? getOwnPriorities(meeting.id, access.session.person.id) : Promise.resolve<Record<string, string>>({}),
    mayVote ? prioritiesEnteredBy(meeting.id, access.session.person.id) : Promise.resolve(null),
  ]);
  const fromSpokes = await spokeNamesOfItems(panel.id);
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, closes: formatDateTime(meeting.papersDeadline, panel.timeZone) },
    open: isPrioritisingOpen(meeting),
    mayVote,
    saved: new URL(request.url).searchParams.get("saved") === "1",
    choices,
    own,
    enteredBy,
    ranking: {
      voters: ranking.voters,
      items: ranking.items.map((item) => ({ ...item, proposedAs: proposedAsLabels[item.proposedAs], fromSpoke: fromSpokes.get(item.id) ?? null })),
    },
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
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  if (!access.can("takesPartAsMember")) throw forbidden("Only the panel's members and chair prioritise items");
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: prioritiesSchema });
  if (!isPrioritisingOpen(meeting)) return Response.json(submission.reply({ formErrors: [PRIORITISING_CLOSED] }), { status: 400 });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const outcome = await savePriorities(panel.id, meeting.id, postedChoices(formData), {
    actorId: access.session.person.id,
    requestId: context.requestId,
  });
  if (!outcome.ok) return Response.json(submission.reply({ fieldErrors: outcome.errors }), { status: 400 });
  return redirect(`/panels/${panel.id}/meetings/${meeting.id}/priorities?saved=1`);
}

export default function Priorities() {
  const { panel, meeting, open, mayVote, saved, ranking } = useLoaderData<typeof loader>();
  const meetingUrl = `/panels/${panel.id}/meetings/${meeting.id}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: `/panels/${panel.id}`, text: panel.name },
            { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
            { href: meetingUrl, text: meeting.title },
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
          <div className="govuk-inset-text">{"Prioritising for this meeting has closed"}</div>
        )}
        {mayVote && open ? <ChooseItems /> : null}
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

function ChooseItems() {
  const { choices, own, enteredBy } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm({
    id: "priorities",
    schema: prioritiesSchema,
    lastResult,
    defaultValue: own,
  });
  const options = [{ value: "", label: "No choice" }, ...choices.map((item) => ({ value: item.id, label: item.title }))];
  const summary = [...(form.errors ?? []).map((message) => ({ fieldId: `${form.id}-points3`, message })), ...formErrors(form.id, form.allErrors)];
  return (
    <>
      <ErrorSummary errors={summary} />
      <Form method="post" {...getFormProps(form)}>
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Your three most important items</legend>
          <p className="govuk-hint">Choose a different item for each place. You can change your choices until prioritising closes.</p>
          {enteredBy ? <p className="govuk-inset-text">Entered by {enteredBy} for you, as your supporter.</p> : null}
          {PRIORITY_PLACES.map((place) => (
            <Select key={place.name} field={fields[place.name]} label={place.label} options={options} />
          ))}
        </fieldset>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save my choices
        </button>
      </Form>
    </>
  );
}
