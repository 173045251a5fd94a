import { describe, expect, it } from "vitest";
import { expandWording } from "../annotate/expand-wording";
import { tokenizePage } from "../annotate/page-tokens";
import { PAGE_MACROS, PAGE_WORDINGS } from "../lexicon/page-wordings";
import { CONCEPT_ENTRIES } from "../lexicon/lexicon";
import { CUE_KINDS, CUE_PATTERNS } from "../understand/cues";
import { compilePatterns, expandPattern, phraseKey } from "./phrase-matcher";

/** What the old compilation recognised: every expanded phrase, tokenized, with its values in first-seen order. */
const expected = <T>(
  pairs: readonly (readonly [string, T])[],
  expand: (pattern: string) => string[] = expandPattern,
): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const [pattern, value] of pairs) {
    for (const phrase of expand(pattern)) {
      const key = phraseKey(phrase).join(" ");
      const values = out.get(key) ?? [];
      if (!values.includes(value)) values.push(value);
      out.set(key, values);
    }
  }
  return out;
};

const sorted = <T>(phrases: ReadonlyMap<string, readonly T[]>): [string, readonly T[]][] =>
  [...phrases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe("compilePatterns", () => {
  it("recognises exactly the phrases of each pattern's expansion, with the same values", () => {
    const pairs = [
      ["(pain|ache) (goes|runs) down [my] (leg|calf)", "a"],
      ["(down|down to|down into) [the|my] [left|right] (leg|foot)", "b"],
      ["(a|b) (c|c d) e", "c"],
      ["[x] (x|y) [x|x y] z", "d"],
      ["numb(ness|) [in] leg", "e"],
      ["can't feel [the] toilet (paper|roll)", "f"],
      ["(since (i had|having) kids|for years)", "g"],
      ["pain goes down my leg", "h"],
      ["(a|b)(c|d)", "i"],
      ["back in (19|20)", "j"],
      ["[a] (b|a b) b b", "k"],
      ["(x|y) [x|y] (x|y x) [y]", "l"],
      ["(a|a a) (a|a a a) a", "m"],
      ["pain goes (down|down to) my leg", "n"],
      ["[pain] (goes|goes down) [down] (leg|my leg)", "o"],
    ] as const;
    const compiled = compilePatterns(pairs);
    expect(sorted(compiled.phrases())).toEqual(sorted(expected(pairs)));
  });

  it("compiles the shared lexicon and the cues exactly as their expansions", () => {
    const lexicon = CONCEPT_ENTRIES.flatMap((entry) =>
      entry.patterns.map((pattern) => [pattern, entry] as const),
    );
    expect(sorted(compilePatterns(lexicon).phrases())).toEqual(sorted(expected(lexicon)));
    const cues = CUE_KINDS.flatMap((kind) =>
      CUE_PATTERNS[kind].map((pattern) => [pattern, kind] as const),
    );
    expect(sorted(compilePatterns(cues).phrases())).toEqual(sorted(expected(cues)));
    // (about 700,000 phrases expanded and compiled, each way: 10 s quiet, near 30 s on a busy 2-core machine)
  }, 120_000);

  it("keeps the cue and lexicon tries near the patterns' size, whatever their phrase count", () => {
    // The cues stand for about 700,000 phrases; as a trie of phrases they once took 900,000 nodes, 230 MB of heap
    // (which every young-generation collection then scanned) and 4 s to build on first use.
    const cues = compilePatterns(
      CUE_KINDS.flatMap((kind) => CUE_PATTERNS[kind].map((pattern) => [pattern, kind] as const)),
    );
    const lexicon = compilePatterns(
      CONCEPT_ENTRIES.flatMap((entry) =>
        entry.patterns.map((pattern) => [pattern, entry] as const),
      ),
    );
    const nodes = (flat: { edgeStart: Int32Array }): number => flat.edgeStart.length - 1;
    expect(nodes(cues.flatten(() => 0))).toBeLessThan(20_000);
    expect(nodes(lexicon.flatten(() => 0))).toBeLessThan(20_000);
  });

  it("compiles page wordings (macros, hyphens, page tokens) exactly as their expansions", () => {
    const pageKey = (text: string): string =>
      tokenizePage(text.replaceAll("-", " "))
        .map((token) => token.norm)
        .join(" ");
    const pairs = [
      ...PAGE_WORDINGS.flatMap((wording, id) =>
        wording.patterns.map((pattern) => [pattern, id] as const),
      ),
      ...CONCEPT_ENTRIES.flatMap((entry, id) =>
        entry.patterns.map((pattern) => [pattern, PAGE_WORDINGS.length + id] as const),
      ),
    ];
    const expand = (pattern: string): string[] => expandWording(pattern, PAGE_MACROS).map(pageKey);
    const compiled = compilePatterns(pairs, {
      macros: PAGE_MACROS,
      separators: "-",
      keyOf: (text) => phraseKey(pageKey(text)),
      expand,
    });
    expect(sorted(compiled.phrases())).toEqual(sorted(expected(pairs, expand)));
    // (every page wording and lexicon pattern expanded with the page's macros and tokens, each way: about 10 s
    // quiet, past 30 s on a busy 2-core machine)
  }, 120_000);

  it("collects the vocabulary of the expanded phrases", () => {
    const pattern = "numb(ness|) [in] (left|right) leg";
    expect([...compilePatterns([[pattern, 1]]).vocabulary].sort()).toEqual(
      [...new Set(expandPattern(pattern).flatMap(phraseKey))].sort(),
    );
  });

  it("agrees with the expansion on random overlapping patterns", () => {
    // A small linear congruential generator keeps the run reproducible.
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const words = ["a", "b", "a b"];
    const piece = (depth: number): string => {
      const roll = random(depth > 1 ? 2 : 4);
      if (roll < 2) return words[random(words.length)] ?? "a";
      const options = Array.from({ length: 1 + random(3) }, () => sequence(depth + 1));
      return roll === 2 ? `(${options.join("|")})` : `[${options.join("|")}]`;
    };
    const sequence = (depth: number): string =>
      Array.from({ length: 1 + random(3) }, () => piece(depth)).join(" ");
    for (let round = 0; round < 40; round += 1) {
      const pairs = Array.from({ length: 1 + random(6) }, (_, k) => [sequence(0), k] as const);
      expect(sorted(compilePatterns(pairs).phrases())).toEqual(sorted(expected(pairs)));
    }
  });

  it("throws on a malformed pattern as the expansion does", () => {
    expect(() => compilePatterns([["(a|b", 1]])).toThrow(/Unclosed group/);
  });
});
