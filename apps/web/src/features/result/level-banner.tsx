import type { TriageLevel } from "@backsure/core";
import { LEVEL_COPY, LEVEL_STYLE } from "@backsure/core";

/** The level in words, icon and colour together (never colour alone), from the core's shared tables. */
export const LevelBanner = ({ level, headline }: { level: TriageLevel; headline: string }) => {
  const style = LEVEL_STYLE[level];
  return (
    <div
      className="level-banner"
      data-level={level}
      style={{ color: style.color, background: style.tint }}
    >
      <span className="level-icon" aria-hidden="true">
        {style.icon}
      </span>
      <div>
        <p className="level-label">{LEVEL_COPY[level].label}</p>
        <p style={{ color: "var(--ink)", margin: 0 }}>{headline}</p>
      </div>
    </div>
  );
};
