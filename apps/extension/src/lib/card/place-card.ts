export type Box = { top: number; left: number; width: number; height: number };
export type Placement = { top: number; left: number; side: "above" | "below" };

/** Space kept between the card and the words it explains, and between the card and the window's edge. */
const GAP = 8;

/**
 * Where the card goes so it never covers the mention: below the mention's box when it fits there, otherwise
 * above it, otherwise on the side with more room; kept inside the viewport horizontally.
 */
export const placeCard = (
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement => {
  const spaceBelow = viewport.height - (anchor.top + anchor.height) - GAP;
  const spaceAbove = anchor.top - GAP;
  const fitsBelow = card.height <= spaceBelow - GAP;
  const fitsAbove = card.height <= spaceAbove - GAP;
  const side = fitsBelow || (!fitsAbove && spaceBelow >= spaceAbove) ? "below" : "above";
  const top = side === "below" ? anchor.top + anchor.height + GAP : anchor.top - GAP - card.height;
  const maxLeft = Math.max(GAP, viewport.width - card.width - GAP);
  const left = Math.min(Math.max(anchor.left, GAP), maxLeft);
  return { top, left, side };
};
