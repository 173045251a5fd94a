/** The smallest change in a 0–10 pain score that patients feel as real: 2 points, or 30% (R40, R41, R42). */
export const MEANINGFUL_CHANGE = { points: 2, fraction: 0.3 } as const;

/**
 * Whether a change from `from` to `to` (0–10 pain scores or averages of them) is clinically meaningful in either
 * direction: at least 2 points, or at least 30% of a starting score above 0.
 */
export const isMeaningfulChange = (from: number, to: number): boolean => {
  const change = Math.abs(to - from);
  if (change === 0) return false;
  // A tiny epsilon keeps 1.9999999 (float averages) from missing the 2-point line.
  if (change >= MEANINGFUL_CHANGE.points - 1e-9) return true;
  return from > 0 && change / from >= MEANINGFUL_CHANGE.fraction - 1e-9;
};
