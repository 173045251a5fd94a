import type { TriageLevel } from "@backsure/core/guidance";
import * as v from "valibot";

import { readInBackground } from "./background/read-in-background";
import { ContentRequestSchema } from "./messages";
import type { BackgroundRequest, PageReport, RevealResult } from "./messages";
import { createPageAnnotator } from "./page/create-page-annotator";
import { readSettings, watchSettings } from "./settings/settings-storage";

const sendToBackground = (request: BackgroundRequest): void => {
  // The background may be asleep or reloading; a lost badge update is harmless.
  chrome.runtime.sendMessage(request).catch(() => undefined);
};

/** Starts the extension on a page: settings in, highlights out, and answers to the popup. */
export const startContentScript = async (): Promise<void> => {
  const annotator = createPageAnnotator({
    doc: document,
    settings: await readSettings(),
    reader: readInBackground,
    onStatus: (warningSigns: number, level: TriageLevel | null) =>
      sendToBackground({ type: "page-status", warningSigns, level }),
    onCheckOwnSymptoms: () => sendToBackground({ type: "open-check" }),
  });
  watchSettings((settings) => annotator.setSettings(settings));
  chrome.runtime.onMessage.addListener(
    (message: unknown, _sender, sendResponse: (response: PageReport | RevealResult) => void) => {
      const request = v.safeParse(ContentRequestSchema, message);
      if (!request.success) return false;
      switch (request.output.type) {
        case "get-page-report":
          sendResponse(annotator.report());
          break;
        case "reveal-mention":
          sendResponse({ isRevealed: annotator.reveal(request.output.concept) });
          break;
      }
      return false;
    },
  );
};
