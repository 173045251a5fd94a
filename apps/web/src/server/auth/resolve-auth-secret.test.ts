import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { resolveAuthSecret } from "./resolve-auth-secret";

const folders: string[] = [];
const newFolder = (): string => {
  const folder = mkdtempSync(path.join(tmpdir(), "backsure-secret-"));
  folders.push(folder);
  return folder;
};

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("resolveAuthSecret", () => {
  it("uses a configured secret as it is", () => {
    const configured = "x".repeat(40);
    expect(resolveAuthSecret({ configured, dataDir: newFolder(), isProduction: true })).toBe(
      configured,
    );
  });

  it("keeps one secret beside the embedded database, created on first use and private to the owner", () => {
    const dataDir = path.join(newFolder(), "nested", ".data");
    const first = resolveAuthSecret({ configured: undefined, dataDir, isProduction: true });
    const again = resolveAuthSecret({ configured: undefined, dataDir, isProduction: true });
    expect(first).toHaveLength(43);
    expect(again).toBe(first);
    expect(readFileSync(path.join(dataDir, "auth-secret"), "utf8").trim()).toBe(first);
    expect(statSync(path.join(dataDir, "auth-secret")).mode & 0o777).toBe(0o600);
  });

  it("requires a configured secret for a production portal on a PostgreSQL server", () => {
    expect(() =>
      resolveAuthSecret({ configured: undefined, dataDir: undefined, isProduction: true }),
    ).toThrow(/BETTER_AUTH_SECRET is required/);
  });

  it("makes a fresh secret per process in development on a server database", () => {
    const a = resolveAuthSecret({ configured: undefined, dataDir: undefined, isProduction: false });
    const b = resolveAuthSecret({ configured: undefined, dataDir: undefined, isProduction: false });
    expect(a).not.toBe(b);
  });
});
