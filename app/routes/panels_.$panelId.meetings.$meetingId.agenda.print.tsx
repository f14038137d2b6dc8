// The agenda in large print, to read on screen or print: 18pt by default, 24pt or 28pt on request
// (?size=24). When printed, the site's header, menus and footer are left out and no item is split
// across pages (issue 4, "printable large-print view").
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { readAgendaForPerson } from "~/modules/agendas/agenda-export.server.ts";
import printStyles from "~/modules/agendas/agenda-print.css";
import { LARGE_PRINT_SIZES as SIZES, LargePrintPage } from "~/modules/agendas/large-print-page.tsx";
import { loadGlossaryForText } from "~/modules/glossary/glossary.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Agenda in large print: ${data?.meeting.title ?? "meeting"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const agenda = await readAgendaForPerson(panel, meeting, access.can("organisesMeetings"));
  const glossary = agenda.kind === "not-published" ? [] : await loadGlossaryForText(panel.id);
  const asked = Number(new URL(request.url).searchParams.get("size"));
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title },
    size: SIZES.find((size) => size === asked) ?? SIZES[0],
    agenda,
    glossary,
  };
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireMeeting(request, params, "belongsToPanel"));

export default function LargePrint() {
  return <LargePrintPage {...useLoaderData<typeof loader>()} />;
}
