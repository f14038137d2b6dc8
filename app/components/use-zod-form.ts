// The one form pattern (style.md, habit 2): Conform's useForm checked in the browser with the same
// zod schema the action parses with, so a mistake shows at once with JavaScript and after the post
// without it. Browser-safe: no server imports.
import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

// Conform's forms hold an object of fields, so the schema's input must be one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FormSchema = z.ZodType<unknown, Record<string, any>>;

type ConformOptions<Schema extends FormSchema> = Parameters<typeof useForm<z.input<Schema>, z.output<Schema>, string[]>>[0];

export function useZodForm<Schema extends FormSchema>({
  schema,
  constraint = schema,
  shouldValidate = "onSubmit",
  ...options
}: Omit<ConformOptions<Schema>, "constraint" | "onValidate"> & {
  /** The schema the form is checked with in the browser: the one the action parses with. */
  schema: Schema;
  /**
   * Where the fields' constraints come from, when not `schema` (a page's schema of several
   * intents checks the form, one intent's schema describes its fields); `false` for none.
   */
  constraint?: z.ZodType | false;
}) {
  return useForm<z.input<Schema>, z.output<Schema>, string[]>({
    ...options,
    constraint: constraint ? getZodConstraint(constraint) : undefined,
    shouldValidate,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}
