import type { Settings } from "./settings-schema";

/**
 * What the extension does on a page:
 * - `paused`: the global pause is on;
 * - `off`: the user turned this site off;
 * - `on`: highlight (the user turned the site on, or the page is about back or nerve pain);
 * - `quiet`: the page is not about back pain, so nothing is highlighted unless the user asks.
 */
export type PageMode = "paused" | "off" | "on" | "quiet";

export const decidePageMode = (
  settings: Settings,
  hostname: string,
  isRelevant: boolean,
): PageMode => {
  if (settings.isPaused) return "paused";
  const site = settings.sites[hostname];
  if (site === "off") return "off";
  if (site === "on" || isRelevant) return "on";
  return "quiet";
};
