// The whole agenda as a self-contained, accessible HTML file to keep, share or print: organisers
// get the draft, everyone else the published version (issue 4, "an export of the whole agenda").
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { agendaAsHtml, agendaFileName, downloadHeaders, readAgendaForPerson } from "~/modules/agendas/agenda-export.server.ts";
import { NOT_PUBLISHED_YET } from "~/modules/agendas/agenda-format.ts";
import { loadGlossaryForText } from "~/modules/glossary/glossary.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const [agenda, glossary] = await Promise.all([readAgendaForPerson(panel, meeting, access.can("organisesMeetings")), loadGlossaryForText(panel.id)]);
  if (agenda.kind === "not-published") throw new Response(NOT_PUBLISHED_YET, { status: 404, statusText: "Not Found" });
  return new Response(agendaAsHtml(agenda.document, glossary), {
    headers: downloadHeaders(agendaFileName(meeting, panel.timeZone, "html"), "text/html; charset=utf-8"),
  });
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireMeeting(request, params, "belongsToPanel"));
