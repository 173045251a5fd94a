import type { TextBlock } from "../dom/text-block";

/**
 * The end (exclusive) of the run of blocks that starts at `from` and holds about `maxChars` characters (a single
 * longer block stays whole, and a run always takes at least one block). Runs break only between blocks, where
 * core sees a line break.
 */
export const chunkEnd = (blocks: readonly TextBlock[], from: number, maxChars: number): number => {
  let end = from;
  let size = 0;
  while (end < blocks.length) {
    const length = blocks[end]?.text.length ?? 0;
    if (end > from && size + length > maxChars) break;
    size += length + 1;
    end += 1;
  }
  return end;
};
