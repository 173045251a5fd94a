import { isBlockElement } from "./is-block-element";

/** The nearest block element containing `node` (itself when it is one): what must be read again when it changes. */
export const findBlockRoot = (node: Node): Element | null => {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && !isBlockElement(element)) element = element.parentElement;
  return element;
};
