import type { GuidanceContext } from "@backsure/core/guidance";

import type { ProfileSettings } from "./settings-schema";

const HOUR_MS = 3_600_000;

/** The personal details in the form core's guidance takes, with the time since the session worked out now. */
export const toGuidanceContext = (profile: ProfileSettings, now: number): GuidanceContext => {
  const context: GuidanceContext = {};
  if (profile.lastSessionAt !== undefined) {
    const hours = (now - Date.parse(profile.lastSessionAt)) / HOUR_MS;
    if (Number.isFinite(hours) && hours >= 0) context.hoursSinceSession = Math.floor(hours);
  }
  if (profile.recentSpinalSurgery !== undefined) {
    context.recentSpinalSurgery = profile.recentSpinalSurgery;
  }
  if (profile.cancerHistory !== undefined) context.cancerHistory = profile.cancerHistory;
  if (profile.age !== undefined) context.age = profile.age;
  return context;
};
