// The published agenda of the member's meeting, for a supporter the member lets read their papers
// (PAPERS): the members' agenda page (agendas/agenda-page.tsx) under the acting banner. Members
// see the latest published version; so does their supporter, never the organisers' draft.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AgendaPage } from "~/modules/agendas/agenda-page.tsx";
import { describeAgendaPage } from "~/modules/agendas/agenda-page.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";
import { ActingErrorBoundary, actingErrorTitle } from "~/modules/supporters/acting-page.tsx";
import { requireActingOnMeeting } from "~/modules/supporters/acting.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? `${actingErrorTitle(error)} – Panel` : `Agenda: ${data?.meeting.title ?? "meeting"} – Panel` },
];

export const ErrorBoundary = ActingErrorBoundary;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { acting, panel, meeting } = await requireActingOnMeeting(request, params, ["PAPERS"]);
  return { member: acting.member, ...(await describeAgendaPage(panel, meeting, false)) };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireActingOnMeeting(request, params, ["PAPERS"]));

export default function ActingAgenda() {
  const { member, ...page } = useLoaderData<typeof loader>();
  return <AgendaPage {...page} forWhom={{ kind: "member", ...member }} />;
}
