// The shape of every app/components/<name>.examples.tsx: the states a page can show the component
// in, each rendered by the components' axe test (style.md: GOV.UK Frontend's fixtures).
import type { JSX } from "react";

export type ComponentExample = { name: string; render: () => JSX.Element };
