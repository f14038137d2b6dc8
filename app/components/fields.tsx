// Form fields in the GOV.UK pattern: label, hint, inline error, aria-describedby to both, and the
// value kept on error. Built on Conform's field metadata so forms work without JavaScript and
// validate with the same zod schema on the server.
import type { FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";

type Field = FieldMetadata<unknown>;

function describedBy(field: Field, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${field.id}-hint` : "", field.errors?.length ? field.errorId : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldError({ field }: { field: Field }) {
  if (!field.errors?.length) return null;
  return (
    <p id={field.errorId} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {field.errors[0]}
    </p>
  );
}

function Hint({ field, hint }: { field: Field; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <div id={`${field.id}-hint`} className="govuk-hint">
      {hint}
    </div>
  );
}

function groupClass(field: Field) {
  return `govuk-form-group${field.errors?.length ? " govuk-form-group--error" : ""}`;
}

function initialString(field: Field): string | undefined {
  return typeof field.initialValue === "string" ? field.initialValue : undefined;
}

export function TextInput({
  field,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  width,
  isPageHeading,
  spellCheck,
}: {
  field: Field;
  label: ReactNode;
  hint?: ReactNode;
  // No "date" or "time": dates are DateInput (app/components/date-input.tsx), times a text box.
  type?: "text" | "email" | "tel" | "url" | "number";
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  width?: "2" | "3" | "4" | "5" | "10" | "20" | "30";
  isPageHeading?: boolean;
  spellCheck?: boolean;
}) {
  const labelElement = (
    <label className={`govuk-label${isPageHeading ? " govuk-label--l" : ""}`} htmlFor={field.id}>
      {label}
    </label>
  );
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={groupClass(field)}>
      {isPageHeading ? <h1 className="govuk-label-wrapper">{labelElement}</h1> : labelElement}
      <Hint field={field} hint={hint} />
      <FieldError field={field} />
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ""}${invalid ? " govuk-input--error" : ""}`}
        id={field.id}
        name={field.name}
        type={type}
        defaultValue={initialString(field)}
        key={field.key}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(field, hint)}
      />
    </div>
  );
}

export function Textarea({ field, label, hint, rows = 5 }: { field: Field; label: ReactNode; hint?: ReactNode; rows?: number }) {
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={groupClass(field)}>
      <label className="govuk-label" htmlFor={field.id}>
        {label}
      </label>
      <Hint field={field} hint={hint} />
      <FieldError field={field} />
      <textarea
        className={`govuk-textarea${invalid ? " govuk-textarea--error" : ""}`}
        id={field.id}
        name={field.name}
        rows={rows}
        defaultValue={initialString(field)}
        key={field.key}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(field, hint)}
      />
    </div>
  );
}

export type Option = { value: string; label: ReactNode; hint?: ReactNode };

export function Select({ field, label, hint, options }: { field: Field; label: ReactNode; hint?: ReactNode; options: Option[] }) {
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={groupClass(field)}>
      <label className="govuk-label" htmlFor={field.id}>
        {label}
      </label>
      <Hint field={field} hint={hint} />
      <FieldError field={field} />
      <select
        className={`govuk-select${invalid ? " govuk-select--error" : ""}`}
        id={field.id}
        name={field.name}
        defaultValue={initialString(field)}
        key={field.key}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(field, hint)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Radios in a fieldset. The first radio carries the field's id, so the error summary links to it. */
export function Radios({
  field,
  legend,
  hint,
  options,
  inline,
  legendSize = "m",
}: {
  field: Field;
  legend: ReactNode;
  hint?: ReactNode;
  options: Option[];
  inline?: boolean;
  legendSize?: "s" | "m" | "l";
}) {
  const current = initialString(field);
  return (
    <div className={groupClass(field)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(field, hint)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <Hint field={field} hint={hint} />
        <FieldError field={field} />
        <div className={`govuk-radios${inline ? " govuk-radios--inline" : ""}`} key={field.key}>
          {options.map((option, index) => {
            const id = index === 0 ? field.id : `${field.id}-${option.value}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={field.name}
                  type="radio"
                  value={option.value}
                  defaultChecked={current === option.value}
                  aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One yes/no checkbox. */
export function Checkbox({ field, label, hint }: { field: Field; label: ReactNode; hint?: ReactNode }) {
  const checked = field.initialValue === "on" || field.initialValue === "true" || (field.initialValue as unknown) === true;
  return (
    <div className="govuk-checkboxes__item">
      <input
        className="govuk-checkboxes__input"
        id={field.id}
        name={field.name}
        type="checkbox"
        value="on"
        defaultChecked={checked}
        key={field.key}
        aria-describedby={hint ? `${field.id}-hint` : undefined}
      />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? (
        <div id={`${field.id}-hint`} className="govuk-hint govuk-checkboxes__hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}
