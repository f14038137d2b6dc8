// The names the live page shows for people: preferred name first; someone removed is never named.
import { db } from "../../services.server.ts";

const FORMER_MEMBER = "A former member";

export async function namesOf(ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const people = await db().person.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, preferredName: true, anonymisedAt: true },
  });
  return new Map(people.map((p) => [p.id, p.anonymisedAt ? FORMER_MEMBER : p.preferredName || p.name]));
}
