// The organisations a person belongs to (issue 4, "Profiles: … the organisations they belong to
// (ULOs)"): the form field, shared by the browser (Conform) and the server. Browser-safe.
import { z } from "zod";

export const CHOOSE_FROM_LIST = "Choose organisations from the list";

/** Ticked organisations, by id; none ticked is an empty list. */
export const organisationIdsField = z.array(z.uuid({ error: CHOOSE_FROM_LIST })).max(100, CHOOSE_FROM_LIST).default([]);

export const personOrganisationsSchema = z.object({ organisationIds: organisationIdsField });
