// The agenda in large print, to read on screen or print: 18pt by default, 24pt or 28pt on request
// (?size=24). When printed, the site's header, menus and footer are left out and no item is split
// across pages (issue 4, "printable large-print view").
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { readAgendaForPerson } from "~/modules/agendas/agenda-export.server.ts";
import { NOT_PUBLISHED_YET } from "~/modules/agendas/agenda-format.ts";
import printStyles from "~/modules/agendas/agenda-print.css";
import { LargePrintAgenda } from "~/modules/agendas/agenda-view.tsx";
import { loadGlossaryForText } from "~/modules/glossary/glossary.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Agenda in large print: ${data?.meeting.title ?? "meeting"} – Panel` }];

const SIZES = [18, 24, 28] as const;

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
  const { panel, meeting, size, agenda, glossary } = useLoaderData<typeof loader>();
  const meetingUrl = `/panels/${panel.id}/meetings/${meeting.id}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: meetingUrl, text: meeting.title },
          { href: `${meetingUrl}/agenda`, text: "Agenda" },
        ]}
      />
      <nav className="app-print-hide app-large-print__sizes" aria-labelledby="text-size-heading">
        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1" id="text-size-heading">
          Text size
        </p>
        <ul className="govuk-list">
          {SIZES.map((option) => (
            <li key={option}>
              <Link className="govuk-link" to={`?size=${option}`} aria-current={option === size ? "page" : undefined}>
                {option} point{option === size ? " (shown now)" : ""}
              </Link>
            </li>
          ))}
        </ul>
        <p className="govuk-body">To print, use your browser's Print command (Ctrl and P, or Command and P on a Mac).</p>
      </nav>
      <div className={`app-large-print app-large-print--${size}`}>
        {agenda.kind === "not-published" ? (
          <>
            <h1>Agenda: {meeting.title}</h1>
            <p>{NOT_PUBLISHED_YET}</p>
          </>
        ) : (
          <LargePrintAgenda document={agenda.document} glossary={glossary} />
        )}
      </div>
    </>
  );
}
