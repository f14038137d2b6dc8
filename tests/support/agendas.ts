// Agenda item factory: a proposed item straight into the database, for tests that start with items.
import { db } from "../../app/services.server.ts";

export async function createAgendaItem(
  panelId: string,
  proposedById: string,
  data: { title?: string; status?: "PROPOSED" | "WITHDRAWN"; proposedAs?: "MEMBER" | "OFFICER"; createdAt?: Date } = {},
) {
  return db().agendaItem.create({
    data: {
      panelId,
      proposedById,
      title: data.title ?? "An item",
      about: "What it is about",
      type: "DISCUSSION",
      status: data.status ?? "PROPOSED",
      proposedAs: data.proposedAs ?? "MEMBER",
      createdAt: data.createdAt,
    },
  });
}
