import type { TextBlock } from "../dom/text-block";

export type JoinedText = {
  /** The blocks' texts joined with "\n". */
  text: string;
  /** Where each block starts in `text`. */
  offsets: number[];
};

/** One string for a run of blocks, as core reads a page: one block per line. */
export const joinBlocks = (blocks: readonly TextBlock[]): JoinedText => {
  const offsets: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const block of blocks) {
    offsets.push(offset);
    parts.push(block.text);
    offset += block.text.length + 1;
  }
  return { text: parts.join("\n"), offsets };
};
