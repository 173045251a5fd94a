import { TRIAGE_LEVELS, TriageLevelSchema } from "@backsure/core";
import { z } from "zod";

export const DEFAULT_PORTAL_URL = "http://localhost:3000";

export const PALETTES = ["standard", "color-blind"] as const;
export type Palette = (typeof PALETTES)[number];

/** A site the user turned on (annotate even if the page is not about back pain) or off (never annotate). */
export const SITE_MODES = ["on", "off"] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/** Optional details about the patient that sharpen the guidance. Stored in this browser only. */
export const ProfileSettingsSchema = z.strictObject({
  /** When the last PT session was (ISO 8601); the card turns it into hours since the session. */
  lastSessionAt: z.iso.datetime({ offset: true, local: true }).optional(),
  recentSpinalSurgery: z.boolean().optional(),
  cancerHistory: z.boolean().optional(),
  age: z.number().int().min(0).max(120).optional(),
});
export type ProfileSettings = z.infer<typeof ProfileSettingsSchema>;

/**
 * The shape of the settings kept in `chrome.storage.local`. Every field falls back to its default on its own,
 * so one bad or stale field never throws away the rest.
 */
export const SettingsSchema = z.object({
  /** Pause everywhere. */
  isPaused: z.boolean().catch(false),
  /** Per-site choices, by hostname. Sites not listed follow the page's relevance. */
  sites: z.record(z.string().min(1), z.enum(SITE_MODES)).catch({}),
  /** Which levels are highlighted. */
  levels: z
    .array(TriageLevelSchema)
    .transform((levels) => TRIAGE_LEVELS.filter((level) => levels.includes(level)))
    .catch([...TRIAGE_LEVELS]),
  palette: z.enum(PALETTES).catch("standard"),
  portalUrl: z.url({ protocol: /^https?$/ }).catch(DEFAULT_PORTAL_URL),
  profile: ProfileSettingsSchema.catch({}),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Reads whatever is stored (possibly nothing, possibly from an older version) into valid settings. */
export const parseSettings = (stored: unknown): Settings =>
  SettingsSchema.parse(typeof stored === "object" && stored !== null ? stored : {});
