import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { TokenArena, withTokenScope } from "./token-arena";
import { tokenize } from "./tokenize";

describe("TokenArena", () => {
  it("gives the same tokens as fresh objects would, for any text", () => {
    const arena = new TokenArena();
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const fresh = tokenize(text);
        const reused = withTokenScope(arena, () =>
          tokenize(text, { arena }).map((t) => ({ ...t })),
        );
        expect(reused).toEqual(fresh);
      }),
    );
  });

  it("reuses a released scope's token objects for the next reading", () => {
    const arena = new TokenArena();
    const first = withTokenScope(arena, () => tokenize("numb legs", { arena }));
    const second = withTokenScope(arena, () => tokenize("sore back", { arena }));
    expect(second[0]).toBe(first[0]);
    expect(second.map((t) => t.norm)).toEqual(["sore", "back"]);
  });

  it("never hands a token of an open scope to a reading nested inside it", () => {
    const arena = new TokenArena();
    withTokenScope(arena, () => {
      const outer = tokenize("my brother has sciatica", { arena });
      const inner = withTokenScope(arena, () => tokenize("mine is in my left leg", { arena }));
      for (const token of inner) expect(outer).not.toContain(token);
      expect(outer.map((t) => t.norm)).toEqual(["my", "brother", "has", "sciatica"]);
    });
  });

  it("gives the scope's tokens back when the reading throws", () => {
    const arena = new TokenArena();
    const taken = arena.mark();
    expect(() =>
      withTokenScope(arena, () => {
        tokenize("pins and needles", { arena });
        throw new Error("reading failed");
      }),
    ).toThrow("reading failed");
    expect(arena.mark()).toBe(taken);
  });

  it("lets go of the extra tokens of a very long text when its scope ends", () => {
    const arena = new TokenArena();
    const long = "numb ".repeat(40_000);
    // (the first and last token objects of a reading, and how many there were)
    const ends = (): [unknown, unknown, number] =>
      withTokenScope(arena, () => {
        const tokens = tokenize(long, { arena });
        return [tokens[0], tokens[39_999], tokens.length];
      });
    ends();
    const after = ends();
    const again = ends();
    // Objects past the kept number are new each time; those before it are reused.
    expect(again[0]).toBe(after[0]);
    expect(again[1]).not.toBe(after[1]);
    expect(again[2]).toBe(40_000);
  });

  it("hands the outermost reading the same token array, refilled to the new length", () => {
    const arena = new TokenArena();
    const first = withTokenScope(arena, () => {
      const tokens = tokenize("my left leg is numb", { arena });
      // (a reading inside it gets an array of its own)
      const inner = withTokenScope(arena, () => tokenize("both legs", { arena }));
      expect(inner).not.toBe(tokens);
      expect(inner.map((token) => token.norm)).toEqual(["both", "legs"]);
      return tokens;
    });
    const second = withTokenScope(arena, () => {
      const tokens = tokenize("sore", { arena });
      expect(tokens).toHaveLength(1);
      return tokens;
    });
    expect(second).toBe(first);
  });

  it("hands out zeroed integers that a nested scope never shares with its parent", () => {
    const arena = new TokenArena();
    withTokenScope(arena, () => {
      const outer = arena.takeInts(3);
      outer.fill(7);
      withTokenScope(arena, () => {
        const inner = arena.takeInts(5_000);
        expect([...inner.subarray(0, 3)]).toEqual([0, 0, 0]);
        inner.fill(9);
      });
      expect([...outer]).toEqual([7, 7, 7]);
    });
    const reused = withTokenScope(arena, () => [...arena.takeInts(3)]);
    expect(reused).toEqual([0, 0, 0]);
  });

  it("reuses a released scope's matches and never hands an open scope's match to a nested one", () => {
    const arena = new TokenArena();
    const first = withTokenScope(arena, () => arena.takeMatch("numb", 0, 1, 0, 4));
    withTokenScope(arena, () => {
      const outer = arena.takeMatch("sore", 0, 1, 0, 4);
      expect(outer).toBe(first);
      const inner = withTokenScope(arena, () => arena.takeMatch("legs", 1, 2, 5, 9));
      expect(inner).not.toBe(outer);
      expect(outer).toEqual({ value: "sore", first: 0, last: 1, start: 0, end: 4 });
    });
  });
});
