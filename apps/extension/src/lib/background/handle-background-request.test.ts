import { readPage, readPageTopic } from "@backsure/core/page";
import { describe, expect, it } from "vitest";

import { MAX_TEXT_CHARS } from "../messages";
import { handleBackgroundRequest } from "./handle-background-request";

const sender: chrome.runtime.MessageSender = { tab: { id: 7 } as chrome.tabs.Tab };
const TEXT =
  "Back pain after physical therapy\nSome soreness the next day is normal.\nNumbness in the saddle area and trouble passing urine need care the same day.";

describe("handleBackgroundRequest", () => {
  it("reads a stretch of page text with core: its mentions and topic", async () => {
    const { mentions, topic } = readPage(TEXT);
    expect(mentions.length).toBeGreaterThan(1);
    const answer = await handleBackgroundRequest({ type: "read-text", text: TEXT }, sender);
    expect(answer).toEqual({ mentions, topic });
    // Only what the contract names crosses back to the page.
    const [first] = (answer as { mentions: object[] }).mentions;
    expect(Object.keys(first ?? {}).sort()).toEqual([
      "concept",
      "end",
      "level",
      "negated",
      "start",
    ]);
  });

  it("reads a text's topic alone", async () => {
    expect(await handleBackgroundRequest({ type: "read-topic", text: TEXT }, sender)).toEqual(
      readPageTopic(TEXT),
    );
  });

  it("answers nothing to what is not a valid request, and never reads more than the limit", async () => {
    expect(await handleBackgroundRequest({ type: "read-text" }, sender)).toBeUndefined();
    expect(await handleBackgroundRequest({ type: "read-text", text: 42 }, sender)).toBeUndefined();
    expect(await handleBackgroundRequest("read-text", sender)).toBeUndefined();
    expect(
      await handleBackgroundRequest(
        { type: "read-text", text: "numbness ".repeat(MAX_TEXT_CHARS / 9 + 1) },
        sender,
      ),
    ).toBeUndefined();
  });
});
