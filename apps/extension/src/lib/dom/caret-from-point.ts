import type { TextPosition } from "./find-text-position";

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
};

/** The text position under a point of the viewport, if the point is over text. */
export const caretFromPoint = (doc: Document, x: number, y: number): TextPosition | null => {
  const caretDoc = doc as CaretDocument;
  let node: Node | null = null;
  let offset = 0;
  if (typeof caretDoc.caretPositionFromPoint === "function") {
    const position = caretDoc.caretPositionFromPoint(x, y);
    node = position?.offsetNode ?? null;
    offset = position?.offset ?? 0;
  } else if (typeof doc.caretRangeFromPoint === "function") {
    const range = doc.caretRangeFromPoint(x, y);
    node = range?.startContainer ?? null;
    offset = range?.startOffset ?? 0;
  }
  if (node?.nodeType !== Node.TEXT_NODE) return null;
  return { node: node as Text, offset };
};
