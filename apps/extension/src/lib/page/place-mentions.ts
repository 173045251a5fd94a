import type { Mention } from "@backsure/core/guidance";

import { createStaticRange } from "../dom/create-static-range";
import { findLastAtOrBefore } from "../dom/find-last-at-or-before";
import { findTextPosition } from "../dom/find-text-position";
import type { TextBlock } from "../dom/text-block";
import type { JoinedText } from "./join-blocks";
import type { Mark } from "./mark";

/** Turns core's mentions over a joined text back into marks on the blocks' DOM nodes. */
export const placeMentions = (
  blocks: readonly TextBlock[],
  joined: JoinedText,
  mentions: readonly Mention[],
): Mark[] => {
  const marks: Mark[] = [];
  for (const mention of mentions) {
    const startIndex = findLastAtOrBefore(joined.offsets, mention.start);
    const endIndex = findLastAtOrBefore(joined.offsets, Math.max(mention.start, mention.end - 1));
    const block = blocks[startIndex];
    const endBlock = blocks[endIndex];
    if (!block || !endBlock) continue;
    const blockStart = mention.start - (joined.offsets[startIndex] ?? 0);
    const endBlockEnd = mention.end - (joined.offsets[endIndex] ?? 0);
    const start = findTextPosition(block, blockStart, "start");
    const end = findTextPosition(endBlock, endBlockEnd, "end");
    if (!start || !end) continue;
    marks.push({
      concept: mention.concept,
      level: mention.level,
      negated: mention.negated,
      block,
      blockStart,
      blockEnd: mention.end - (joined.offsets[startIndex] ?? 0),
      range: createStaticRange(start, end),
      quote: joined.text.slice(mention.start, mention.end),
    });
  }
  return marks;
};
