/**
 * A node of a compiled phrase matcher: its children by token norm (absent where nothing follows), and the values
 * of the phrases that end here, in the order their patterns were given.
 */
export type PhraseNode<T> = {
  next: Map<string, PhraseNode<T>> | undefined;
  values: T[];
};

/**
 * Patterns as a nondeterministic automaton over token norms (state 0 starts every pattern), made deterministic by
 * the subset construction. A pattern's groups become states joined by empty moves, so a pattern costs states in
 * proportion to its own length however many phrases it stands for: "(ive|i have) (been|felt) [a bit|so] sore"
 * is four small layers, not the eighteen phrases it expands to. The deterministic result is the trie the matchers
 * walk, with each path shared wherever the patterns allow it; it accepts exactly the phrases of the patterns'
 * expansions, each with its values in pattern order.
 */
export class PhraseAutomaton<T> {
  /** Word moves of each state (absent on states with none). */
  readonly #moves: ([norm: string, to: number][] | undefined)[] = [undefined];
  /** Empty moves of each state. */
  readonly #empty: (number[] | undefined)[] = [undefined];
  /** Values of the phrases that end at each state. */
  readonly #values: (T[] | undefined)[] = [undefined];

  /** The state every pattern starts from. */
  static readonly START = 0;

  get size(): number {
    return this.#moves.length;
  }

  addState(): number {
    this.#moves.push(undefined);
    this.#empty.push(undefined);
    this.#values.push(undefined);
    return this.#moves.length - 1;
  }

  /** A new state reached from `from` by reading the norms of `key` in order (`from` itself for an empty key). */
  addPath(from: number, key: readonly string[]): number {
    let at = from;
    for (const norm of key) {
      const to = this.addState();
      (this.#moves[at] ??= []).push([norm, to]);
      at = to;
    }
    return at;
  }

  /** An empty move: whatever can follow `to` can follow `from`. */
  addEmpty(from: number, to: number): void {
    (this.#empty[from] ??= []).push(to);
  }

  addValue(state: number, value: T): void {
    const values = (this.#values[state] ??= []);
    if (!values.includes(value)) values.push(value);
  }

  /** Whether `to` is reached from `from` by empty moves alone. */
  reachesByEmpty(from: number, to: number): boolean {
    return this.#reachable([from]).has(to);
  }

  /** The states reachable from `states` by empty moves (`states` included). */
  #reachable(states: readonly number[]): Set<number> {
    const reached = new Set<number>();
    const stack = [...states];
    while (stack.length > 0) {
      const state = stack.pop() ?? 0;
      if (reached.has(state)) continue;
      reached.add(state);
      for (const to of this.#empty[state] ?? []) stack.push(to);
    }
    return reached;
  }

  /**
   * The states reachable from `states` by empty moves that read a word or end a phrase (sorted): the others add
   * nothing to where a path can go, and leaving them out lets paths that differ only in them share a node.
   */
  #closure(states: readonly number[]): number[] {
    return [...this.#reachable(states)]
      .filter((state) => this.#moves[state] !== undefined || this.#values[state] !== undefined)
      .sort((a, b) => a - b);
  }

  /**
   * The deterministic trie (the subset construction). The root carries no values: a phrase reads at least one
   * token.
   */
  determinize(): PhraseNode<T> {
    const root: PhraseNode<T> = { next: undefined, values: [] };
    const nodes = new Map<string, PhraseNode<T>>();
    const queue: [PhraseNode<T>, number[]][] = [[root, this.#closure([PhraseAutomaton.START])]];
    // (the loop also visits the entries it appends: an array iterator reads the length at every step)
    for (const [node, states] of queue) {
      const targets = new Map<string, number[]>();
      for (const state of states)
        for (const [norm, to] of this.#moves[state] ?? []) {
          const list = targets.get(norm);
          if (list === undefined) targets.set(norm, [to]);
          else list.push(to);
        }
      for (const [norm, list] of targets) {
        const subset = this.#closure(list);
        if (subset.length === 0) continue;
        const key = subset.join(",");
        let child = nodes.get(key);
        if (child === undefined) {
          child = { next: undefined, values: this.#valuesOf(subset) };
          nodes.set(key, child);
          queue.push([child, subset]);
        }
        (node.next ??= new Map()).set(norm, child);
      }
    }
    return root;
  }

  /** The values of the phrases ending in a subset, in pattern order (states are numbered in that order). */
  #valuesOf(subset: readonly number[]): T[] {
    const out: T[] = [];
    for (const state of subset)
      for (const value of this.#values[state] ?? []) if (!out.includes(value)) out.push(value);
    return out;
  }
}
