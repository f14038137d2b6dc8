// "Download everything held about me" (issue 4): a JSON file of the signed-in person's own records.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requirePerson } from "~/modules/auth/permissions.server.ts";
import { collectMeetingRecords } from "~/modules/minutes/my-records.server.ts";
import { collectMyData } from "~/modules/people/profile.server.ts";
import { listPersonOrganisations } from "~/modules/people/organisations.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requirePerson(request);
  const [mine, organisations, meetingRecords] = await Promise.all([
    collectMyData(session.person.id),
    listPersonOrganisations(session.person.id),
    collectMeetingRecords(session.person.id),
  ]);
  const data = { ...mine, organisations: organisations.map((o) => ({ name: o.name, kind: o.kind })), ...meetingRecords };
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="panel-my-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request }) => requirePerson(request));
