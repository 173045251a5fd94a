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

/** Whether the element is hidden from a sighted reader (display: none, visibility: hidden, `hidden`). */
const isHidden = (element: Element): boolean => {
  if (element instanceof HTMLElement && element.hidden) return true;
  if (typeof element.checkVisibility === "function") {
    return !element.checkVisibility({ visibilityProperty: true });
  }
  const style = getComputedStyle(element);
  return style.display === "none" || style.visibility === "hidden";
};

const isEditable = (element: Element): boolean => {
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  const attribute = element.getAttribute("contenteditable");
  return attribute !== null && attribute !== "false";
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
  isEditable(element) ||
  isHidden(element);
