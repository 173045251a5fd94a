import { LEVEL_STYLE } from "@backsure/core/page";
import * as v from "valibot";

import { BackgroundRequestSchema } from "../messages";

/** The "check my own symptoms" page, packaged with the extension so the check runs on the device. */
export const CHECK_PAGE = "tabs/check.html";

/**
 * Handles one message from a content script: the toolbar badge for its tab, or opening the check page.
 * Neither needs a permission: the badge is set per tab id, and an extension may open its own pages.
 */
export const handleBackgroundRequest = async (
  message: unknown,
  sender: chrome.runtime.MessageSender,
): Promise<void> => {
  const request = v.safeParse(BackgroundRequestSchema, message);
  if (!request.success) return;
  switch (request.output.type) {
    case "page-status": {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const { warningSigns, level } = request.output;
      await chrome.action.setBadgeText({
        tabId,
        text: warningSigns > 0 ? String(warningSigns) : "",
      });
      if (level) {
        await chrome.action.setBadgeBackgroundColor({ tabId, color: LEVEL_STYLE[level].color });
      }
      return;
    }
    case "open-check":
      await chrome.tabs.create({ url: chrome.runtime.getURL(CHECK_PAGE) });
      return;
  }
};
