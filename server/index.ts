// Entry point: node --import tsx server/index.ts
// The Remix build is always a production build, and React and Express choose their fast
// production code from NODE_ENV when they are first loaded. So NODE_ENV defaults to production
// for the libraries, before anything imports them, while Panel's own production rules (secure
// cookies, required secrets, no demo) follow the NODE_ENV the operator actually set.
const operatorEnv = { ...process.env };
process.env.NODE_ENV ??= "production";
const { main } = await import("./main.ts");
await main(operatorEnv);
export {};
