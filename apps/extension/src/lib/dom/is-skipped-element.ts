/** Elements whose text is never read: code, form fields, embedded documents and non-text content. */
const SKIPPED_TAGS = new Set([
  "audio",
  "canvas",
  "embed",
  "head",
  "iframe",
  "input",
  "math",
  "noscript",
  "object",
  "option",
  "script",
  "select",
  "style",
  "svg",
  "template",
  "textarea",
  "video",
]);

const VISIBILITY_CHECK = { visibilityProperty: true } as const;

/**
 * Whether the element shows nothing to a sighted reader: `display: none` (the `hidden` attribute included),
 * `visibility: hidden` or `content-visibility: hidden`.
 */
const isHidden = (element: Element): boolean => {
  if ((element as Partial<HTMLElement>).hidden === true) return true;
  if (typeof element.checkVisibility !== "function") {
    const style = getComputedStyle(element);
    return style.display === "none" || style.visibility === "hidden";
  }
  if (element.checkVisibility(VISIBILITY_CHECK)) return false;
  // `display: contents` gives the element no box of its own, so the check says "not visible", yet its
  // children show: read on, and they are checked one by one.
  const style = getComputedStyle(element);
  return style.display !== "contents" || style.visibility === "hidden";
};

/**
 * Whether the reader skips the element and everything inside it: scripts, styles, form fields, editable areas,
 * hidden elements, and anything `isOwnElement` claims (the extension's own card).
 */
export const isSkippedElement = (
  element: Element,
  isOwnElement: (element: Element) => boolean = () => false,
): boolean =>
  SKIPPED_TAGS.has(element.localName) ||
  isOwnElement(element) ||
  (element as Partial<HTMLElement>).isContentEditable === true ||
  isHidden(element);
