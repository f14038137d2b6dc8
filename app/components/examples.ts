// The shape of app/components/<name>.examples.tsx: named renderings of a component that
// tests/browser/components.test.ts checks with axe (and could feed a preview page), as GOV.UK
// Frontend's <name>.yaml fixtures feed its accessibility tests.
import type { JSX } from "react";

export type ComponentExample = { name: string; render: () => JSX.Element };
