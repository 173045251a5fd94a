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
/** A character `String.prototype.trim` would keep. */
const NOT_BLANK = /[^\s\uFEFF\xA0]/;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Reads the visible text under `root` (an element the caller has checked is readable) into blocks, in a walk
 * that can be paused and resumed so a large page never holds the main thread for long. The walk runs once per
 * page on code the browser has not warmed up yet, so each node costs as few steps as it can.
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
  /** The open blocks, innermost last; `block` is the innermost. */
  const stack: BlockBuilder[] = [];
  let block = open(root, rootIsPreformatted);

  const appendText = (node: Text): void => {
    const data = node.data;
    if (data.length === 0) return;
    if (block.isBreakPending && block.text.length > 0) block.text += "\n";
    block.isBreakPending = false;
    block.starts.push(block.text.length);
    block.nodes.push(node);
    block.text += block.isPreformatted ? data : data.replace(LINE_BREAKS, " ");
  };

  /** Leaves `element` on the way up: closes its block if it opened one. */
  const leave = (element: Element): void => {
    if (block.element !== element) return;
    const outer = stack.pop();
    if (!outer) return;
    block = outer;
    block.isBreakPending = true;
  };

  let current: Node | null = root.firstChild;
  let isDone = current === null;

  const run = (shouldYield: () => boolean): boolean => {
    let count = 0;
    while (current) {
      if (++count === NODES_PER_CHECK) {
        count = 0;
        if (shouldYield()) return false;
      }
      const node: Node = current;
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        appendText(node as Text);
      } else if (type === ELEMENT_NODE) {
        const element = node as Element;
        if (element.localName === "br") {
          block.isBreakPending = true;
        } else if (!isSkippedElement(element, isOwnElement)) {
          if (isBlockElement(element)) {
            block.isBreakPending = true;
            stack.push(block);
            block = open(element, block.isPreformatted);
          }
          const child = element.firstChild;
          if (child) {
            current = child;
            continue;
          }
          leave(element);
        }
      }
      let next: Node | null = node;
      let sibling = next.nextSibling;
      while (!sibling) {
        next = next.parentNode;
        if (!next || next === root) break;
        leave(next as Element);
        sibling = next.nextSibling;
      }
      current = sibling;
    }
    isDone = true;
    return true;
  };

  const blocks = (): TextBlock[] =>
    builders
      .filter((builder) => NOT_BLANK.test(builder.text))
      .map(({ element, text, nodes, starts }) => ({ element, text, nodes, starts }));

  return { run: (shouldYield) => isDone || run(shouldYield), blocks };
};

/** Reads all of `root`'s visible text at once (for small subtrees and tests). */
export const collectBlocks = (root: Element, options: BlockCollectorOptions = {}): TextBlock[] => {
  const collector = createBlockCollector(root, options);
  collector.run(() => false);
  return collector.blocks();
};
