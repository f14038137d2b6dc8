// The whole agenda as plain text: for screen readers, braille displays and pasting into email.
// Organisers get the draft, everyone else the published version (issue 4, "an export of the whole
// agenda").
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { agendaAsText, agendaFileName, downloadHeaders, readAgendaForPerson } from "~/modules/agendas/agenda-export.server.ts";
import { NOT_PUBLISHED_YET } from "~/modules/agendas/agenda-format.ts";
import { loadGlossaryForText } from "~/modules/glossary/glossary.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const [agenda, glossary] = await Promise.all([readAgendaForPerson(panel, meeting, access.can("organisesMeetings")), loadGlossaryForText(panel.id)]);
  if (agenda.kind === "not-published") throw new Response(NOT_PUBLISHED_YET, { status: 404, statusText: "Not Found" });
  return new Response(agendaAsText(agenda.document, glossary), {
    headers: downloadHeaders(agendaFileName(meeting, panel.timeZone, "txt"), "text/plain; charset=utf-8"),
  });
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireMeeting(request, params, "belongsToPanel"));
