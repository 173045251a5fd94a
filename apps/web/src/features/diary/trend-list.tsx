import type { DiaryTrends } from "@backsure/core";
import { LEVEL_COPY, LEVEL_STYLE, resolveSources } from "@backsure/core";

import styles from "./diary.module.css";
import { LevelTag } from "./level-tag";

/** What the trend rules found, highest level first, each with its reason, the readings and the sources. */
export const TrendList = ({ trends }: { trends: DiaryTrends }) => {
  if (trends.level === null)
    return (
      <p>
        Nothing to point out yet. Log your sessions and how you feel after them, including the next
        morning, and the trend will show here.
      </p>
    );
  return (
    <div className="stack">
      <p>
        Overall: <LevelTag level={trends.level} />. {LEVEL_COPY[trends.level].action}
      </p>
      <ul className={`stack ${styles.entryList}`}>
        {trends.fired.map((rule) => (
          <li
            key={rule.id}
            className={styles.trend}
            style={{ color: LEVEL_STYLE[rule.level].color }}
            data-rule={rule.id}
          >
            <div style={{ color: "initial" }}>
              <p>
                <LevelTag level={rule.level} />
              </p>
              <p>{rule.reason}</p>
              <ul>
                {rule.evidence.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p className="hint">
                Sources:{" "}
                {resolveSources(rule.sources)
                  .map((source) => source.title)
                  .join(" · ")}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
};
