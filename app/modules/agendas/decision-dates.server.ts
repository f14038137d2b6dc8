// The council decision dates a meeting's form lists (owned here with the agenda they inform):
// the meetings feature replaces them when the meeting is saved, inside its own transaction.
import { db, type DbClient } from "../../services.server.ts";

/** Removes the meeting's decision dates, before the saved form writes them again. */
export async function clearCouncilDecisionDates(meetingId: string, client: DbClient = db()): Promise<void> {
  await client.councilDecisionDate.deleteMany({ where: { meetingId } });
}
