/** The element id of a form field's group, used by the error summary's links and aria-describedby. */
export const fieldId = (name: string): string => `field-${name.replaceAll(".", "-")}`;

/** The id of the message shown next to a field. */
export const errorId = (name: string): string => `${fieldId(name)}-error`;
