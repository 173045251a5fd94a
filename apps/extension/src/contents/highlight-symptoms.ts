import type { PlasmoCSConfig } from "plasmo";

import { startContentScript } from "~lib/start-content-script";

export const config: PlasmoCSConfig = {
  matches: ["http://*/*", "https://*/*"],
  run_at: "document_idle",
};

void startContentScript();
