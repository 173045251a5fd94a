import type { PageTopic } from "@backsure/core/guidance";

import type { BackgroundRequest, TextReading } from "../messages";
import type { PageReader } from "../page/page-reader";

/** Tries after the first, when the background's worker was stopped or restarted while a request was on its way. */
const RETRIES = 2;
const RETRY_DELAY_MS = 100;

/**
 * What Chrome says when the service worker behind the extension is gone: stopped mid-request ("message port
 * closed"), or not started again yet after an update ("receiving end does not exist"). Both pass once it is back.
 */
const WORKER_GONE = /message port closed|message channel closed|receiving end does not exist/i;

const isWorkerGone = (error: unknown): boolean =>
  error instanceof Error && WORKER_GONE.test(error.message);

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the extension's background. Its answer is trusted as typed: only the extension's own pages and worker
 * can answer a runtime message, and the background checks every request it gets (see `messages.ts`). A request
 * that meets a stopped or restarting worker, or that the worker dropped without answering, is sent again (a
 * worker may be stopped at any time); any other error is the caller's.
 */
const ask = async <Answer>(request: BackgroundRequest): Promise<Answer> => {
  for (let attempt = 0; ; attempt += 1) {
    let failure: unknown;
    try {
      const answer = await chrome.runtime.sendMessage<BackgroundRequest, Answer | undefined>(
        request,
      );
      if (answer !== undefined) return answer;
      failure = new Error(`The extension's background did not answer "${request.type}"`);
    } catch (error) {
      if (!isWorkerGone(error)) throw error;
      failure = error;
    }
    if (attempt >= RETRIES) throw failure;
    await wait(RETRY_DELAY_MS * (attempt + 1));
  }
};

/**
 * Has the extension's background read the page's text: core's annotator is loaded there once for every tab and
 * stays warm, and the work runs off the page's main thread.
 */
export const readInBackground: PageReader = {
  readText: (text) => ask<TextReading>({ type: "read-text", text }),
  readTopic: (text) => ask<PageTopic>({ type: "read-topic", text }),
};
