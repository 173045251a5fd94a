import { describe, expect, it } from "vitest";

import { placeCard } from "./place-card";

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const overlaps = (a: { top: number; height: number }, top: number, height: number): boolean =>
  a.top < top + height && top < a.top + a.height;

describe("placeCard", () => {
  it("goes below the mention when there is room", () => {
    const anchor = { top: 100, left: 200, width: 80, height: 20 };
    const placement = placeCard(anchor, card, viewport);
    expect(placement.side).toBe("below");
    expect(placement.top).toBeGreaterThanOrEqual(anchor.top + anchor.height);
  });

  it("goes above the mention near the bottom of the window", () => {
    const anchor = { top: 700, left: 200, width: 80, height: 20 };
    const placement = placeCard(anchor, card, viewport);
    expect(placement.side).toBe("above");
    expect(placement.top + card.height).toBeLessThanOrEqual(anchor.top);
  });

  it("never covers the mention, wherever it is", () => {
    for (let top = 0; top < 800; top += 37) {
      const anchor = { top, left: 900, width: 80, height: 20 };
      const placement = placeCard(anchor, card, viewport);
      expect(overlaps(anchor, placement.top, card.height)).toBe(false);
    }
  });

  it("stays inside the window horizontally", () => {
    const placement = placeCard({ top: 100, left: 900, width: 80, height: 20 }, card, viewport);
    expect(placement.left + card.width).toBeLessThanOrEqual(viewport.width);
    expect(
      placeCard({ top: 100, left: -50, width: 80, height: 20 }, card, viewport).left,
    ).toBeGreaterThan(0);
  });
});
