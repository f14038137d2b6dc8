import type { MetaFunction } from "@remix-run/node";
import { AccessibilityPage } from "~/modules/home/accessibility-page.tsx";

export const meta: MetaFunction = () => [{ title: "Accessibility statement – Panel" }];

export default function Accessibility() {
  return <AccessibilityPage />;
}
