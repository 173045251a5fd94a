import { useCallback, useEffect, useState } from "react";

import type { Settings } from "./settings-schema";
import { readSettings, updateSettings, watchSettings } from "./settings-storage";

/** The stored settings for a React page, kept in step with changes made elsewhere. Null until read. */
export const useSettings = (): [
  Settings | null,
  (update: (settings: Settings) => Settings) => Promise<void>,
] => {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void readSettings().then((read) => {
      if (isCurrent) setSettings(read);
    });
    const stop = watchSettings(setSettings);
    return () => {
      isCurrent = false;
      stop();
    };
  }, []);
  const update = useCallback(async (change: (settings: Settings) => Settings) => {
    setSettings(await updateSettings(change));
  }, []);
  return [settings, update];
};
