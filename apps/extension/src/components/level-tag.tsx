import { LEVEL_COPY, LEVEL_STYLE } from "@backsure/core";
import type { TriageLevel } from "@backsure/core";

import type { Palette } from "~lib/settings/settings-schema";

type LevelTagProps = { level: TriageLevel; palette: Palette };

/** A level as icon and words in the level's colour: never colour alone. */
export const LevelTag = ({ level, palette }: LevelTagProps) => {
  const style = LEVEL_STYLE[level];
  return (
    <span
      className="level-tag"
      style={{ color: palette === "color-blind" ? style.colorBlind : style.color }}
    >
      <span aria-hidden="true">{style.icon}</span> {LEVEL_COPY[level].label}
    </span>
  );
};
