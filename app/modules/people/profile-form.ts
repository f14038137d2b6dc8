// The profile form: your details and the organisations you belong to, one schema for both sides.
import { organisationIdsField } from "./organisations.ts";
import { profileSchema } from "./profile.ts";

export const profileFormSchema = profileSchema.extend({ organisationIds: organisationIdsField });
