import { z } from "zod";

export const TEXT_SIZES = ["NORMAL", "LARGE", "LARGER", "LARGEST"] as const;

export const textSizeLabels: Record<(typeof TEXT_SIZES)[number], string> = {
  NORMAL: "Normal",
  LARGE: "Large (125%)",
  LARGER: "Larger (150%)",
  LARGEST: "Largest (200%)",
};

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const displayPreferencesSchema = z.object({
  textSize: z.enum(TEXT_SIZES, { message: "Choose a text size" }),
  highContrast: checkbox,
  moreSpacing: checkbox,
  reducedMotion: checkbox,
});

export type DisplayPreferences = z.infer<typeof displayPreferencesSchema>;

export const defaultPreferences: DisplayPreferences = {
  textSize: "NORMAL",
  highContrast: false,
  moreSpacing: false,
  reducedMotion: false,
};

/** The classes on <html> that apply the preferences (app/styles/app.scss). */
export function preferenceClasses(p: DisplayPreferences): string {
  return [
    p.textSize !== "NORMAL" ? `app-text-size--${p.textSize.toLowerCase()}` : "",
    p.highContrast ? "app-high-contrast" : "",
    p.moreSpacing ? "app-more-spacing" : "",
    p.reducedMotion ? "app-reduced-motion" : "",
  ]
    .filter(Boolean)
    .join(" ");
}
