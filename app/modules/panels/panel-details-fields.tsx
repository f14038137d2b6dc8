// The panel details fields, shared by the "add a panel" and panel admin pages. The council, finance
// ULO and hub are choices only for site admins; others see them as facts (the server ignores them too).
import type { FieldMetadata } from "@conform-to/react";
import { Select, Textarea, TextInput } from "~/components/fields.tsx";
import { SummaryList } from "~/components/summary-list.tsx";

type Choice = { id: string; name: string };

type PanelLinkChoices = { councils: Choice[]; ulos: Choice[]; hubs: Choice[] };

type PanelLinkNames = { council: string | null; financeOrganisation: string | null; hub: string | null };

type DetailFields = Record<"name" | "purpose" | "termsOfReference" | "timeZone" | "councilId" | "financeOrganisationId" | "hubId", FieldMetadata<unknown>>;

function options(choices: Choice[], none: string) {
  return [{ value: "", label: none }, ...choices.map((choice) => ({ value: choice.id, label: choice.name }))];
}

export function PanelDetailsFields({
  fields,
  linkChoices,
  linkNames,
}: {
  fields: DetailFields;
  /** Null when the person may not change the council, finance ULO or hub. */
  linkChoices: PanelLinkChoices | null;
  linkNames?: PanelLinkNames;
}) {
  return (
    <>
      <TextInput field={fields.name} label="Name" hint="For example, Personalisation Expert Panel" />
      <Textarea field={fields.purpose} label="What the panel is for" hint="One or two sentences that people joining will read first" rows={3} />
      <Textarea field={fields.termsOfReference} label="Terms of reference" hint="Write each term on its own line" rows={6} />
      <TextInput
        field={fields.timeZone}
        label="Time zone"
        hint="Meeting times are shown in this time zone, for example Europe/London"
        width="20"
        spellCheck={false}
      />
      {linkChoices ? (
        <>
          <Select field={fields.councilId} label="Council" hint="The council whose services the panel works on" options={options(linkChoices.councils, "None")} />
          <Select
            field={fields.financeOrganisationId}
            label="User led organisation (ULO) that manages pay and expenses"
            options={options(linkChoices.ulos, "None")}
          />
          <Select
            field={fields.hubId}
            label="Hub panel"
            hint="A spoke group meets on its own and brings its views to its hub panel"
            options={options(linkChoices.hubs, "None – this is a hub or stand-alone panel")}
          />
        </>
      ) : (
        <>
          <SummaryList
            rows={[
              { key: "Council", value: linkNames?.council ?? "None" },
              { key: "User led organisation (ULO)", value: linkNames?.financeOrganisation ?? "None" },
              { key: "Hub panel", value: linkNames?.hub ?? "None – this is a hub or stand-alone panel" },
            ]}
          />
          <p className="govuk-body">Only a site admin can change the council, the user led organisation or the hub panel.</p>
        </>
      )}
    </>
  );
}
