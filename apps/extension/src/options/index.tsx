import { TRIAGE_LEVELS } from "@backsure/core/guidance";
import * as v from "valibot";

import { LevelTag } from "~components/level-tag";
import { SettingCheckbox } from "~components/setting-checkbox";
import { DEFAULT_SETTINGS, ProfileSettingsSchema } from "~lib/settings/settings-schema";
import type { ProfileSettings } from "~lib/settings/settings-schema";
import { useSettings } from "~lib/settings/use-settings";

import "~components/extension.css";

/** "2026-11-24T09:30" for a datetime-local input, in local time. */
const toLocalInput = (iso: string | undefined): string => {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
};

const Options = () => {
  const [settings, updateSettings] = useSettings();
  if (!settings) return null;
  const { profile } = settings;

  const setProfile = (change: Partial<Record<keyof ProfileSettings, unknown>>): void => {
    void updateSettings((current) => {
      const next: Record<string, unknown> = { ...current.profile, ...change };
      for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
      const parsed = v.safeParse(ProfileSettingsSchema, next);
      return parsed.success ? { ...current, profile: parsed.output } : current;
    });
  };

  return (
    <main style={{ maxWidth: 640, margin: "0 auto" }}>
      <h1>Backsure settings</h1>

      <h2>Highlights</h2>
      <fieldset className="controls">
        <legend>Levels to highlight</legend>
        {TRIAGE_LEVELS.map((level) => (
          <label key={level}>
            <input
              type="checkbox"
              checked={settings.levels.includes(level)}
              onChange={(event) => {
                const isChecked = event.target.checked;
                void updateSettings((current) => ({
                  ...current,
                  levels: isChecked
                    ? [...current.levels, level]
                    : current.levels.filter((shown) => shown !== level),
                }));
              }}
            />
            <LevelTag level={level} palette={settings.palette} />
          </label>
        ))}
      </fieldset>
      <div className="controls">
        <SettingCheckbox
          checked={settings.palette === "color-blind"}
          onChange={(checked) => {
            const palette = checked ? "color-blind" : "standard";
            void updateSettings((current) => ({ ...current, palette }));
          }}
        >
          Colour-blind-safe colours
        </SettingCheckbox>
        <SettingCheckbox
          checked={settings.isPaused}
          onChange={(isPaused) => void updateSettings((current) => ({ ...current, isPaused }))}
        >
          Pause Backsure everywhere
        </SettingCheckbox>
      </div>
      {Object.keys(settings.sites).length > 0 && (
        <>
          <h3>Sites you chose</h3>
          <ul>
            {Object.entries(settings.sites).map(([site, siteMode]) => (
              <li key={site}>
                {site}: {siteMode === "on" ? "always" : "never"}{" "}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    void updateSettings((current) => {
                      const sites = { ...current.sites };
                      delete sites[site];
                      return { ...current, sites };
                    })
                  }
                >
                  forget
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>About you (optional)</h2>
      <p className="note">
        These details make the guidance fit you. They stay in this browser and are never sent
        anywhere.
      </p>
      <label htmlFor="last-session">When was your last PT session?</label>
      <input
        id="last-session"
        type="datetime-local"
        value={toLocalInput(profile.lastSessionAt)}
        onChange={(event) => {
          const value = event.target.value;
          setProfile({ lastSessionAt: value ? new Date(value).toISOString() : undefined });
        }}
      />
      <label htmlFor="age">Age</label>
      <input
        id="age"
        type="number"
        min={0}
        max={120}
        value={profile.age ?? ""}
        onChange={(event) => {
          const value = event.target.valueAsNumber;
          setProfile({ age: Number.isInteger(value) ? value : undefined });
        }}
      />
      <div className="controls">
        <label>
          <input
            type="checkbox"
            checked={profile.recentSpinalSurgery ?? false}
            onChange={(event) => setProfile({ recentSpinalSurgery: event.target.checked })}
          />
          I had spinal surgery recently
        </label>
        <label>
          <input
            type="checkbox"
            checked={profile.cancerHistory ?? false}
            onChange={(event) => setProfile({ cancerHistory: event.target.checked })}
          />
          I have had cancer
        </label>
      </div>
      <button
        type="button"
        onClick={() => void updateSettings((current) => ({ ...current, profile: {} }))}
      >
        Clear my details
      </button>

      <h2>Portal</h2>
      <label htmlFor="portal-url">Portal address</label>
      <input
        id="portal-url"
        type="url"
        defaultValue={settings.portalUrl}
        placeholder={DEFAULT_SETTINGS.portalUrl}
        onBlur={(event) => {
          const portalUrl = event.target.value.trim() || DEFAULT_SETTINGS.portalUrl;
          void updateSettings((current) => ({ ...current, portalUrl }));
        }}
      />
    </main>
  );
};

export default Options;
