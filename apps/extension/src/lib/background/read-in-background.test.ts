import { readPage } from "@backsure/core/page";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { TextReading } from "../messages";
import { readInBackground } from "./read-in-background";

const READING: TextReading = readPage("Numbness in both legs after physio.");

/** Chrome's runtime, answering each message with the next of `answers` (an Error is thrown as Chrome would). */
const stubRuntime = (answers: readonly unknown[]) => {
  const sendMessage = vi.fn(() => {
    const answer = answers[sendMessage.mock.calls.length - 1];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  vi.stubGlobal("chrome", { runtime: { sendMessage } });
  return sendMessage;
};

describe("readInBackground", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("sends the text to the background and gives back its reading", async () => {
    const sendMessage = stubRuntime([READING]);
    await expect(readInBackground.readText("numbness")).resolves.toEqual(READING);
    expect(sendMessage).toHaveBeenCalledWith({ type: "read-text", text: "numbness" });
  });

  it("asks again when the worker was stopped mid-request or is not back yet", async () => {
    const sendMessage = stubRuntime([
      new Error("The message port closed before a response was received."),
      new Error("Could not establish connection. Receiving end does not exist."),
      READING,
    ]);
    await expect(readInBackground.readText("numbness")).resolves.toEqual(READING);
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it("asks again when the worker dropped the request without an answer", async () => {
    const sendMessage = stubRuntime([undefined, READING]);
    await expect(readInBackground.readText("numbness")).resolves.toEqual(READING);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it("gives up after two more tries, with the worker's error", async () => {
    const gone = new Error("The message port closed before a response was received.");
    const sendMessage = stubRuntime([gone, gone, gone, READING]);
    await expect(readInBackground.readText("numbness")).rejects.toBe(gone);
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it("does not retry any other error", async () => {
    const invalidated = new Error("Extension context invalidated.");
    const sendMessage = stubRuntime([invalidated, READING]);
    await expect(readInBackground.readTopic("numbness")).rejects.toBe(invalidated);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
