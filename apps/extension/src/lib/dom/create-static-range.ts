import type { TextPosition } from "./find-text-position";

/**
 * A range between two text positions. Static ranges cost nothing when the page changes (live ranges are
 * updated on every DOM mutation); the page model re-reads changed blocks and builds new ones.
 */
export const createStaticRange = (start: TextPosition, end: TextPosition): StaticRange =>
  new StaticRange({
    startContainer: start.node,
    startOffset: start.offset,
    endContainer: end.node,
    endOffset: end.offset,
  });
