// A meeting's agenda, for everyone in the panel. Organisers see the draft they are building, with a
// note when it is not published or differs from what members see; everyone else sees the latest
// published version (issue 4, "Agenda page: accessible HTML, printable large-print view, and an
// export of the whole agenda"). The page is agendas/agenda-page.tsx, shared with supporters.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AgendaPage } from "~/modules/agendas/agenda-page.tsx";
import { describeAgendaPage } from "~/modules/agendas/agenda-page.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Agenda: ${data?.meeting.title ?? "meeting"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  return describeAgendaPage(panel, meeting, access.can("organisesMeetings"));
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireMeeting(request, params, "belongsToPanel"));

export default function Agenda() {
  return <AgendaPage {...useLoaderData<typeof loader>()} forWhom={{ kind: "self" }} />;
}
