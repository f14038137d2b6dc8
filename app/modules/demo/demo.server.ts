import { listPeopleForDemo } from "../people/people.server.ts";

export async function listDemoPeople() {
  return listPeopleForDemo();
}
