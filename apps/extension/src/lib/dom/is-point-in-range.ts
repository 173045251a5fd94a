/**
 * Whether a viewport point is over the range's text. A caret lookup returns the nearest character even when
 * the pointer is in the margin beside it, so hover hit-testing confirms against the range's boxes.
 */
export const isPointInRange = (range: Range, x: number, y: number): boolean => {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
};
