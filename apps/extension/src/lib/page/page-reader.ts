import type { PageTopic } from "@backsure/core/guidance";

import type { TextReading } from "../messages";

/**
 * Where the content script has its page's text read by core. In the extension that is the background (see
 * `read-in-background`); tests may read in place.
 */
export type PageReader = {
  /** The mentions and topic words in a stretch of text (core's `readPage`). */
  readText: (text: string) => Promise<TextReading>;
  /** The topic words only (core's `readPageTopic`). */
  readTopic: (text: string) => Promise<PageTopic>;
};
