import { handleBackgroundRequest } from "~lib/background/handle-background-request";

chrome.runtime.onMessage.addListener((message: unknown, sender) => {
  void handleBackgroundRequest(message, sender).catch((error: unknown) => {
    console.error("Backsure:", error);
  });
  return false;
});
