import { compilePhrases } from "../text/phrase-matcher";
import type { PhraseMatcher } from "../text/phrase-matcher";
import type { Token } from "../text/tokenize";
import { expandWording } from "./expand-wording";
import type { PageTopic } from "./add-page-topics";
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

let topics: PhraseMatcher<number> | undefined;
const getTopics = (): PhraseMatcher<number> =>
  (topics ??= compilePhrases(
    TOPIC_PATTERNS.flatMap(([pattern, weight]) =>
      expandWording(pattern, {}).map((phrase) => [phrase, weight] as const),
    ),
  ));

/** The topic words and word count of `text` (see `PageTopic`). */
export const readPageTopic = (text: string): PageTopic => readTopicOfTokens(tokenizePage(text));

/** `readPageTopic` over text already read as page tokens (`tokenizePage`). */
export const readTopicOfTokens = (tokens: readonly Token[]): PageTopic => {
  let words = 0;
  for (const token of tokens) if (token.kind !== "punct") words += 1;
  let evidence = 0;
  for (const hit of getTopics().findLongest(tokens)) evidence += hit.value;
  return { words, evidence };
};
