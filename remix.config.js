// PANEL_BUILD_DIR puts the build somewhere else (build/, public/build/, .cache/ under it), so
// several people on one machine can build and test without replacing each other's build. Keep it
// inside the project (e.g. .builds/mine) so the build finds node_modules.
const buildDir = process.env.PANEL_BUILD_DIR;

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ...(buildDir
    ? {
        serverBuildPath: `${buildDir}/build/index.js`,
        assetsBuildDirectory: `${buildDir}/public/build`,
        cacheDirectory: `${buildDir}/.cache`,
      }
    : {}),
  // Tests and examples live beside the code they test; they are not routes.
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}", "**/*.examples.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
  },
};
