import { describe, expect, it } from "vitest";

import type { ArticleBlock } from "./article";
import { buildSegments } from "./build-segments";

const block = (start: number, end: number): ArticleBlock => ({ kind: "paragraph", start, end });

describe("buildSegments", () => {
  it("cuts a block into plain and highlighted runs that cover it exactly", () => {
    const [view] = buildSegments(
      [block(0, 30)],
      [
        { start: 5, end: 10 },
        { start: 10, end: 14 },
        { start: 20, end: 30 },
      ],
    );
    expect(view?.segments).toEqual([
      { start: 0, end: 5, mention: null, isFirstPiece: false },
      { start: 5, end: 10, mention: 0, isFirstPiece: true },
      { start: 10, end: 14, mention: 1, isFirstPiece: true },
      { start: 14, end: 20, mention: null, isFirstPiece: false },
      { start: 20, end: 30, mention: 2, isFirstPiece: true },
    ]);
  });

  it("gives each block its own mentions and leaves the gaps between blocks out", () => {
    const views = buildSegments(
      [block(0, 10), block(12, 20)],
      [
        { start: 2, end: 4 },
        { start: 14, end: 16 },
      ],
    );
    expect(views.map((view) => view.segments.map((segment) => segment.mention))).toEqual([
      [null, 0, null],
      [null, 1, null],
    ]);
  });

  it("shows a mention that crosses a block boundary in pieces, the first one focusable", () => {
    const views = buildSegments([block(0, 10), block(12, 20)], [{ start: 8, end: 15 }]);
    expect(views[0]?.segments.at(-1)).toEqual({
      start: 8,
      end: 10,
      mention: 0,
      isFirstPiece: true,
    });
    expect(views[1]?.segments[0]).toEqual({ start: 12, end: 15, mention: 0, isFirstPiece: false });
  });

  it("leaves out a mention that lies between blocks, and a block with no mentions stays whole", () => {
    const views = buildSegments([block(0, 5), block(10, 15)], [{ start: 6, end: 8 }]);
    expect(views.map((view) => view.segments)).toEqual([
      [{ start: 0, end: 5, mention: null, isFirstPiece: false }],
      [{ start: 10, end: 15, mention: null, isFirstPiece: false }],
    ]);
  });

  it("stays linear on a long article", () => {
    const blocks = Array.from({ length: 5000 }, (_, index) => block(index * 100, index * 100 + 98));
    const mentions = Array.from({ length: 20_000 }, (_, index) => ({
      start: index * 25,
      end: index * 25 + 10,
    }));
    const started = performance.now();
    const views = buildSegments(blocks, mentions);
    expect(performance.now() - started).toBeLessThan(500);
    const pieces = views.flatMap((view) => view.segments).filter((segment) => segment.isFirstPiece);
    expect(pieces).toHaveLength(20_000);
  });
});
