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

export class WordTable {
  /** The words by id. */
  readonly words: readonly string[];
  /** Per slot: the id of the word there plus one, or 0 when the slot is empty. */
  readonly #slots: Int32Array;
  /** Per slot: the hash of the word there. */
  readonly #hashes: Int32Array;
  readonly #mask: number;

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.words = list;
    this.#slots = new Int32Array(size);
    this.#hashes = new Int32Array(size);
    this.#mask = size - 1;
    list.forEach((word, id) => {
      const hash = hashOf(word);
      let slot = hash & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = id + 1;
      this.#hashes[slot] = hash;
    });
  }

  get size(): number {
    return this.words.length;
  }

  /** The id of the word written at `text[start..end)`, whose `hashOf` is `hash`; -1 when it is not here. */
  idOfRange(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const entry = this.#slots[slot] ?? 0;
      if (entry === 0) return -1;
      if (this.#hashes[slot] !== hash) continue;
      const word = this.words[entry - 1] ?? "";
      if (word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === text.charCodeAt(start + k)) k += 1;
      if (k === length) return entry - 1;
    }
  }

  /** The id of `word`, or -1. */
  idOf(word: string): number {
    return this.idOfRange(word, 0, word.length, hashOf(word));
  }
}
