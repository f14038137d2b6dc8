// The name, email and site admin fields, the same when adding a person and when changing one.
import type { FieldMetadata } from "@conform-to/react";
import { Checkbox, TextInput } from "~/components/fields.tsx";

type PersonFields = {
  name: FieldMetadata<unknown>;
  email: FieldMetadata<unknown>;
  isSiteAdmin: FieldMetadata<unknown>;
};

export function PersonDetailsFields({ fields }: { fields: PersonFields }) {
  const adminError = fields.isSiteAdmin.errors?.[0];
  return (
    <>
      <TextInput field={fields.name} label="Full name" autoComplete="off" spellCheck={false} />
      <TextInput
        field={fields.email}
        label="Email address"
        hint="They sign in with this address"
        type="email"
        autoComplete="off"
        spellCheck={false}
      />
      <div className={`govuk-form-group${adminError ? " govuk-form-group--error" : ""}`}>
        <fieldset className="govuk-fieldset" aria-describedby={adminError ? fields.isSiteAdmin.errorId : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Access</legend>
          {adminError ? (
            <p id={fields.isSiteAdmin.errorId} className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {adminError}
            </p>
          ) : null}
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <Checkbox
              field={fields.isSiteAdmin}
              label="Site admin"
              hint="Warning: a site admin can see and change everything, for every panel, including who else is an admin."
            />
          </div>
        </fieldset>
      </div>
    </>
  );
}
