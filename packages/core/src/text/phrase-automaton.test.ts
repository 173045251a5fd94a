import { describe, expect, it } from "vitest";
import { PhraseAutomaton } from "./phrase-automaton";
import type { PhraseNode } from "./phrase-automaton";

/** Every phrase the trie accepts (norms joined by spaces) with its values. */
const phrasesOf = <T>(root: PhraseNode<T>): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  const visit = (node: PhraseNode<T>, path: string): void => {
    if (node.values.length > 0) out.set(path, node.values);
    for (const [norm, child] of node.next ?? []) visit(child, path ? `${path} ${norm}` : norm);
  };
  visit(root, "");
  return out;
};

/** Distinct nodes reachable from the root. */
const countNodes = <T>(root: PhraseNode<T>): number => {
  const seen = new Set<PhraseNode<T>>([root]);
  const stack = [root];
  while (stack.length > 0)
    for (const child of stack.pop()?.next?.values() ?? [])
      if (!seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
  return seen.size;
};

/** `(a|b)` over `layers` groups, each of `width` one-word alternatives, ending in `value`. */
const addLayers = (
  automaton: PhraseAutomaton<string>,
  layers: readonly (readonly string[])[],
  value: string,
): void => {
  let at = automaton.addState();
  automaton.addEmpty(PhraseAutomaton.START, at);
  for (const words of layers) {
    const end = automaton.addState();
    for (const word of words) automaton.addEmpty(automaton.addPath(at, [word]), end);
    at = end;
  }
  automaton.addValue(at, value);
};

describe("PhraseAutomaton", () => {
  it("accepts each phrase of the patterns with its values, in pattern order and without repeats", () => {
    const automaton = new PhraseAutomaton<string>();
    addLayers(automaton, [["pain", "ache"], ["down"], ["leg", "calf"]], "radiating");
    addLayers(automaton, [["pain"], ["down"], ["leg"]], "exact");
    addLayers(automaton, [["pain"], ["down"], ["leg"]], "radiating");
    expect(Object.fromEntries(phrasesOf(automaton.determinize()))).toEqual({
      "pain down leg": ["radiating", "exact"],
      "pain down calf": ["radiating"],
      "ache down leg": ["radiating"],
      "ache down calf": ["radiating"],
    });
  });

  it("grows with the patterns' length, not with the number of phrases they stand for", () => {
    // Eight layers of eight words: 16.7 million phrases, which a trie of phrases would need as many leaves for.
    const layers = Array.from({ length: 8 }, (_, layer) =>
      Array.from({ length: 8 }, (_, word) => `w${layer}x${word}`),
    );
    const automaton = new PhraseAutomaton<string>();
    addLayers(automaton, layers, "v");
    const root = automaton.determinize();
    expect(countNodes(root)).toBeLessThan(100);
    let node: PhraseNode<string> | undefined = root;
    for (const words of layers) node = node?.next?.get(words[words.length - 1] ?? "");
    expect(node?.values).toEqual(["v"]);
  });

  it("follows alternatives that overlap (one a prefix of another) to every phrase they allow", () => {
    // "(ive|ive been) (been|felt) sore": the case that once made a trie of maps expand a pattern into a tree.
    const automaton = new PhraseAutomaton<string>();
    const start = automaton.addState();
    automaton.addEmpty(PhraseAutomaton.START, start);
    const subject = automaton.addState();
    automaton.addEmpty(automaton.addPath(start, ["ive"]), subject);
    automaton.addEmpty(automaton.addPath(start, ["ive", "been"]), subject);
    const verb = automaton.addState();
    automaton.addEmpty(automaton.addPath(subject, ["been"]), verb);
    automaton.addEmpty(automaton.addPath(subject, ["felt"]), verb);
    automaton.addValue(automaton.addPath(verb, ["sore"]), "sore-since");
    expect([...phrasesOf(automaton.determinize()).keys()].sort()).toEqual([
      "ive been been sore",
      "ive been felt sore",
      "ive been sore",
      "ive felt sore",
    ]);
  });

  it("tells a way through made of empty moves alone", () => {
    const automaton = new PhraseAutomaton<string>();
    const start = automaton.addState();
    const end = automaton.addState();
    automaton.addEmpty(start, end);
    const word = automaton.addPath(start, ["x"]);
    expect(automaton.reachesByEmpty(start, end)).toBe(true);
    expect(automaton.reachesByEmpty(start, word)).toBe(false);
  });
});
