import { describe, expect, it } from "vitest";

import { annotate } from "./annotate";
import { compileCurrentPageLexicon } from "./compile-current-page-lexicon";
import { fromPageLexiconJson, toPageLexiconJson } from "./page-lexicon-json";
import type { PageLexiconJson } from "./page-lexicon-json";
import { readPageLexiconJson } from "./page-lexicon.generated";
import { createPageMatcher } from "./page-matcher";
import { tokenizePage } from "./page-tokens";

const stored = (): PageLexiconJson => readPageLexiconJson();

describe("the stored page lexicon", () => {
  it("is the compilation of the wordings as they are now (else run `pnpm --filter @backsure/core lexicon:compile`)", () => {
    // (compared as JSON text: a deep comparison of 40,000 numbers takes a minute)
    expect(
      JSON.stringify(readPageLexiconJson()) ===
        JSON.stringify(toPageLexiconJson(compileCurrentPageLexicon())),
    ).toBe(true);
  });

  it("matches what the freshly compiled lexicon matches", () => {
    const text =
      "Seek help if you have numbness in both legs, cannot control when you pee, or pain that spreads down one leg. " +
      "Muscle soreness for 24–72 hours after exercise is normal; no tingling.";
    const tokens = tokenizePage(text);
    const fresh = createPageMatcher(compileCurrentPageLexicon()).match(tokens);
    expect(fresh.length).toBeGreaterThan(2);
    expect(createPageMatcher(fromPageLexiconJson(stored())).match(tokens)).toEqual(fresh);
    expect(annotate(text).map((mention) => mention.concept)).toContain("bilateral-neuro");
  });

  it("refuses a damaged file with a message that says how to mend it", () => {
    const unknown = stored();
    unknown.entries.push({
      concept: "not-a-concept" as never,
      needsContext: false,
      continues: false,
      bonus: 0,
    });
    expect(() => fromPageLexiconJson(unknown)).toThrow(/unknown concept.*lexicon:compile/);

    const outOfRange = stored();
    outOfRange.trie.edgeNodes[0] = outOfRange.trie.edgeStart.length + 5;
    expect(() => fromPageLexiconJson(outOfRange)).toThrow(/damaged.*lexicon:compile/);

    const badValue = stored();
    badValue.trie.values[0] = badValue.entries.length;
    expect(() => fromPageLexiconJson(badValue)).toThrow(/damaged/);
  });
});
