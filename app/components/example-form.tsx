// For the examples files only: a Conform form in the state a page shows after a post (what was
// typed and the errors the schema finds), made as the server makes it, so the field components
// can be shown with and without errors.
import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useMemo, type JSX } from "react";
import type { z } from "zod";
import { useZodForm } from "./use-zod-form.ts";

type Posted = Record<string, string | string[]>;

function formDataOf(posted: Posted): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(posted)) for (const one of [value].flat()) formData.append(name, one);
  return formData;
}

export function ExampleForm<Schema extends z.ZodObject>({
  id,
  schema,
  posted,
  children,
}: {
  id: string;
  schema: Schema;
  /** What was posted; without it the form is shown as first loaded. */
  posted?: Posted;
  children: (fields: Record<string, FieldMetadata<unknown>>) => JSX.Element;
}) {
  const lastResult = useMemo(() => (posted ? parseWithZod(formDataOf(posted), { schema }).reply() : undefined), [posted, schema]);
  const [form, fields] = useZodForm({ id, schema, lastResult });
  return <form {...getFormProps(form)}>{children(fields as unknown as Record<string, FieldMetadata<unknown>>)}</form>;
}
