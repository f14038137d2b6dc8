// The names the live page shows for people: preferred name first; someone removed is never named.
import { preferredNamesOfPeople } from "../../people/people.server.ts";

const FORMER_MEMBER = "A former member";

export async function namesOf(ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  const people = await preferredNamesOfPeople(wanted);
  return new Map(people.map((p) => [p.id, p.anonymisedAt ? FORMER_MEMBER : p.preferredName || p.name]));
}
