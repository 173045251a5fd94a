import type { Page } from "playwright-core";

type DomNode = {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
};

type Box = { x: number; y: number; width: number; height: number };

export type CardState = {
  text: string;
  headings: string[];
  box: Box;
  /** Where the "Check my own symptoms" button is. */
  checkButton: Box | null;
};

const find = (node: DomNode, predicate: (node: DomNode) => boolean): DomNode | null => {
  if (predicate(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, predicate);
    if (found) return found;
  }
  return null;
};

const collect = (
  node: DomNode,
  into: DomNode[],
  predicate: (node: DomNode) => boolean,
): DomNode[] => {
  if (predicate(node)) into.push(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])])
    collect(child, into, predicate);
  return into;
};

const textOf = (node: DomNode): string =>
  node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join(" ");

/**
 * The card as the user sees it. It lives in a closed shadow root the page cannot read, so the test reads it
 * through the DevTools protocol (which pierces shadow roots). Null when no card is open.
 */
export const readCard = async (page: Page): Promise<CardState | null> => {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const host = find(root, (node) => node.nodeName === "BACKSURE-CARD");
    const card = host && find(host, (node) => node.nodeName === "SECTION");
    if (!card) return null;
    const headings = collect(card, [], (node) => node.nodeName === "H3").map(textOf);
    const boxOf = async (node: DomNode): Promise<Box> => {
      const { model } = (await cdp.send("DOM.getBoxModel", { nodeId: node.nodeId })) as {
        model: { border: number[]; width: number; height: number };
      };
      const [x = 0, y = 0] = model.border;
      return { x, y, width: model.width, height: model.height };
    };
    const check = find(
      card,
      (node) => node.nodeName === "BUTTON" && textOf(node).includes("Check my own"),
    );
    return {
      text: textOf(card).replace(/\s+/g, " ").trim(),
      headings,
      box: await boxOf(card),
      checkButton: check ? await boxOf(check) : null,
    };
  } finally {
    await cdp.detach();
  }
};
