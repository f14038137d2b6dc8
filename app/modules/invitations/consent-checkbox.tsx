// When an admin adds someone to a panel, they confirm the person agreed (issue 4: "added by an admin
// with the person's consent recorded"). The label names the person chosen in the form's person
// field: from the server after a refused post, and as they choose with JavaScript.
import type { FieldMetadata } from "@conform-to/react";
import { useEffect, useState } from "react";

type Field = FieldMetadata<unknown>;

export function ConsentCheckbox({ field, personField, people }: { field: Field; personField: Field; people: { id: string; name: string }[] }) {
  const [personId, setPersonId] = useState(typeof personField.initialValue === "string" ? personField.initialValue : "");
  useEffect(() => {
    const select = document.getElementById(personField.id);
    if (!(select instanceof HTMLSelectElement)) return;
    const follow = () => setPersonId(select.value);
    follow();
    select.addEventListener("change", follow);
    return () => select.removeEventListener("change", follow);
  }, [personField.id]);
  // Until someone is chosen, "They": the field's label must not also match the "Person" field's.
  const name = people.find((p) => p.id === personId)?.name;
  const error = field.errors?.[0];
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={[`${field.id}-hint`, error ? field.errorId : ""].filter(Boolean).join(" ")}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Their agreement</legend>
        <div id={`${field.id}-hint`} className="govuk-hint">
          Only add someone who has said yes. We record that they agreed, who recorded it and when.
        </div>
        {error ? (
          <p id={field.errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id={field.id} name={field.name} type="checkbox" value="on" key={field.key} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={field.id}>
              {name ? `${name} has` : "They have"} agreed to join this panel and for us to keep their details
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
