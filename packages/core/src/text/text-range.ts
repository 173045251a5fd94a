/** A half-open range of UTF-16 offsets into a text. */
export type TextRange = { start: number; end: number };
