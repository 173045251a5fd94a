import type { Mention } from "../model/assessment";
import type { ConceptId } from "../model/concept";
import type { PageSummary, PageWarningSign } from "../model/page";
import { TRIAGE_LEVELS, rankLevel } from "../model/triage-level";
import type { TriageLevel } from "../model/triage-level";
import { GUIDANCE_TEXTS } from "../guidance/guidance-texts";
import { compilePhrases } from "../text/phrase-matcher";
import type { PhraseMatcher } from "../text/phrase-matcher";
import { annotate } from "./annotate";
import { expandWording } from "./expand-wording";
import { tokenizePage } from "./page-tokens";

/** Words that say a page is about back or nerve pain, with how strongly. */
const TOPIC_PATTERNS: readonly (readonly [pattern: string, weight: number])[] = [
  ["(back|backs) (pain|pains|ache|aches|problem|problems|injury|spasm|spasms|strain|surgery)", 2],
  ["(lower|low|upper|middle|mid) back", 2],
  ["backache", 2],
  ["(my|your|the) back (hurts|hurt|is sore|feels)", 2],
  ["(sciatica|sciatic|lumbago|radiculopathy|radicular)", 3],
  ["(spine|spinal|lumbar|thoracic|vertebra|vertebrae|vertebral|sacroiliac|coccyx|tailbone)", 1],
  ["(disc|discs|disk|disks) (herniation|bulge|prolapse|problems)", 2],
  ["(herniated|slipped|bulging|prolapsed) (disc|disk)", 2],
  ["(nerve|nerves) (pain|compression|root|roots|irritation|damage)", 2],
  ["(pinched|trapped|compressed) nerve", 2],
  ["cauda equina", 3],
  ["(spinal stenosis|spondylolisthesis|spondylosis|spondylitis)", 2],
  ["(physical therapy|physiotherapy|physiotherapist|physical therapist|physio)", 0.5],
];

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

let topics: PhraseMatcher<number> | undefined;
const getTopics = (): PhraseMatcher<number> =>
  (topics ??= compilePhrases(
    TOPIC_PATTERNS.flatMap(([pattern, weight]) =>
      expandWording(pattern, {}).map((phrase) => [phrase, weight] as const),
    ),
  ));

/**
 * How much a page is about back or nerve pain, 0 to 1: weighted topic words per length, so one passing "back
 * pain" on a long knee or cooking page stays low while a back-pain article saturates. Mentions of nerve
 * symptoms add a little.
 */
export const scoreRelevance = (text: string, mentions: readonly Mention[]): number => {
  const tokens = tokenizePage(text);
  const words = tokens.reduce((n, token) => n + (token.kind === "punct" ? 0 : 1), 0);
  if (words === 0) return 0;
  let evidence = 0;
  for (const hit of getTopics().findLongest(tokens)) evidence += hit.value;
  const nerveMentions = mentions.filter((m) => !m.negated && NERVE_CONCEPTS.has(m.concept)).length;
  evidence += Math.min(nerveMentions, 10) * 0.25;
  // Evidence expected from a page about the topic grows slowly with its length.
  const expected = 4 + words / 150;
  return 1 - Math.exp(-evidence / (expected / 2));
};

/**
 * The page at a glance for the extension's popup: mentions per level (denied ones left out), the distinct
 * warning signs (above `expected`) highest level first then by first appearance, and whether the page is about
 * back or nerve pain at all.
 */
export const summarizePage = (text: string, mentions?: readonly Mention[]): PageSummary => {
  const found = mentions ?? annotate(text);
  const counts = Object.fromEntries(TRIAGE_LEVELS.map((level) => [level, 0])) as Record<
    TriageLevel,
    number
  >;
  const signs = new Map<string, PageWarningSign>();
  for (const mention of found) {
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
  const relevance = scoreRelevance(text, found);
  return { counts, warningSigns, relevance, isRelevant: relevance >= RELEVANCE_THRESHOLD };
};
