import type { TriageLevel } from "@backsure/core";
import { LEVEL_COPY, LEVEL_STYLE } from "@backsure/core";

import styles from "./diary.module.css";

/** A level as icon and words (never colour alone); "No level" when there is none. */
export const LevelTag = ({ level }: { level: TriageLevel | null }) =>
  level === null ? (
    <span className={styles.level}>No level</span>
  ) : (
    <span className={styles.level} style={{ color: LEVEL_STYLE[level].color }}>
      <span aria-hidden="true">{LEVEL_STYLE[level].icon}</span> {LEVEL_COPY[level].label}
    </span>
  );
