import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

import { ConceptIdSchema } from "../../src/model/concept-id-schema";
import { TriageLevelSchema } from "../../src/model/triage-level-schema";
import type { ScoredSpan } from "../../src/annotate/score-mentions";
import { sharedPath } from "../support/shared-path";

const GoldEntrySchema = z.object({
  quote: z.string().min(1),
  concept: ConceptIdSchema,
  level: TriageLevelSchema,
  negated: z.boolean(),
  note: z.string().optional(),
});

export type GoldMention = ScoredSpan & { quote: string; note?: string };

export type DevPage = {
  name: string;
  text: string;
  gold: readonly GoldMention[];
};

/**
 * Places each gold quote in the text in document order: the search for a quote starts where the previous gold
 * mention started (quotes may repeat, and the next one is never before the previous).
 */
export const locateGold = (text: string, entries: readonly z.infer<typeof GoldEntrySchema>[]) => {
  const located: GoldMention[] = [];
  let from = 0;
  let lastEnd = 0;
  for (const entry of entries) {
    let start = text.indexOf(entry.quote, from);
    // Prefer a place after the previous quote's end (quotes never overlap), when there is one.
    const afterEnd = text.indexOf(entry.quote, lastEnd);
    if (afterEnd >= 0) start = afterEnd;
    if (start < 0) throw new Error(`Gold quote not found in order: ${JSON.stringify(entry.quote)}`);
    const mention: GoldMention = {
      start,
      end: start + entry.quote.length,
      concept: entry.concept,
      level: entry.level,
      negated: entry.negated,
      quote: entry.quote,
    };
    if (entry.note !== undefined) mention.note = entry.note;
    located.push(mention);
    from = start;
    lastEnd = mention.end;
  }
  return located;
};

/** The five dev pages of shared/dev-set/pages with their located gold mentions, by name. */
export const loadDevPages = (): DevPage[] => {
  const dir = sharedPath("dev-set", "pages");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".txt".length);
      const text = readFileSync(path.join(dir, file), "utf8");
      const raw: unknown = JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), "utf8"));
      const gold = locateGold(text, z.array(GoldEntrySchema).parse(raw));
      return { name, text, gold };
    });
};
