import type { PageTopic } from "@backsure/core/guidance";

import type { BackgroundRequest, TextReading } from "../messages";
import type { PageReader } from "../page/page-reader";

/**
 * Asks the extension's background. Its answer is trusted as typed: only the extension's own pages and worker
 * can answer a runtime message, and the background checks every request it gets (see `messages.ts`).
 */
const ask = <Answer>(request: BackgroundRequest): Promise<Answer> =>
  chrome.runtime.sendMessage<BackgroundRequest, Answer>(request);

/**
 * Has the extension's background read the page's text: core's annotator is loaded there once for every tab and
 * stays warm, and the work runs off the page's main thread.
 */
export const readInBackground: PageReader = {
  readText: (text) => ask<TextReading>({ type: "read-text", text }),
  readTopic: (text) => ask<PageTopic>({ type: "read-topic", text }),
};
