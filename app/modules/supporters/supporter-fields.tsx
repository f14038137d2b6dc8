// The fields of the supporter forms: who the supporter is, and what they may do (checkboxes with
// hints, in the GOV.UK pattern; the first box carries the field's id for the error summary).
import type { FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { Radios, TextInput } from "~/components/fields.tsx";
import { RELATIONSHIPS, relationshipLabels, SCOPES, scopeHints, scopeLabels } from "./scopes.ts";

type Field = FieldMetadata<unknown>;

function chosenValues(field: Field): string[] {
  const value = field.initialValue as unknown;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

export function ScopeCheckboxes({ field, legend, hint }: { field: Field; legend: ReactNode; hint?: ReactNode }) {
  const chosen = chosenValues(field);
  const error = field.errors?.[0];
  const describedBy = [hint ? `${field.id}-hint` : "", error ? field.errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {hint ? (
          <div id={`${field.id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={field.errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-checkboxes" data-module="govuk-checkboxes" key={field.key}>
          {SCOPES.map((scope, index) => {
            const id = index === 0 ? field.id : `${field.id}-${scope}`;
            return (
              <div className="govuk-checkboxes__item" key={scope}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={field.name}
                  type="checkbox"
                  value={scope}
                  defaultChecked={chosen.includes(scope)}
                  aria-describedby={`${id}-item-hint`}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {scopeLabels[scope]}
                </label>
                <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                  {scopeHints[scope]}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The agreement box: required, with its own error, worded for the member or for an admin. */
export function AgreeCheckbox({ field, label }: { field: Field; label: ReactNode }) {
  const error = field.errors?.[0];
  const checked = field.initialValue === "on";
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? field.errorId : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Agreement</legend>
        {error ? (
          <p id={field.errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-checkboxes" data-module="govuk-checkboxes" key={field.key}>
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id={field.id} name={field.name} type="checkbox" value="on" defaultChecked={checked} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={field.id}>
              {label}
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}

/** Name, email address, relationship and what they may do. */
export function SupporterFields({
  fields,
  who,
}: {
  fields: Record<"name" | "email" | "relationship" | "scopes", Field>;
  /** "you" for the member, or the member's name when an admin records it. */
  who: string;
}) {
  const you = who === "you";
  return (
    <>
      <TextInput field={fields.name} label="Supporter's full name" autoComplete="off" />
      <TextInput
        field={fields.email}
        label="Supporter's email address"
        hint={`They sign in to Panel with this email address. We will email them to say ${you ? "you have" : `${who} has`} named them.`}
        type="email"
        autoComplete="off"
        spellCheck={false}
      />
      <Radios
        field={fields.relationship}
        legend={you ? "Who are they to you?" : `Who are they to ${who}?`}
        options={RELATIONSHIPS.map((code) => ({ value: code, label: relationshipLabels[code] }))}
      />
      <ScopeCheckboxes
        field={fields.scopes}
        legend={you ? "What can they do for you?" : `What can they do for ${who}?`}
        hint={`Choose all that apply. They never see ${you ? "your" : `${who}'s`} communication needs, or other members' details.`}
      />
    </>
  );
}
