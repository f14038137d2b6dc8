// Sign-in forms: one schema each, used by the browser (Conform) and the server.
import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.com" })),
  device: z.enum(["own", "shared"], { error: "Select whether this is your own device or a shared one" }),
  returnTo: z.string().optional(),
});

export const codeSchema = z.object({
  // People paste codes with spaces or dashes ("123 456"), so only the digits count.
  code: z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/[\s-]/g, "") : value),
    z
      .string({ error: "Enter the 6-digit code from the email" })
      .regex(/^\d+$/, "The code must only include numbers 0 to 9")
      .length(6, "The code must be 6 digits"),
  ),
});

/** Only paths on this site: never "//evil.example" or "https://…" (open redirects). */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
