import { describe, expect, it } from "vitest";

import { ReaderError } from "./reader-error";
import type { HostResolver, ResolvedAddress } from "./resolve-safe-address";
import { resolveSafeAddress } from "./resolve-safe-address";

const strict = { allowLoopback: false };

/** A resolver answering from a table, counting its calls. */
const tableResolver = (table: Record<string, readonly ResolvedAddress[]>) => {
  const calls: string[] = [];
  const resolve: HostResolver = (hostname) => {
    calls.push(hostname);
    const records = table[hostname];
    return records ? Promise.resolve(records) : Promise.reject(new Error(`ENOTFOUND ${hostname}`));
  };
  return { resolve, calls };
};

const v4 = (address: string): ResolvedAddress => ({ address, family: 4 });
const v6 = (address: string): ResolvedAddress => ({ address, family: 6 });

const failureOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    return error instanceof ReaderError ? error.code : `other: ${String(error)}`;
  }
  return "no failure";
};

describe("resolveSafeAddress", () => {
  const { resolve, calls } = tableResolver({
    "public.test": [v4("93.184.215.14"), v6("2606:2800:21f:cb07:6820:80da:af6b:8b2c")],
    "intranet.test": [v4("10.0.0.7")],
    "metadata.test": [v4("169.254.169.254")],
    "loopback6.test": [v6("::1")],
    "mapped.test": [v6("::ffff:192.168.0.1")],
    "mixed.test": [v4("93.184.215.14"), v4("127.0.0.1")],
    "empty.test": [],
  });

  it("returns the first address of a name whose addresses are all public", async () => {
    await expect(resolveSafeAddress("public.test", strict, resolve)).resolves.toEqual(
      v4("93.184.215.14"),
    );
  });

  it.each(["intranet.test", "metadata.test", "loopback6.test", "mapped.test"])(
    "refuses %s, which resolves to a private address",
    async (hostname) => {
      expect(await failureOf(resolveSafeAddress(hostname, strict, resolve))).toBe(
        "refused-address",
      );
    },
  );

  it("refuses a name when ANY of its addresses is private", async () => {
    expect(await failureOf(resolveSafeAddress("mixed.test", strict, resolve))).toBe(
      "refused-address",
    );
  });

  it("checks IP literals without asking DNS", async () => {
    const before = calls.length;
    expect(await failureOf(resolveSafeAddress("127.0.0.1", strict, resolve))).toBe(
      "refused-address",
    );
    expect(await failureOf(resolveSafeAddress("[::1]", strict, resolve))).toBe("refused-address");
    expect(await failureOf(resolveSafeAddress("[::ffff:7f00:1]", strict, resolve))).toBe(
      "refused-address",
    );
    await expect(resolveSafeAddress("[2606:4700::1111]", strict, resolve)).resolves.toEqual(
      v6("2606:4700::1111"),
    );
    expect(calls.length).toBe(before);
  });

  it("says unreachable when the name does not resolve", async () => {
    expect(await failureOf(resolveSafeAddress("nowhere.test", strict, resolve))).toBe(
      "unreachable",
    );
    expect(await failureOf(resolveSafeAddress("empty.test", strict, resolve))).toBe("unreachable");
  });

  it("lets the test setting reach 127.0.0.1 by name, and nothing else private", async () => {
    const local = tableResolver({
      "site.test": [v4("127.0.0.1")],
      "lan.test": [v4("192.168.1.2")],
    });
    const testing = { allowLoopback: true };
    await expect(resolveSafeAddress("site.test", testing, local.resolve)).resolves.toEqual(
      v4("127.0.0.1"),
    );
    expect(await failureOf(resolveSafeAddress("lan.test", testing, local.resolve))).toBe(
      "refused-address",
    );
  });
});
