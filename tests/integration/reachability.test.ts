// Every page a person may use can be found by following links from the home page (issue 10): each
// demo person signs in, the test follows every same-origin link (GET only) from "/", and every route
// their role may use must have been reached, or be listed below with how it is reached instead.
// Every link followed must also work: a link to a page that refuses or is missing is a broken link.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/services.server.ts";
import { demoIds, loadDemoData } from "../../prisma/demo-data.ts";
import { demoSupporterIds } from "../../prisma/demo-supporters.ts";
import { buildRoot } from "../../server/app.ts";
import { pageOf } from "../support/html.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

/** A route of the build: its id (the file in app/routes) and its URL pattern. */
type Route = { id: string; pattern: string; match: RegExp; params: number };

let routes: Route[];

beforeAll(async () => {
  const build = (await import(pathToFileURL(path.join(buildRoot(), "build/index.js")).href)) as ServerBuild;
  routes = Object.values(build.routes)
    .filter((route) => route.id !== "root")
    .map((route) => {
      const pattern = `/${route.path ?? ""}`;
      const source = pattern.replace(/[.]/g, "\\.").replace(/:[A-Za-z]+/g, "[^/]+");
      return { id: route.id.replace(/^routes\//, ""), pattern, match: new RegExp(`^${source}/?$`), params: (pattern.match(/:/g) ?? []).length };
    });
});

beforeEach(async () => {
  await loadDemoData(db());
});

/**
 * The route a path belongs to: of those that match, the one with the fewest parameters (`new`
 * before `:id`), then the longest pattern (`:meetingId.ics` before `:meetingId`).
 */
function routeOf(pathname: string): Route | undefined {
  return routes.filter((route) => route.match.test(pathname)).sort((a, b) => a.params - b.params || b.pattern.length - a.pattern.length)[0];
}

/** Links not followed: they end the session or leave the site. */
const notFollowed = [/^\/sign-out$/];

/** How many pages of one route to visit: enough to find what links out of it, not every agenda item. */
const pagesPerRoute = 3;

type Crawl = {
  /**
   * Each route id reached, and each link between routes as "from → to", with the first path
   * reached and the page that linked to it.
   */
  reached: Map<string, { path: string; from: string }>;
  /** links that led to a refusal, a missing page or an error */
  broken: string[];
};

async function crawl(cookie: string): Promise<Crawl> {
  const reached: Crawl["reached"] = new Map();
  const broken: string[] = [];
  const visits = new Map<string, number>();
  const seen = new Set<string>(["/"]);
  const queue: { path: string; from: string }[] = [{ path: "/", from: "(start)" }];
  const origin = new URL(app().url).origin;

  const follow = (href: string, from: string) => {
    const url = new URL(href, origin + from);
    if (url.origin !== origin) return;
    const next = url.pathname + url.search;
    const [fromRoute, toRoute] = [routeOf(new URL(from, origin).pathname), routeOf(url.pathname)];
    const journey = `${fromRoute?.id} → ${toRoute?.id}`;
    if (fromRoute && toRoute && !reached.has(journey)) reached.set(journey, { path: next, from });
    if (seen.has(next) || notFollowed.some((pattern) => pattern.test(url.pathname))) return;
    seen.add(next);
    queue.push({ path: next, from });
  };

  for (let item = queue.shift(); item; item = queue.shift()) {
    const pathname = new URL(item.path, origin).pathname;
    const route = routeOf(pathname);
    if (!route) {
      broken.push(`${item.path} (no such route), linked from ${item.from}`);
      continue;
    }
    const visited = visits.get(route.id) ?? 0;
    if (visited >= pagesPerRoute) continue;
    visits.set(route.id, visited + 1);

    const response = await app().fetch(item.path, { cookie });
    if (response.status >= 300 && response.status < 400) {
      follow(response.headers.get("Location") ?? "/", item.path);
      continue;
    }
    if (response.status !== 200) {
      broken.push(`${item.path} (${response.status}), linked from ${item.from}`);
      await response.body?.cancel();
      continue;
    }
    if (!reached.has(route.id)) reached.set(route.id, item);
    // Downloads (a calendar file, a text agenda, your data) are reached but have no links to follow.
    if (!(response.headers.get("Content-Type") ?? "").startsWith("text/html") || response.headers.has("Content-Disposition")) {
      await response.body?.cancel();
      continue;
    }
    const page = await pageOf(response);
    for (const link of page.links()) follow(link.href, item.path);
  }
  return { reached, broken };
}

/**
 * The routes someone in each role may use, by route id (the file in app/routes), as the
 * authorisation matrices in tests/integration/authorization-*.test.ts allow them; and journeys,
 * "from → to", that must be a link on the first page. Pages that need something the demo data
 * does not have (a live meeting's own id in an email, an invitation token) are left out.
 */
const everyone = ["_index", "accessibility", "account", "settings.display", "profile._index", "profile.needs", "profile.removal", "profile.download"];
const panelReader = [
  "panels.$panelId",
  "panels_.$panelId.meetings._index",
  "panels_.$panelId.meetings.$meetingId._index",
  "panels_.$panelId.meetings.$meetingId.agenda._index",
  "panels_.$panelId.meetings.$meetingId.agenda.print",
  "panels_.$panelId.meetings.$meetingId.agenda[.]html",
  "panels_.$panelId.meetings.$meetingId.agenda[.]txt",
  "panels_.$panelId.meetings.$meetingId[.]ics",
  "panels_.$panelId.meetings.$meetingId.minutes",
  "panels_.$panelId.terms-of-reference",
  "panels_.$panelId.glossary._index",
  "panels_.$panelId.agenda-items._index",
  "panels_.$panelId.agenda-items.$itemId",
  "panels_.$panelId.agenda-items.new",
];
// Members and chairs: their own supporters, replies and priorities.
const member = [
  ...panelReader,
  "profile.supporters._index",
  "profile.supporters.new",
  "panels_.$panelId.meetings.$meetingId.reply",
  "panels_.$panelId.meetings.$meetingId.priorities",
  "panels_.$panelId.meetings.$meetingId._index → panels_.$panelId.agenda-items.new",
];
// The chair, officers and admins organise meetings.
const organiser = [
  ...panelReader,
  "panels_.$panelId.meetings.new",
  "panels_.$panelId.meetings.$meetingId.edit",
  "panels_.$panelId.meetings.$meetingId.attendance",
  "panels_.$panelId.meetings.$meetingId.agenda.build",
  "panels_.$panelId.meetings.$meetingId.agenda.publish",
  "panels_.$panelId.meetings.$meetingId.notes-history",
  "panels_.$panelId.contact-tasks",
  "panels_.$panelId.needs",
  "panels_.$panelId.glossary.new",
  "panels_.$panelId.glossary.$termId",
];
// Only the chair and admins manage invitations.
const invites = ["panels_.$panelId.invitations"];

/** Reached some other way than a link, with how. */
type Unreached = Record<string, string>;

const roles: { role: string; personId: string; uses: string[]; unreached: Unreached }[] = [
  { role: "a member", personId: demoIds.member, uses: [...everyone, ...member], unreached: {} },
  { role: "the chair", personId: demoIds.chair, uses: [...everyone, ...member, ...organiser, ...invites], unreached: {} },
  { role: "a council officer", personId: demoIds.officer, uses: [...everyone, ...organiser], unreached: {} },
  { role: "finance", personId: demoIds.finance, uses: [...everyone, ...panelReader], unreached: {} },
  {
    role: "the panel and site admin",
    personId: demoIds.admin,
    uses: [
      ...everyone,
      ...organiser,
      ...invites,
      "admin._index",
      "admin.audit",
      "admin.people._index",
      "admin.people.new",
      "admin.people.$personId._index",
      "admin.people.$personId.needs",
      "admin.people.$personId.supporters",
      "admin.people.$personId.deactivate",
      "admin.panels._index",
      "admin.panels.new",
      "admin.panels.$panelId",
      "admin.organisations._index",
      "admin.organisations.new",
      "admin.organisations.$organisationId",
      "admin.outbox._index",
      "admin.removals._index",
    ],
    unreached: {
      "admin.people.$personId.deactivate": "the Deactivate button on a person's page (a form) leads there to confirm",
    },
  },
  {
    // Lee may reply, read papers and prioritise for Jordan, not propose items (PROPOSE).
    role: "a supporter",
    personId: demoSupporterIds.lee,
    uses: [
      ...everyone,
      "supporting._index",
      "supporting.$memberId._index",
      "supporting.$memberId.meetings.$meetingId._index",
      "supporting.$memberId.meetings.$meetingId.agenda",
      "supporting.$memberId.meetings.$meetingId.reply",
      "supporting.$memberId.meetings.$meetingId.priorities",
    ],
    unreached: {},
  },
];

describe("every page a person may use is reached by following links from the home page", () => {
  for (const { role, personId, uses, unreached } of roles) {
    it(`for ${role}`, async () => {
      const { reached, broken } = await crawl(await app().cookieFor(personId));
      expect(broken, "links that do not work").toEqual([]);
      const missing = [...new Set(uses)].filter((id) => !reached.has(id) && !(id in unreached)).sort();
      expect(missing, `not reached; reached were:\n${[...reached.keys()].sort().join("\n")}`).toEqual([]);
      // A route listed as reached another way that the crawl now reaches should leave the list.
      const nowReached = Object.keys(unreached).filter((id) => reached.has(id));
      expect(nowReached, "listed as unreached but reached").toEqual([]);
    });
  }
});
