import { isBlockElement } from "./is-block-element";
import { isSkippedElement } from "./is-skipped-element";
import type { TextBlock } from "./text-block";

type BlockBuilder = {
  element: Element;
  text: string;
  nodes: Text[];
  starts: number[];
  isBreakPending: boolean;
  isPreformatted: boolean;
};

export type BlockCollector = {
  /**
   * Reads on until the subtree is done (returns true) or `shouldYield()` says to stop for now (returns false);
   * call again to resume where it stopped.
   */
  run: (shouldYield: () => boolean) => boolean;
  /** The non-empty blocks, in document order of their elements. Complete once `run` has returned true. */
  blocks: () => TextBlock[];
};

export type BlockCollectorOptions = {
  /** Elements of the extension's own that must never be read. */
  isOwnElement?: (element: Element) => boolean;
};

/** How many nodes are read between two checks of the time budget. */
const NODES_PER_CHECK = 64;

const isPreformattedTag = (element: Element): boolean =>
  element.localName === "pre" ||
  element.localName === "listing" ||
  element.localName === "plaintext";

const LINE_BREAKS = /[\t\n\r\f]/g;

/**
 * Reads the visible text under `root` (an element the caller has checked is readable) into blocks, in a walk
 * that can be paused and resumed so a large page never holds the main thread for long.
 */
export const createBlockCollector = (
  root: Element,
  { isOwnElement }: BlockCollectorOptions = {},
): BlockCollector => {
  const builders: BlockBuilder[] = [];
  const open = (element: Element, isPreformatted: boolean): BlockBuilder => {
    const builder: BlockBuilder = {
      element,
      text: "",
      nodes: [],
      starts: [],
      isBreakPending: false,
      isPreformatted: isPreformatted || isPreformattedTag(element),
    };
    builders.push(builder);
    return builder;
  };

  let rootIsPreformatted = false;
  for (let ancestor = root.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (isPreformattedTag(ancestor)) rootIsPreformatted = true;
  }
  const rootBuilder = open(root, rootIsPreformatted);
  const stack: BlockBuilder[] = [rootBuilder];
  const top = (): BlockBuilder => stack[stack.length - 1] ?? rootBuilder;

  const appendText = (node: Text): void => {
    const data = node.data;
    if (data.length === 0) return;
    const builder = top();
    if (builder.isBreakPending && builder.text.length > 0) builder.text += "\n";
    builder.isBreakPending = false;
    builder.starts.push(builder.text.length);
    builder.nodes.push(node);
    builder.text += builder.isPreformatted ? data : data.replace(LINE_BREAKS, " ");
  };

  /** Leaves `element` on the way up: closes its block if it opened one. */
  const leave = (element: Element): void => {
    if (stack.length > 1 && top().element === element) {
      stack.pop();
      top().isBreakPending = true;
    }
  };

  let current: Node | null = root.firstChild;
  let isDone = current === null;

  const run = (shouldYield: () => boolean): boolean => {
    let count = 0;
    while (current && !isDone) {
      if (++count % NODES_PER_CHECK === 0 && shouldYield()) return false;
      const node: Node = current;
      let descend = false;
      if (node.nodeType === Node.TEXT_NODE) {
        appendText(node as Text);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        if (element.localName === "br") {
          top().isBreakPending = true;
        } else if (!isSkippedElement(element, isOwnElement)) {
          if (isBlockElement(element)) {
            top().isBreakPending = true;
            stack.push(open(element, top().isPreformatted));
          }
          descend = true;
        }
      }
      if (descend && node.firstChild) {
        current = node.firstChild;
        continue;
      }
      if (descend) leave(node as Element);
      let next: Node | null = node;
      while (next && next !== root && !next.nextSibling) {
        next = next.parentNode;
        if (next && next !== root) leave(next as Element);
      }
      if (!next || next === root) {
        isDone = true;
        current = null;
      } else {
        current = next.nextSibling;
      }
    }
    isDone = true;
    return true;
  };

  const blocks = (): TextBlock[] =>
    builders
      .filter((builder) => builder.text.trim().length > 0)
      .map(({ element, text, nodes, starts }) => ({ element, text, nodes, starts }));

  return { run, blocks };
};

/** Reads all of `root`'s visible text at once (for small subtrees and tests). */
export const collectBlocks = (root: Element, options: BlockCollectorOptions = {}): TextBlock[] => {
  const collector = createBlockCollector(root, options);
  collector.run(() => false);
  return collector.blocks();
};
