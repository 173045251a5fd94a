import type { Mention } from "@backsure/core";

import type { ArticleBlock } from "./article";

/** A run of one block's text: plain, or (part of) one mention. */
export type Segment = {
  start: number;
  end: number;
  /** Index into the mentions, or null for plain text. */
  mention: number | null;
  /** The first rendered piece of its mention: the one that is focusable and that jump links point at. */
  isFirstPiece: boolean;
};

export type BlockView = {
  block: ArticleBlock;
  segments: readonly Segment[];
};

/**
 * Cuts each block into plain and highlighted runs from the mention offsets, over exactly the article text.
 * Mentions come from `annotate` in document order without overlaps; one that crosses a block boundary is
 * shown in pieces. Linear in blocks plus mentions.
 */
export const buildSegments = (
  blocks: readonly ArticleBlock[],
  mentions: readonly Pick<Mention, "start" | "end">[],
): BlockView[] => {
  const shown = new Set<number>();
  const views: BlockView[] = [];
  let first = 0;
  for (const block of blocks) {
    while (first < mentions.length && (mentions[first]?.end ?? 0) <= block.start) first += 1;
    const segments: Segment[] = [];
    let position = block.start;
    for (let index = first; index < mentions.length; index += 1) {
      const mention = mentions[index];
      if (!mention || mention.start >= block.end) break;
      const start = Math.max(mention.start, block.start, position);
      const end = Math.min(mention.end, block.end);
      if (end <= start) continue;
      if (start > position)
        segments.push({ start: position, end: start, mention: null, isFirstPiece: false });
      segments.push({ start, end, mention: index, isFirstPiece: !shown.has(index) });
      shown.add(index);
      position = end;
    }
    if (position < block.end) {
      segments.push({ start: position, end: block.end, mention: null, isFirstPiece: false });
    }
    views.push({ block, segments });
  }
  return views;
};
