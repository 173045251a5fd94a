import type { Mention } from "@backsure/core/guidance";

import type { TextBlock } from "../dom/text-block";
import { joinBlocks } from "./join-blocks";
import type { JoinedText } from "./join-blocks";
import type { Mark } from "./mark";

export type PageModel = {
  /** Replaces everything (a first reading, or a new page after in-app navigation). Returns the old marks. */
  reset: (blocks: readonly TextBlock[], marks: readonly Mark[]) => Mark[];
  /**
   * Replaces the blocks of `element` and its descendants (and any block no longer in the document) with a new
   * reading of that subtree. Returns the marks that went away.
   */
  replaceWithin: (element: Element, blocks: readonly TextBlock[], marks: readonly Mark[]) => Mark[];
  /** Drops blocks whose element has left the document. Returns their marks. */
  pruneDisconnected: () => Mark[];
  /** The mark covering a point in a text node, if any. */
  findMarkAt: (node: Node, offset: number) => Mark | undefined;
  /** Every mark, in document order. */
  marks: () => readonly Mark[];
  /** The page as one text (blocks joined by "\n") with the marks as mentions over it, for core's summary. */
  readText: () => { joined: JoinedText; mentions: Mention[] };
};

/** Index of the first block whose element is `element` or comes after its start in document order. */
const lowerBound = (blocks: readonly TextBlock[], element: Element): number => {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const other = blocks[mid]?.element;
    if (!other) break;
    const position = element.compareDocumentPosition(other);
    const isBefore =
      other !== element &&
      (position & Node.DOCUMENT_POSITION_PRECEDING) !== 0 &&
      (position & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0;
    if (isBefore) low = mid + 1;
    else high = mid;
  }
  return low;
};

/** The page as read: its text blocks in document order, and the marks found in each. */
export const createPageModel = (): PageModel => {
  let blocks: TextBlock[] = [];
  let marksByBlock = new Map<TextBlock, Mark[]>();
  let blockOfNode = new WeakMap<Text, { block: TextBlock; index: number }>();
  let orderedMarks: Mark[] | null = null;

  const index = (added: readonly TextBlock[], marks: readonly Mark[]): void => {
    for (const block of added) {
      marksByBlock.set(block, []);
      block.nodes.forEach((node, i) => blockOfNode.set(node, { block, index: i }));
    }
    for (const mark of marks) marksByBlock.get(mark.block)?.push(mark);
    orderedMarks = null;
  };

  const forget = (removed: readonly TextBlock[]): Mark[] => {
    const gone: Mark[] = [];
    for (const block of removed) {
      gone.push(...(marksByBlock.get(block) ?? []));
      marksByBlock.delete(block);
    }
    orderedMarks = null;
    return gone;
  };

  const pruneDisconnected = (): Mark[] => {
    const removed = blocks.filter((block) => !block.element.isConnected);
    if (removed.length === 0) return [];
    blocks = blocks.filter((block) => block.element.isConnected);
    return forget(removed);
  };

  return {
    reset: (next, marks) => {
      const gone = [...marksByBlock.values()].flat();
      blocks = [...next];
      marksByBlock = new Map();
      blockOfNode = new WeakMap();
      index(next, marks);
      return gone;
    },
    replaceWithin: (element, next, marks) => {
      const gone = pruneDisconnected();
      const start = lowerBound(blocks, element);
      let end = start;
      while (end < blocks.length) {
        const other = blocks[end]?.element;
        if (!other || (other !== element && !element.contains(other))) break;
        end += 1;
      }
      gone.push(...forget(blocks.splice(start, end - start, ...next)));
      index(next, marks);
      return gone;
    },
    pruneDisconnected,
    findMarkAt: (node, offset) => {
      if (node.nodeType !== Node.TEXT_NODE) return undefined;
      const entry = blockOfNode.get(node as Text);
      if (!entry) return undefined;
      const blockOffset = (entry.block.starts[entry.index] ?? 0) + offset;
      return marksByBlock
        .get(entry.block)
        ?.find((mark) => mark.blockStart <= blockOffset && blockOffset < mark.blockEnd);
    },
    marks: () => {
      orderedMarks ??= blocks.flatMap((block) => marksByBlock.get(block) ?? []);
      return orderedMarks;
    },
    readText: () => {
      const joined = joinBlocks(blocks);
      const mentions: Mention[] = [];
      blocks.forEach((block, i) => {
        const offset = joined.offsets[i] ?? 0;
        for (const { blockStart, blockEnd, concept, level, negated } of marksByBlock.get(block) ??
          []) {
          mentions.push({
            start: offset + blockStart,
            end: offset + blockEnd,
            concept,
            level,
            negated,
          });
        }
      });
      return { joined, mentions };
    },
  };
};
