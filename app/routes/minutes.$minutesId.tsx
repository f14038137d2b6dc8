// Published minutes the panel chose to make public (issue 5: "Approved minutes are published to
// members in their formats and, if the panel chooses, publicly"): readable by anyone, without
// signing in. Anything else (a draft, minutes published only to the panel, a made-up id) is
// simply not found, so nothing can be probed.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireId } from "~/modules/auth/permissions.server.ts";
import { readPublicMinutes } from "~/modules/minutes/minutes.server.ts";
import { PublicMinutesPage } from "~/modules/minutes/public-minutes-page.tsx";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Minutes: ${data?.meetingTitle ?? "meeting"} – Panel` }];

export async function loader({ params }: LoaderFunctionArgs) {
  const minutes = await readPublicMinutes(requireId(params.minutesId));
  if (!minutes) throw notFound();
  return minutes;
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ params }) => requireId(params.minutesId));

export default function PublicMinutes() {
  return <PublicMinutesPage {...useLoaderData<typeof loader>()} />;
}
