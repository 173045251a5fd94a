export type ChunkSizer = {
  /** How many characters the next chunk should hold. */
  next: () => number;
  /** Reports how long a chunk of `chars` characters took, in ms. */
  record: (chars: number, ms: number) => void;
};

export type ChunkSizerOptions = {
  /** The first chunk's size: small, because the first calls run on code the JIT has not compiled yet. */
  first: number;
  min: number;
  max: number;
  /** The time one chunk may take (well under the 50 ms of a long task). */
  budgetMs: number;
};

/**
 * Sizes chunks of text by how fast they were read so far: a chunk that took under half the budget doubles the
 * next one (up to `max`); one that took over the budget sizes the next from the speed measured (down to `min`).
 * So the first, slow calls stay short and later ones grow to amortise the per-call cost.
 */
export const createChunkSizer = ({ first, min, max, budgetMs }: ChunkSizerOptions): ChunkSizer => {
  let size = first;
  return {
    next: () => size,
    record: (chars, ms) => {
      if (chars <= 0) return;
      if (ms > budgetMs) {
        const fitting = Math.floor((chars * budgetMs) / Math.max(ms, 1e-3));
        size = Math.max(min, Math.min(size, fitting));
      } else if (ms < budgetMs / 2) {
        size = Math.min(max, size * 2);
      }
    },
  };
};
