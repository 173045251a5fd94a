import { handleBackgroundRequest } from "~lib/background/handle-background-request";

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  handleBackgroundRequest(message, sender).then(sendResponse, (error: unknown) => {
    console.error("Backsure:", error);
    sendResponse(undefined);
  });
  // The answer comes asynchronously: keep the channel open until sendResponse is called (always, above).
  return true;
});
