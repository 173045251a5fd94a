import "server-only";

/** Every way reading a page can fail, each with one plain message for the patient. */
export const READER_ERROR_MESSAGES = {
  "empty-input": "Paste a link to a page, or the text of the page.",
  "invalid-url": "That doesn't look like a web link. Check it, or paste the page's text instead.",
  "unsupported-scheme": "Only web links (starting with http:// or https://) can be read.",
  "credentials-in-url":
    "That link contains a user name or password. Remove it, or paste the page's text instead.",
  "refused-address":
    "That link points to a private or local network address, which Backsure does not open. Paste the page's text instead.",
  unreachable: "We couldn't reach that page. Check the link, or paste the page's text instead.",
  "http-status": "The website answered with an error. Check the link, or paste the page's text.",
  timeout: "The page took too long to answer. Try again, or paste the page's text instead.",
  "too-large": "That page is too large to read here. Paste the part you want to read instead.",
  "too-many-redirects":
    "That link forwards to too many other addresses. Paste the page's text instead.",
  "not-a-page":
    "That link isn't a web page (it may be a picture, a PDF or a download). Paste its text instead.",
  "nothing-readable": "We couldn't find any readable text on that page. Paste its text instead.",
  "text-too-long": "That text is too long to read at once. Paste a shorter part of the page.",
} as const;

export type ReaderErrorCode = keyof typeof READER_ERROR_MESSAGES;

/** A failure the patient can act on. `detail` is for logs and tests, never shown. */
export class ReaderError extends Error {
  readonly code: ReaderErrorCode;

  constructor(code: ReaderErrorCode, detail?: string) {
    super(detail ? `${READER_ERROR_MESSAGES[code]} (${detail})` : READER_ERROR_MESSAGES[code]);
    this.name = "ReaderError";
    this.code = code;
  }
}

export const isReaderError = (error: unknown): error is ReaderError => error instanceof ReaderError;
