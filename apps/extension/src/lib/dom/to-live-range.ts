/** A live copy of a static range, for measuring it or putting it in the selection. */
export const toLiveRange = (doc: Document, range: AbstractRange): Range => {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
};
