import type { PhraseMatch } from "./phrase-matcher";
import type { Token, TokenKind } from "./tokenize";

/** Token objects kept for reuse at most (a longer text's extra tokens are let go when its scope ends). */
const MAX_KEPT = 16_384;

/**
 * Token objects reused from one reading to the next. Reading a patient's message makes one object per word, and
 * those were a fifth of everything `assess` allocated: every young-generation collection they brought on is a
 * pause of about 0.4 ms in the middle of some unlucky call. Taking them from here instead, a message's tokens
 * cost nothing once the arena has grown to the longest message read.
 *
 * Scoped like a stack, because readings nest (a sentence of a message is read again on its own while the message's
 * reading is still in use): `mark()` before a reading, `release(mark)` once nothing of it is used any more. After
 * the release its tokens are overwritten by the next reading, so a token must never outlive its scope: results
 * keep offsets and copies of the text, never tokens. `withTokenScope` does the marking.
 */
export class TokenArena {
  readonly #tokens: Token[] = [];
  /**
   * Phrase matches, kept for reuse like the tokens: a message's cue and lexicon matches were the largest share of
   * what reading it allocated. They live as long as the tokens they point into.
   */
  readonly #matches: PhraseMatch<unknown>[] = [];
  #matchesUsed = 0;
  /** Beside each token, the id its tokenizer gave it (see `TokenizeOptions.words`), or -1. */
  #ids = new Int32Array(1_024);
  #used = 0;
  /**
   * Numbers kept per token by a reading (sentence and clause numbers, masks), handed out as views of one pool:
   * at 2,000 characters they were another tenth of what a reading allocated.
   */
  #ints = new Int32Array(4_096);
  #intsUsed = 0;
  /** The array `takenSince` fills for a reading that starts at the arena's bottom (the outermost one). */
  readonly #outermost: Token[] = [];

  /** A token with these fields: a kept object when there is one free, else a new one. */
  take(
    kind: TokenKind,
    norm: string,
    start: number,
    end: number,
    afterBreak: boolean,
    id = -1,
  ): Token {
    if (this.#used === this.#ids.length) {
      const ids = new Int32Array(this.#ids.length * 2);
      ids.set(this.#ids);
      this.#ids = ids;
    }
    this.#ids[this.#used] = id;
    const kept = this.#tokens[this.#used];
    if (kept !== undefined) {
      kept.kind = kind;
      kept.norm = norm;
      kept.start = start;
      kept.end = end;
      kept.afterBreak = afterBreak;
      this.#used += 1;
      return kept;
    }
    const token: Token = { kind, norm, start, end, afterBreak };
    this.#tokens.push(token);
    this.#used += 1;
    return token;
  }

  /**
   * The tokens taken since `mark`, in order. For the outermost reading (`mark` 0) the same array every time,
   * refilled; for a reading inside it a new one. Like the tokens, valid until they are given back.
   */
  takenSince(mark: number): Token[] {
    if (mark !== 0) return this.#tokens.slice(mark, this.#used);
    const out = this.#outermost;
    const count = this.#used;
    for (let i = 0; i < count; i += 1) {
      const token = this.#tokens[i];
      if (token !== undefined) out[i] = token;
    }
    out.length = count;
    return out;
  }

  /**
   * `length` zeroed 32-bit integers, a view of the arena's pool: valid until the scope that took them ends (see
   * `withTokenScope`), after which the next reading writes over them.
   */
  takeInts(length: number): Int32Array {
    const from = this.#intsUsed;
    if (from + length > this.#ints.length) {
      // A new, larger pool: views already taken keep the old one, which lives as long as they do.
      this.#ints = new Int32Array(Math.max(this.#ints.length * 2, from + length));
    }
    this.#intsUsed = from + length;
    const view = this.#ints.subarray(from, from + length);
    view.fill(0);
    return view;
  }

  /** Where the integers taken from now on begin (pass it to `releaseInts`). */
  intMark(): number {
    return this.#intsUsed;
  }

  /** Gives back every integer taken since `mark`. */
  releaseInts(mark: number): void {
    this.#intsUsed = Math.min(this.#intsUsed, mark);
    if (this.#ints.length > MAX_KEPT * 4 && this.#intsUsed === 0)
      this.#ints = new Int32Array(4_096);
  }

  /** The ids of the tokens taken since `mark`, in order: a view, valid until those tokens are given back. */
  idsSince(mark: number): Int32Array {
    return this.#ids.subarray(mark, this.#used);
  }

  /** A phrase match with these fields: a kept object when there is one free, else a new one. */
  takeMatch<T>(value: T, first: number, last: number, start: number, end: number): PhraseMatch<T> {
    const kept = this.#matches[this.#matchesUsed] as PhraseMatch<T> | undefined;
    this.#matchesUsed += 1;
    if (kept !== undefined) {
      kept.value = value;
      kept.first = first;
      kept.last = last;
      kept.start = start;
      kept.end = end;
      return kept;
    }
    const match: PhraseMatch<T> = { value, first, last, start, end };
    this.#matches.push(match);
    return match;
  }

  /** Where the matches taken from now on begin (pass it to `releaseMatches`). */
  matchMark(): number {
    return this.#matchesUsed;
  }

  /** Gives back every match taken since `mark`. */
  releaseMatches(mark: number): void {
    this.#matchesUsed = Math.min(this.#matchesUsed, mark);
    if (this.#matches.length > MAX_KEPT)
      this.#matches.length = Math.max(MAX_KEPT, this.#matchesUsed);
  }

  /** Where the tokens taken from now on begin (pass it to `release`). */
  mark(): number {
    return this.#used;
  }

  /** Gives back every token taken since `mark`; they are reused by the next `take`. */
  release(mark: number): void {
    this.#used = Math.min(this.#used, mark);
    if (this.#tokens.length > MAX_KEPT) this.#tokens.length = Math.max(MAX_KEPT, this.#used);
    if (this.#outermost.length > MAX_KEPT) this.#outermost.length = 0;
    if (this.#ids.length > MAX_KEPT && this.#used <= MAX_KEPT)
      this.#ids = this.#ids.slice(0, MAX_KEPT);
  }
}

/**
 * Runs `read` with the arena's tokens and matches taken inside it given back afterwards, also when `read`
 * throws.
 */
export const withTokenScope = <T>(arena: TokenArena, read: () => T): T => {
  const mark = arena.mark();
  const matchMark = arena.matchMark();
  const intMark = arena.intMark();
  try {
    return read();
  } finally {
    arena.release(mark);
    arena.releaseMatches(matchMark);
    arena.releaseInts(intMark);
  }
};
