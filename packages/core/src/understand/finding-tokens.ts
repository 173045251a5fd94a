// Where a finding's words lie among the tokens of its reading (findings keep character offsets).
import type { Reading } from "./read-text";

/** The token that starts at character `start`, at or after token `from` (-1 if none): tokens are in text order. */
export const tokenStartingAt = (reading: Reading, start: number, from: number): number => {
  const { tokens } = reading;
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === start ? lo : -1;
};

/** The token after the one that ends at character `end`. */
export const tokenAfterEnd = (reading: Reading, end: number, from: number): number => {
  let i = from;
  while (i < reading.tokens.length && (reading.tokens[i]?.end ?? 0) <= end) i += 1;
  return i;
};
