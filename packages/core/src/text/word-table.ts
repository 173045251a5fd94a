/**
 * A fixed set of words, numbered 0..n-1 in the order given, found by their characters: the tokenizer looks a
 * word up while it scans the text, with a hash it computes on the way, so a known word costs no string (its norm
 * is the table's own copy) and no hashing of a new string by the engine. Nearly every word of a patient's message
 * is a word the reader knows, so this is most of the tokens.
 *
 * Open addressing with linear probing over typed arrays; a quarter full at most, so a miss ends after a probe or
 * two.
 */

/** FNV-1a over UTF-16 code units: `hashStep` from `HASH_SEED` for each code unit of a word. */
export const HASH_SEED = 0x811c9dc5 | 0;

export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/** The hash of a whole string, as the tokenizer computes it over the same code units. */
export const hashOf = (word: string): number => {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i += 1) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
};

/**
 * Ints per slot of a `WordTable`: the word's id plus one (0 for an empty slot), its hash, its length and where its
 * characters start in the table's character pool.
 */
const SLOT = 4;

export class WordTable {
  /** The words by id. */
  readonly words: readonly string[];
  /**
   * The slots, `SLOT` ints each (see `SLOT`). A probe reads one slot and the word's characters in `#chars`, both
   * in typed arrays: reading a message evicts the table from the cache, and a probe that went through separate
   * arrays of ids and hashes and then the word's string object cost about four cache misses a token.
   */
  readonly #slots: Int32Array;
  /** Every word's UTF-16 code units, one after another, in id order. */
  readonly #chars: Uint16Array;
  readonly #mask: number;

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.words = list;
    this.#slots = new Int32Array(size * SLOT);
    let chars = 0;
    for (const word of list) chars += word.length;
    this.#chars = new Uint16Array(chars);
    this.#mask = size - 1;
    let from = 0;
    list.forEach((word, id) => {
      const hash = hashOf(word);
      let slot = hash & this.#mask;
      while (this.#slots[slot * SLOT] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot * SLOT] = id + 1;
      this.#slots[slot * SLOT + 1] = hash;
      this.#slots[slot * SLOT + 2] = word.length;
      this.#slots[slot * SLOT + 3] = from;
      for (let k = 0; k < word.length; k += 1) this.#chars[from + k] = word.charCodeAt(k);
      from += word.length;
    });
  }

  get size(): number {
    return this.words.length;
  }

  /** The id of the word written at `text[start..end)`, whose `hashOf` is `hash`; -1 when it is not here. */
  idOfRange(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const at = slot * SLOT;
      const entry = this.#slots[at] ?? 0;
      if (entry === 0) return -1;
      if (this.#slots[at + 1] !== hash || this.#slots[at + 2] !== length) continue;
      const from = this.#slots[at + 3] ?? 0;
      let k = 0;
      while (k < length && this.#chars[from + k] === text.charCodeAt(start + k)) k += 1;
      if (k === length) return entry - 1;
    }
  }

  /** The id of `word`, or -1. */
  idOf(word: string): number {
    return this.idOfRange(word, 0, word.length, hashOf(word));
  }
}
