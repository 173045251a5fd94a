import { TRIAGE_LEVELS } from "@backsure/core/guidance";
import * as v from "valibot";

import { TriageLevelSchema } from "../schemas/core-schemas";

export const DEFAULT_PORTAL_URL = "http://localhost:3000";

export const PALETTES = ["standard", "color-blind"] as const;
export type Palette = (typeof PALETTES)[number];

/** A site the user turned on (annotate even if the page is not about back pain) or off (never annotate). */
export const SITE_MODES = ["on", "off"] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/** An ISO 8601 date and time, with or without seconds and an offset ("2026-11-24T09:30", "...T09:30:00.000Z"). */
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** Optional details about the patient that sharpen the guidance. Stored in this browser only. */
export const ProfileSettingsSchema = v.strictObject({
  /** When the last PT session was (ISO 8601); the card turns it into hours since the session. */
  lastSessionAt: v.optional(
    v.pipe(
      v.string(),
      v.regex(ISO_DATE_TIME),
      v.check((value) => !Number.isNaN(Date.parse(value))),
    ),
  ),
  recentSpinalSurgery: v.optional(v.boolean()),
  cancerHistory: v.optional(v.boolean()),
  age: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120))),
});
export type ProfileSettings = v.InferOutput<typeof ProfileSettingsSchema>;

const isWebUrl = (value: string): boolean => {
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
};

/**
 * The shape of the settings kept in `chrome.storage.local`. Every field falls back to its default on its own,
 * so one bad or stale field never throws away the rest; unknown fields are dropped.
 */
export const SettingsSchema = v.object({
  /** Pause everywhere. */
  isPaused: v.fallback(v.boolean(), false),
  /** Per-site choices, by hostname. Sites not listed follow the page's relevance. */
  sites: v.fallback(
    v.record(v.pipe(v.string(), v.minLength(1)), v.picklist(SITE_MODES)),
    () => ({}),
  ),
  /** Which levels are highlighted, in the order of the levels. */
  levels: v.fallback(
    v.pipe(
      v.array(TriageLevelSchema),
      v.transform((levels) => TRIAGE_LEVELS.filter((level) => levels.includes(level))),
    ),
    () => [...TRIAGE_LEVELS],
  ),
  palette: v.fallback(v.picklist(PALETTES), "standard"),
  portalUrl: v.fallback(v.pipe(v.string(), v.url(), v.check(isWebUrl)), DEFAULT_PORTAL_URL),
  profile: v.fallback(ProfileSettingsSchema, () => ({})),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** Reads whatever is stored (possibly nothing, possibly from an older version) into valid settings. */
export const parseSettings = (stored: unknown): Settings =>
  v.parse(SettingsSchema, typeof stored === "object" && stored !== null ? stored : {});

export const DEFAULT_SETTINGS: Settings = parseSettings({});
