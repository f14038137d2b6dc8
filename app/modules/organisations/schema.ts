// Organisation forms: one schema used by the browser (Conform) and the server.
import { z } from "zod";

export const ORGANISATION_KINDS = ["COUNCIL", "ULO", "OTHER"] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const organisationKindLabels: Record<OrganisationKind, string> = {
  COUNCIL: "Council",
  ULO: "User led organisation (ULO)",
  OTHER: "Other",
};

export const organisationKindHints: Record<OrganisationKind, string> = {
  COUNCIL: "A local authority whose services the panel works on",
  ULO: "Run and controlled by disabled people; can manage a panel's pay and expenses",
  OTHER: "For example a health trust or a charity",
};

export const organisationSchema = z.object({
  name: z
    .string({ error: "Enter the organisation's name" })
    .trim()
    .min(1, "Enter the organisation's name")
    .max(200, "The organisation's name must be 200 characters or fewer"),
  kind: z.enum(ORGANISATION_KINDS, { error: "Select what kind of organisation this is" }),
});

export type OrganisationInput = z.infer<typeof organisationSchema>;
