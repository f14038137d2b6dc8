// Published minutes the panel chose to make public (issue 5: "Approved minutes are published to
// members in their formats and, if the panel chooses, publicly"): readable by anyone, without
// signing in. Anything else (a draft, minutes published only to the panel, a made-up id) is
// simply not found, so nothing can be probed.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { readPublicMinutes } from "~/modules/minutes/minutes.server.ts";
import { MinutesText } from "~/modules/minutes/minutes-view.tsx";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Minutes: ${data?.meetingTitle ?? "meeting"} – Panel` }];

export async function loader({ params }: LoaderFunctionArgs) {
  const minutes = await readPublicMinutes(requireId(params.minutesId));
  if (!minutes) throw notFound();
  return minutes;
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ params }) => requireId(params.minutesId));

export default function PublicMinutes() {
  const minutes = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{minutes.panelName}</span>
        <h1 className="govuk-heading-l">Minutes of {minutes.meetingTitle}</h1>
        <p className="govuk-body">
          {minutes.when}.{minutes.approvedAt ? ` Approved by the panel at ${minutes.approvedAt}.` : ""} Published on {minutes.publishedOn}.
        </p>
        <MinutesText text={minutes.text} />
      </div>
    </div>
  );
}
