// Where the project and its build are, apart from the app itself: the benchmark runner needs them
// before the Prisma client is generated, so this imports nothing of ours.
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "..");

/** Where `npm run build` wrote the app: the project, or PANEL_BUILD_DIR (see remix.config.js). */
export function buildRoot(): string {
  return path.resolve(projectRoot, process.env.PANEL_BUILD_DIR ?? ".");
}
