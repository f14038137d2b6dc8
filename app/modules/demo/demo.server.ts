import { db } from "../../services.server.ts";

export async function listDemoPeople() {
  return db().person.findMany({
    where: { active: true },
    select: {
      id: true,
      name: true,
      email: true,
      isSiteAdmin: true,
      memberships: { select: { role: true, panel: { select: { name: true } } }, orderBy: { role: "asc" } },
      supporting: { where: { withdrawnAt: null }, select: { member: { select: { name: true } } } },
    },
    orderBy: { name: "asc" },
    take: 100,
  });
}
