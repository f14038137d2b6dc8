// The agenda in large print, with the choice of text size; printed, only the agenda shows
// (agenda-print.css).
import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import type { GlossaryEntry } from "../glossary/glossary-text.tsx";
import type { readAgendaForPerson } from "./agenda-export.server.ts";
import { NOT_PUBLISHED_YET } from "./agenda-format.ts";
import { LargePrintAgenda } from "./agenda-view.tsx";

/** The text sizes offered, in points; the first is the default. */
export const LARGE_PRINT_SIZES = [18, 24, 28] as const;

export type LargePrintPageProps = {
  panel: { id: string; name: string };
  meeting: { id: string; title: string };
  size: (typeof LARGE_PRINT_SIZES)[number];
  agenda: SerializeFrom<Awaited<ReturnType<typeof readAgendaForPerson>>>;
  glossary: GlossaryEntry[];
};

export function LargePrintPage({ panel, meeting, size, agenda, glossary }: LargePrintPageProps) {
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
          {LARGE_PRINT_SIZES.map((option) => (
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
