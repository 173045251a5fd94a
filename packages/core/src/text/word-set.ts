import type { WordTable } from "./word-table";

/**
 * The token ids of one reading (see `WordTable`): `ids[i]` is token i's id in the reader's table, so that its
 * norm is `table.words[ids[i]]`, or -1 when its norm is not in the table.
 */
export type IdsOfTokens = {
  readonly ids: Int32Array;
  readonly tokens: readonly { readonly norm: string }[];
};

/** Every word set made so far, for the reader to number their words (`wordSetWords`, `bindWordSets`). */
const made: WordSet[] = [];
/** The table the sets are bound to, once a reader has compiled. */
let boundTo: WordTable | undefined;

/**
 * A fixed set of words, asked about one token at a time. Reading a message asks some 6,000 times whether a
 * token's word is in one set or another ("is this a weekday?", "a word that opens a question?"), and each
 * `Set.has` on a string was a hash probe of about 25 ns: a fifth of a message's reading. A word set is also a
 * membership array over the reader's word ids, so `at` answers from the token's id with one array read.
 *
 * The reader numbers every word of every set that preparing leaves as written (`wordSetWords`) and binds the sets
 * to its table (`bindWordSets`). A word it could not number (one the typo corrector would change: a token only
 * keeps such a norm when nothing corrects it) is still found, through `has`, by the tokens that have no id.
 */
export class WordSet implements Iterable<string> {
  readonly #words: ReadonlySet<string>;
  /** 1 at the id of each of the set's words in the bound table. */
  #member: Uint8Array = new Uint8Array(0);
  /** Some word of the set has no id in the bound table: a token without an id may still be one of them. */
  #partial = true;
  /** The ids of the set's words in the bound table. */
  #ids: Int32Array = new Int32Array(0);

  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
    if (this.#words.has("")) throw new Error("A word set cannot hold the empty word");
    made.push(this);
    if (boundTo !== undefined) this.#bind(boundTo);
  }

  get size(): number {
    return this.#words.size;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.#words[Symbol.iterator]();
  }

  /** Whether `norm` is one of the words. */
  has(norm: string): boolean {
    return this.#words.has(norm);
  }

  /**
   * Whether token `index` of a reading is one of the words (false for an index outside the tokens): the same
   * answer as `has(tokens[index]?.norm ?? "")`, from the token's id.
   */
  at(reading: IdsOfTokens, index: number): boolean {
    const id = reading.ids[index] ?? -1;
    if (id >= 0) return this.#member[id] === 1;
    return this.#partial && this.#words.has(reading.tokens[index]?.norm ?? "");
  }

  /**
   * Whether any token of a reading may be one of the words, from the reading's bitset of the ids it holds
   * (`presentIds`): one bit read per word of the set, not one look per token. A loop over every token asking `at`
   * can start by asking this, as most messages have none of a set's few words. (A set with words the table could
   * not number answers true: a token without an id may be one of them.)
   */
  anyIn(reading: { readonly present: Uint32Array }): boolean {
    if (this.#partial) return true;
    const { present } = reading;
    for (const id of this.#ids)
      if (((present[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0) return true;
    return false;
  }

  #bind(table: WordTable): void {
    const member = new Uint8Array(table.size);
    const ids: number[] = [];
    let partial = false;
    for (const word of this.#words) {
      const id = table.idOf(word);
      if (id >= 0) {
        member[id] = 1;
        ids.push(id);
      } else partial = true;
    }
    this.#member = member;
    this.#ids = Int32Array.from(ids);
    this.#partial = partial;
  }

  /** Binds every set made so far, and every set made later, to `table`. */
  static bindAll(table: WordTable): void {
    boundTo = table;
    for (const set of made) set.#bind(table);
  }
}

/** A bitset of the ids in `ids` (-1 left out), sized for a table of `size` words: what `WordSet.anyIn` reads. */
export const presentIds = (ids: Int32Array, size: number): Uint32Array => {
  const present = new Uint32Array((size + 31) >>> 5);
  for (const id of ids)
    if (id >= 0) present[id >>> 5] = (present[id >>> 5] ?? 0) | (1 << (id & 31));
  return present;
};

/** The words of every word set made so far, for a reader to number. */
export const wordSetWords = (): Set<string> => {
  const words = new Set<string>();
  for (const set of made) for (const word of set) words.add(word);
  return words;
};

/** Binds every word set (made so far and made later) to a reader's table: `at` then reads ids of that table. */
export const bindWordSets = (table: WordTable): void => {
  WordSet.bindAll(table);
};
