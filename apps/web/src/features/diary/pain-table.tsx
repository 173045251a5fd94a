import type { TriageLevel } from "@backsure/core";

import type { DiaryCheckIn } from "~/server/data/diary/diary-check-in";
import type { PtSession } from "~/server/data/sessions/pt-session";

import { ACTIVITY_LABELS, MOMENT_LABELS } from "./diary-labels";
import styles from "./diary.module.css";
import { LevelTag } from "./level-tag";
import { formatDateTime } from "./time-zone";

type Row =
  | { kind: "session"; at: Date; session: PtSession }
  | { kind: "check-in"; at: Date; checkIn: DiaryCheckIn };

/** The chart as a table, in time order: sessions and check-ins with their scores and levels. */
export const PainTable = ({
  sessions,
  checkIns,
  levels,
  timeZone,
  caption = "Your sessions and check-ins (the chart as a table)",
}: {
  sessions: readonly PtSession[];
  checkIns: readonly DiaryCheckIn[];
  levels: ReadonlyMap<string, TriageLevel | null>;
  timeZone: string;
  caption?: string;
}) => {
  const rows: Row[] = [
    ...sessions.map((session) => ({ kind: "session" as const, at: session.occurredAt, session })),
    ...checkIns.map((checkIn) => ({ kind: "check-in" as const, at: checkIn.recordedAt, checkIn })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    // Scrolls sideways on small screens: focusable so keyboard users can scroll it too.
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table} data-testid="pain-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Pain now</th>
            <th scope="col">During exercise</th>
            <th scope="col">Level</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            row.kind === "session" ? (
              <tr key={`s-${row.session.id}`}>
                <th scope="row">{formatDateTime(row.at, timeZone)}</th>
                <td colSpan={4}>
                  PT session
                  {row.session.activities.length === 0
                    ? ""
                    : `: ${row.session.activities.map((a) => ACTIVITY_LABELS[a]).join(", ")}`}
                </td>
              </tr>
            ) : (
              <tr key={`c-${row.checkIn.id}`}>
                <th scope="row">{formatDateTime(row.at, timeZone)}</th>
                <td>Check-in: {MOMENT_LABELS[row.checkIn.moment].toLowerCase()}</td>
                <td>{row.checkIn.painNow}/10</td>
                <td>
                  {row.checkIn.painDuringExercise === null
                    ? "—"
                    : `${String(row.checkIn.painDuringExercise)}/10`}
                </td>
                <td>
                  <LevelTag level={levels.get(row.checkIn.id) ?? null} />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
};
