// The term and its explanation, shared by the "add a term" and "change a term" pages.
import type { FieldMetadata } from "@conform-to/react";
import { Textarea, TextInput } from "~/components/fields.tsx";
import { EXPLANATION_HINT } from "./schema.ts";

type Field = FieldMetadata<unknown>;

export function GlossaryTermFields({ fields }: { fields: { term: Field; explanation: Field } }) {
  return (
    <>
      <TextInput field={fields.term} label="Term" hint="The word or phrase, as people will see it, for example Direct Payment" width="30" />
      <Textarea field={fields.explanation} label="What it means" hint={EXPLANATION_HINT} rows={5} />
    </>
  );
}
