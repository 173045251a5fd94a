/** The given elements minus any inside another of them, in document order. */
export const outermostElements = (elements: Iterable<Element>): Element[] => {
  const sorted = [...new Set(elements)].sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  const result: Element[] = [];
  for (const element of sorted) {
    const last = result[result.length - 1];
    if (!last?.contains(element)) result.push(element);
  }
  return result;
};
