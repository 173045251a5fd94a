import type { ContentRequest, PageReport, RevealResult } from "../messages";

type Responses = {
  "get-page-report": PageReport;
  "reveal-mention": RevealResult;
};

/**
 * Sends a request to the content script of the active tab. Needs no `tabs` permission: the tab's id is all
 * that is read. Resolves to null where no content script runs (browser pages, the web store, a page still
 * loading).
 */
export const sendToActiveTab = async <R extends ContentRequest>(
  request: R,
): Promise<Responses[R["type"]] | null> => {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    return await chrome.tabs.sendMessage<R, Responses[R["type"]]>(tab.id, request);
  } catch {
    return null;
  }
};
