import { findLastAtOrBefore } from "./find-last-at-or-before";
import type { TextBlock } from "./text-block";

export type TextPosition = { node: Text; offset: number };

/**
 * The DOM position of an offset into a block's text. An offset that falls on a "\n" the block inserted between
 * two nodes resolves forwards for a range's start (`"start"`) and backwards for its end (`"end"`), so a range
 * never starts or ends outside the text it covers. Returns null for an empty block.
 */
export const findTextPosition = (
  block: TextBlock,
  offset: number,
  edge: "start" | "end",
): TextPosition | null => {
  const { nodes, starts } = block;
  let index = findLastAtOrBefore(starts, offset);
  // An end offset exactly at a node's start belongs to the end of the node before it.
  if (edge === "end" && index > 0 && starts[index] === offset) index -= 1;
  const node = nodes[index];
  if (!node) return null;
  const start = starts[index] ?? 0;
  const local = offset - start;
  if (local < 0) return { node, offset: 0 };
  const next = nodes[index + 1];
  if (local < node.data.length || (local === node.data.length && (edge === "end" || !next))) {
    return { node, offset: local };
  }
  // The offset is at this node's end or in a gap after it: a start moves on to the next node.
  if (edge === "start" && next) return { node: next, offset: 0 };
  return { node, offset: node.data.length };
};
