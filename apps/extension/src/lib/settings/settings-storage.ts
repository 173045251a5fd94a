import { parseSettings } from "./settings-schema";
import type { Settings } from "./settings-schema";

/** The one key the settings live under in `chrome.storage.local` (never `sync`: nothing leaves the browser). */
export const SETTINGS_KEY = "settings";

export const readSettings = async (): Promise<Settings> => {
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
};

/** Applies `update` to the current settings and stores the validated result. */
export const updateSettings = async (
  update: (settings: Settings) => Settings,
): Promise<Settings> => {
  const next = parseSettings(update(await readSettings()));
  await chrome.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
};

/** Calls `listener` with the new settings whenever they change; returns the function that stops listening. */
export const watchSettings = (listener: (settings: Settings) => void): (() => void) => {
  const onChanged = (
    changes: Record<string, chrome.storage.StorageChange>,
    areaName: string,
  ): void => {
    const change = changes[SETTINGS_KEY];
    if (areaName === "local" && change) listener(parseSettings(change.newValue));
  };
  chrome.storage.onChanged.addListener(onChanged);
  return () => chrome.storage.onChanged.removeListener(onChanged);
};
