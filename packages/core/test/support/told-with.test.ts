import { describe, expect, it } from "vitest";

import { shuffled, toldWith } from "./told-with";

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe("toldWith", () => {
  it("gives every message all partners when every pair is asked for", () => {
    const pairs = toldWith(["a", "b"], range(50), 8, true);
    expect(pairs.map(([, partners]) => partners.length)).toEqual([50, 50]);
  });

  it("gives every message all partners when the pool is no bigger than the sample", () => {
    expect(toldWith(["a"], range(5), 8, false)[0]?.[1]).toEqual(range(5));
  });

  it("deals a sample of distinct partners, each used about equally often, the same on every run", () => {
    const messages = range(300);
    const pool = range(97);
    const first = toldWith(messages, pool, 16, false);
    expect(toldWith(messages, pool, 16, false)).toEqual(first);
    const uses = new Map<number, number>();
    for (const [, partners] of first) {
      expect(new Set(partners).size).toBe(16);
      for (const partner of partners) uses.set(partner, (uses.get(partner) ?? 0) + 1);
    }
    // 300 × 16 = 4,800 partners dealt from 97: each used 49 or 50 times.
    expect(uses.size).toBe(97);
    expect(Math.min(...uses.values())).toBeGreaterThanOrEqual(49);
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(50);
  });

  it("shuffles the pool without losing or repeating anything", () => {
    const deck = shuffled(range(200), 7);
    expect(deck).not.toEqual(range(200));
    expect([...deck].sort((a, b) => a - b)).toEqual(range(200));
  });
});
