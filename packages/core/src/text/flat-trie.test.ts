import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  flatMatcher,
  flatMatcherOf,
  fromFlatTrieJson,
  toFlatTrieJson,
  wordIdsOf,
} from "./flat-trie";
import { compilePatterns } from "./phrase-matcher";
import { tokenize } from "./tokenize";

const PATTERNS: [string, number][] = [
  ["numb [feeling] in (one|both) (leg|legs)", 0],
  ["numb", 1],
  ["both legs", 2],
  ["(pins and needles|tingling) [in] [my] (foot|feet)", 3],
  ["pins", 4],
  ["leg (pain|ache)", 5],
  ["leg pain", 6],
];
const WORDS = ["numb", "feeling", "in", "one", "both", "leg", "legs", "pins", "and", "needles"];
const MORE = ["tingling", "my", "foot", "feet", "pain", "ache", "the", ",", "."];

describe("flat trie", () => {
  const compiled = compilePatterns(PATTERNS);
  const flat = flatMatcher(fromFlatTrieJson(toFlatTrieJson(compiled.flatten((value) => value))));

  it("finds what the trie it was flattened from finds, in the same order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS, ...MORE), { maxLength: 40 }), (words) => {
        const tokens = tokenize(words.join(" "));
        expect(flat.findAll(tokens)).toEqual(compiled.findAll(tokens));
      }),
    );
  });

  it("matches two tries over one shared numbering of their words, each token looked up once", () => {
    const other = compilePatterns<string>([
      ["both (legs|feet)", "site-both"],
      ["my (foot|feet)", "site-foot"],
      ["not", "negation"],
    ]);
    const words = new Map<string, number>();
    const first = flatMatcherOf(
      compiled.flatten((value) => value, words),
      [10, 11, 12, 13, 14, 15, 16],
    );
    const second = flatMatcherOf(
      other.flatten((value) => ["site-both", "site-foot", "negation"].indexOf(value), words),
      ["site-both", "site-foot", "negation"],
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS, ...MORE, "not", "rest"), { maxLength: 40 }),
        (picked) => {
          const tokens = tokenize(picked.join(" "));
          const ids = wordIdsOf(tokens, words);
          expect(first.findAllByIds(tokens, ids)).toEqual(
            compiled.findAll(tokens).map((match) => ({ ...match, value: match.value + 10 })),
          );
          expect(second.findAllByIds(tokens, ids)).toEqual(other.findAll(tokens));
        },
      ),
    );
  });

  it("keeps nodes that several paths share as one node", () => {
    const trie = compiled.flatten((value) => value);
    const nodes = trie.edgeStart.length - 1;
    // Fewer nodes than edges into them means some node is reached by more than one edge.
    expect(nodes).toBeLessThanOrEqual(trie.edgeNodes.length + 1);
    expect(new Set(trie.edgeNodes).size).toBeLessThan(trie.edgeNodes.length);
  });

  it("refuses arrays whose indexes point outside them", () => {
    const json = toFlatTrieJson(compiled.flatten((value) => value));
    json.edgeWords[0] = json.words.length;
    expect(() => fromFlatTrieJson(json)).toThrow(/damaged/);
  });
});
