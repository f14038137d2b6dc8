import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { actorFrom } from "~/modules/auth/actor.server.ts";
import { getCurrentSession } from "~/modules/auth/permissions.server.ts";
import { listOpenActionsForPerson } from "~/modules/minutes/actions.server.ts";
import { panelsForRequest, type PanelSummary } from "~/modules/panels/panels.server.ts";
import { needsReminderFor } from "~/modules/needs/needs.server.ts";
import { isSupportingSomeone } from "~/modules/supporters/consents.server.ts";
import { loadWhatIsNext, type PanelNext } from "~/modules/home/what-is-next.server.ts";
import { HomePage } from "~/modules/home/home-page.tsx";

export const meta: MetaFunction = () => [{ title: "Home – Panel" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const session = await getCurrentSession(request);
  const signedOut = new URL(request.url).searchParams.get("signedOut");
  if (!session) {
    const none: { panels: PanelSummary[]; next: PanelNext[]; actions: Awaited<ReturnType<typeof listOpenActionsForPerson>> } = { panels: [], next: [], actions: [] };
    return { person: null, ...none, needsReminder: null, supporting: false, signedOut, actionUpdated: null };
  }
  const [panels, needsReminder, supporting, actions] = await Promise.all([
    panelsForRequest(request, session.person.id),
    needsReminderFor(session.person.id),
    isSupportingSomeone(session.person.id),
    listOpenActionsForPerson(session.person.id),
  ]);
  const next = await loadWhatIsNext(actorFrom(session, context), panels);
  const actionUpdated = new URL(request.url).searchParams.get("actionStatus") === "done" ? "The action is marked as done." : null;
  return { person: { name: session.person.name, isSiteAdmin: session.person.isSiteAdmin }, panels, next, needsReminder, supporting, signedOut: null, actions, actionUpdated };
}

export default function Home() {
  return <HomePage {...useLoaderData<typeof loader>()} />;
}
