// Form fields for the live page in the GOV.UK pattern (label, hint, inline error, aria-describedby).
// The shared fields (app/components/fields.tsx) are built on Conform's metadata; the live forms are
// checked by the protocol's schemas instead (one check for socket sends and form posts alike), so
// these take plain values and errors.
import type { ChangeEvent, KeyboardEvent, ReactNode } from "react";

type Common = { id: string; name: string; label: ReactNode; hint?: ReactNode; error?: string };

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

function Hint({ id, hint, className = "govuk-hint" }: { id: string; hint?: ReactNode; className?: string }) {
  return hint ? (
    <div id={`${id}-hint`} className={className}>
      {hint}
    </div>
  ) : null;
}

const group = (error?: string, extra = "") => `govuk-form-group${error ? " govuk-form-group--error" : ""}${extra ? ` ${extra}` : ""}`;

export function TextField({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  type = "text",
  width,
  autoComplete = "off",
}: Common & { defaultValue?: string; type?: "text"; width?: "5" | "10" | "20" | "30"; autoComplete?: string }) {
  return (
    <div className={group(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ""}${error ? " govuk-input--error" : ""}`}
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        spellCheck={type === "text" ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

export function TextArea({
  id,
  name,
  label,
  hint,
  error,
  rows = 3,
  value,
  defaultValue,
  onChange,
  onKeyDown,
  labelClassName = "govuk-label",
}: Common & {
  rows?: number;
  value?: string;
  defaultValue?: string;
  onChange?: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  labelClassName?: string;
}) {
  return (
    <div className={group(error)}>
      <label className={labelClassName} htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <textarea
        className={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        defaultValue={value === undefined ? defaultValue : undefined}
        onChange={onChange}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

export function SelectField({
  id,
  name,
  label,
  hint,
  error,
  options,
  value,
  defaultValue,
  onChange,
}: Common & {
  options: { value: string; label: string }[];
  value?: string;
  defaultValue?: string;
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
}) {
  return (
    <div className={group(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <select
        className={`govuk-select${error ? " govuk-select--error" : ""}`}
        id={id}
        name={name}
        value={value}
        defaultValue={value === undefined ? defaultValue : undefined}
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
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

/** Radios in a fieldset; the first radio carries the field's id so an error summary can link to it. */
export function RadioField({
  id,
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  inline,
  small,
}: Omit<Common, "label"> & {
  legend: ReactNode;
  options: { value: string; label: string }[];
  value: string;
  onChange?: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}) {
  return (
    <div className={group(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <Hint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div className={`govuk-radios${inline ? " govuk-radios--inline" : ""}${small ? " govuk-radios--small" : ""}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={onChange ? value === option.value : undefined}
                  defaultChecked={onChange ? undefined : value === option.value}
                  onChange={onChange ? () => onChange(option.value) : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One yes/no checkbox, in its own group. */
export function CheckField({ id, name, label, hint, defaultChecked }: Omit<Common, "error"> & { defaultChecked?: boolean }) {
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={name}
            type="checkbox"
            value="on"
            defaultChecked={defaultChecked}
            aria-describedby={hint ? `${id}-hint` : undefined}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          <Hint id={id} hint={hint} className="govuk-hint govuk-checkboxes__hint" />
        </div>
      </div>
    </div>
  );
}

/** Hidden inputs for a form's intent and ids. */
export function Hidden({ fields }: { fields: Record<string, string | number | null | undefined> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value ?? ""} />
      ))}
    </>
  );
}
