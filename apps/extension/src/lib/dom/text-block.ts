/**
 * A run of visible text that reads as one block on screen (a paragraph, heading, list item, table cell...).
 *
 * `text` is the concatenation of the block's own text nodes (text inside nested blocks belongs to those blocks),
 * with "\n" where a nested block or a <br> interrupts it. Outside <pre>, tabs and line breaks inside a text node
 * are read as spaces: the browser renders them as spaces, and the substitution keeps every offset 1:1 with the
 * node's data, so `starts[i]` is where `nodes[i]` begins in `text`.
 */
export type TextBlock = {
  element: Element;
  text: string;
  nodes: readonly Text[];
  starts: readonly number[];
};
