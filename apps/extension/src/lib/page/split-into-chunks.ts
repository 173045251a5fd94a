import type { TextBlock } from "../dom/text-block";

/**
 * Splits blocks into runs of about `maxChars` characters (a single longer block stays whole), so each run can
 * be annotated in a task of its own. Runs break only between blocks, where core sees a line break.
 */
export const splitIntoChunks = (blocks: readonly TextBlock[], maxChars: number): TextBlock[][] => {
  const chunks: TextBlock[][] = [];
  let chunk: TextBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    if (chunk.length > 0 && size + block.text.length > maxChars) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(block);
    size += block.text.length + 1;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
};
