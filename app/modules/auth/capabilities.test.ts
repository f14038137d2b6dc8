import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CAPABILITIES, can, joinLinkRoles, proposesAsOfficer, rolesThat } from "./capabilities.ts";

const root = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith("app/generated/"));
}

// The one place roles are spelled out as permissions, and the one list of the roles themselves.
const ALLOWED = new Set(["app/modules/auth/capabilities.ts", "app/modules/panels/schema.ts"]);
const ROLE = String.raw`"(?:MEMBER|CHAIR|OFFICER|FINANCE|ADMIN)"`;
const ROLE_LIST = new RegExp(String.raw`\[\s*${ROLE}|${ROLE}\s*,\s*${ROLE}|\.(?:includes|indexOf)\(\s*${ROLE}\s*\)|\.some\(.*[!=]==\s*${ROLE}`);

describe("capabilities", () => {
  it("are the only place a set of roles is written: no role lists or role membership checks elsewhere", () => {
    const offenders = ["app", "server", "emails"]
      .flatMap(sourceFiles)
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        readFileSync(path.join(root, file), "utf8")
          .split("\n")
          .flatMap((line, index) => (ROLE_LIST.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it("the check finds the shapes it forbids", () => {
    for (const line of ['const x = ["CHAIR", "ADMIN"];', 'roles.includes("ADMIN")', 'roles.some((r) => r !== "MEMBER")', 'in: ["MEMBER"]']) {
      expect(ROLE_LIST.test(line), line).toBe(true);
    }
    expect(ROLE_LIST.test('if (membership.role === "ADMIN" && isSelf)')).toBe(false);
  });

  it("site admins hold every capability except those that are a member's own act", () => {
    const siteAdmin = { isSiteAdmin: true, roles: [] };
    const own = Object.entries(CAPABILITIES).filter(([, c]) => !c.siteAdmins).map(([name]) => name);
    expect(own.sort()).toEqual(["receivesPapers", "takesPartAsMember"]);
    for (const name of Object.keys(CAPABILITIES) as (keyof typeof CAPABILITIES)[]) {
      expect(can(siteAdmin, name), name).toBe(!own.includes(name));
    }
  });

  it("roles grant what the panel expects", () => {
    const as = (...roles: ("MEMBER" | "CHAIR" | "OFFICER" | "FINANCE" | "ADMIN")[]) => ({ isSiteAdmin: false, roles });
    expect(can(as("MEMBER"), "organisesMeetings")).toBe(false);
    expect(can(as("OFFICER"), "organisesMeetings")).toBe(true);
    expect(can(as("FINANCE"), "seesNeedsSummary")).toBe(true);
    expect(can(as("FINANCE"), "seesSharedNeeds")).toBe(false);
    expect(can(as("FINANCE"), "commentsOnMinutes")).toBe(false);
    expect(can(as("OFFICER"), "takesPartAsMember")).toBe(false);
    expect(can(as(), "belongsToPanel")).toBe(false);
    expect(rolesThat("receivesPapers")).toEqual(["MEMBER", "CHAIR", "OFFICER"]);
    expect(joinLinkRoles(as("CHAIR"))).toEqual(["MEMBER"]);
    expect(joinLinkRoles(as("ADMIN"))).toHaveLength(5);
    expect(proposesAsOfficer(["OFFICER"])).toBe(true);
    expect(proposesAsOfficer(["OFFICER", "MEMBER"])).toBe(false);
  });
});
