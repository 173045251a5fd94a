/**
 * Which messages each message is told together with in `messages-combined.test.ts`.
 *
 * Every pair of our messages grows as the square of the set: at 2,300 messages that is over two million
 * assessments, most of CI's half hour. By default each message is told with a fixed sample of `count` partners,
 * the pool shuffled once with a fixed seed and dealt out in turn, so every partner is used about equally often and
 * the same pairs run on every machine. `BACKSURE_COMBINED=all` tells every message with every partner (run it with
 * `pnpm --filter @backsure/core test:combined` after a change to how scopes, dates or trends reach across a message).
 */
export const everyPair = (): boolean => process.env.BACKSURE_COMBINED === "all";

/** A small, well-mixed deterministic generator (mulberry32): the same shuffle on every machine. */
const generator = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

export const shuffled = <T>(pool: readonly T[], seed: number): T[] => {
  const out = [...pool];
  const next = generator(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

/**
 * The partners of each of `messages`: all of `pool` when every pair is asked for (or the pool is no bigger than
 * `count`), otherwise `count` of them, dealt in turn from the shuffled pool.
 */
export const toldWith = <M, P>(
  messages: readonly M[],
  pool: readonly P[],
  count: number,
  all = everyPair(),
): [M, P[]][] => {
  if (all || pool.length <= count) return messages.map((message) => [message, [...pool]]);
  const deck = shuffled(pool, 0x5eed);
  return messages.map((message, index) => [
    message,
    Array.from({ length: count }, (_, j) => deck[(index * count + j) % deck.length] as P),
  ]);
};
