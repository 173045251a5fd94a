import { LEVEL_STYLE, readPage, readPageTopic } from "@backsure/core/page";
import type { PageTopic } from "@backsure/core/page";
import * as v from "valibot";

import { BackgroundRequestSchema } from "../messages";
import type { TextReading } from "../messages";

/** The "check my own symptoms" page, packaged with the extension so the check runs on the device. */
export const CHECK_PAGE = "tabs/check.html";

/** What the background answers: a reading for `read-text`, a topic for `read-topic`, nothing otherwise. */
export type BackgroundResponse = TextReading | PageTopic | undefined;

/**
 * Handles one message from a content script: reading a stretch of its page's text with core, the toolbar badge
 * for its tab, or opening the check page. None needs a permission: the text is read here, on the device; the
 * badge is set per tab id; and an extension may open its own pages. Anything that is not a valid request gets
 * no answer.
 */
export const handleBackgroundRequest = async (
  message: unknown,
  sender: chrome.runtime.MessageSender,
): Promise<BackgroundResponse> => {
  const request = v.safeParse(BackgroundRequestSchema, message);
  if (!request.success) return undefined;
  switch (request.output.type) {
    case "read-text": {
      const { mentions, topic } = readPage(request.output.text);
      return {
        mentions: mentions.map(({ start, end, concept, level, negated }) => ({
          start,
          end,
          concept,
          level,
          negated,
        })),
        topic,
      };
    }
    case "read-topic":
      return readPageTopic(request.output.text);
    case "page-status": {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const { warningSigns, level } = request.output;
      await chrome.action.setBadgeText({
        tabId,
        text: warningSigns > 0 ? String(warningSigns) : "",
      });
      if (level) {
        await chrome.action.setBadgeBackgroundColor({ tabId, color: LEVEL_STYLE[level].color });
      }
      return undefined;
    }
    case "open-check":
      await chrome.tabs.create({ url: chrome.runtime.getURL(CHECK_PAGE) });
      return undefined;
  }
};
