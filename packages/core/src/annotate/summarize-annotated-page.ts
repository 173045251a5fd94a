import type { Mention } from "../model/assessment";
import type { ConceptId } from "../model/concept";
import type { PageSummary, PageWarningSign } from "../model/page";
import { TRIAGE_LEVELS, rankLevel } from "../model/triage-level";
import type { TriageLevel } from "../model/triage-level";
import { GUIDANCE_TEXTS } from "../guidance/guidance-texts";
import type { PageTopic } from "./add-page-topics";

/** Mentions that point at the spine or its nerves (swelling or stiffness could be any joint). */
const NERVE_CONCEPTS: ReadonlySet<ConceptId> = new Set([
  "shooting-radiating-pain",
  "burning-nerve-pain",
  "numbness-tingling",
  "tingling-settling",
  "bladder-bowel",
  "saddle-anesthesia",
  "bilateral-neuro",
  "progressive-weakness",
  "sexual-dysfunction",
]);

/** Below this relevance the extension stays quiet unless the user turns it on for the site. */
const RELEVANCE_THRESHOLD = 0.5;

/**
 * How much a page is about back or nerve pain, 0 to 1: weighted topic words per length, so one passing "back
 * pain" on a long knee or cooking page stays low while a back-pain article saturates. Mentions of nerve
 * symptoms add a little.
 */
const scoreRelevance = (topic: PageTopic, mentions: readonly Mention[]): number => {
  if (topic.words === 0) return 0;
  const nerveMentions = mentions.filter((m) => !m.negated && NERVE_CONCEPTS.has(m.concept)).length;
  const evidence = topic.evidence + Math.min(nerveMentions, 10) * 0.25;
  // Evidence expected from a page about the topic grows slowly with its length.
  const expected = 4 + topic.words / 150;
  return 1 - Math.exp(-evidence / (expected / 2));
};

/**
 * The page at a glance for the extension's popup (see `summarizePage`), for a reader that already has the page's mentions (from `annotate`) and its topic (from
 * `readPageTopic`, perhaps read in parts).
 */
export const summarizeAnnotatedPage = (
  mentions: readonly Mention[],
  topic: PageTopic,
): PageSummary => {
  const counts = Object.fromEntries(TRIAGE_LEVELS.map((level) => [level, 0])) as Record<
    TriageLevel,
    number
  >;
  const signs = new Map<string, PageWarningSign>();
  for (const mention of mentions) {
    if (mention.negated) continue;
    counts[mention.level] += 1;
    if (mention.level === "expected") continue;
    const known = signs.get(mention.concept);
    if (known) {
      known.count += 1;
      continue;
    }
    signs.set(mention.concept, {
      concept: mention.concept,
      level: mention.level,
      name: GUIDANCE_TEXTS[mention.concept].name,
      firstStart: mention.start,
      firstEnd: mention.end,
      count: 1,
    });
  }
  const warningSigns = [...signs.values()].sort(
    (a, b) => rankLevel(b.level) - rankLevel(a.level) || a.firstStart - b.firstStart,
  );
  const relevance = scoreRelevance(topic, mentions);
  return { counts, warningSigns, relevance, isRelevant: relevance >= RELEVANCE_THRESHOLD };
};
