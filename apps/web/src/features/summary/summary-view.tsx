import { ACTIVITY_LABELS } from "~/features/diary/diary-labels";
import { DiaryChartSection } from "~/features/diary/diary-chart-section";
import { LevelTag } from "~/features/diary/level-tag";
import { formatDate, formatDateTime } from "~/features/diary/time-zone";
import { TrendList } from "~/features/diary/trend-list";

import type { LoadedSummary } from "./load-summary";
import type { SummaryPeriod } from "./parse-period";
import styles from "./summary.module.css";

/** The summary for the therapist: sessions, chart, check-ins and levels, what was flagged, the notes. */
export const SummaryView = ({
  summary,
  period,
  timeZone,
}: {
  summary: LoadedSummary;
  period: SummaryPeriod;
  timeZone: string;
}) => {
  const { diary, flagged } = summary;
  const notes = [
    ...diary.sessions
      .filter((session) => session.notes !== "")
      .map((session) => ({ at: session.occurredAt, what: "Session", text: session.notes })),
    ...diary.checkIns
      .filter((checkIn) => checkIn.notes !== "")
      .map((checkIn) => ({ at: checkIn.recordedAt, what: "Check-in", text: checkIn.notes })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <article className={`stack ${styles.summary}`} aria-labelledby="summary-heading">
      <h2 id="summary-heading">
        Summary from {formatDate(period.from, timeZone)} to {formatDate(period.to, timeZone)}
      </h2>
      <p>
        {diary.sessions.length} sessions and {diary.checkIns.length} check-ins. Pain is on a scale
        from 0 (none) to 10 (worst). Times are in {timeZone}.
      </p>

      <section className="stack" aria-labelledby="summary-sessions">
        <h3 id="summary-sessions">Sessions</h3>
        {diary.sessions.length === 0 ? <p>No sessions in this period.</p> : null}
        <ul>
          {diary.sessions.map((session) => (
            <li key={session.id}>
              {formatDateTime(session.occurredAt, timeZone)}
              {session.activities.length === 0
                ? ""
                : `: ${session.activities.map((a) => ACTIVITY_LABELS[a]).join(", ")}`}
            </li>
          ))}
        </ul>
      </section>

      <DiaryChartSection diary={diary} timeZone={timeZone} />

      <section className="stack" aria-labelledby="summary-trends">
        <h3 id="summary-trends">Trends over the period</h3>
        <TrendList trends={diary.trends} />
      </section>

      <section className="stack" aria-labelledby="summary-flagged">
        <h3 id="summary-flagged">Flagged in check-ins</h3>
        {flagged.length === 0 ? <p>Nothing above “expected” was flagged in check-ins.</p> : null}
        <ul>
          {flagged.map((entry) =>
            entry.rules.map((rule) => (
              <li key={`${String(entry.recordedAt.getTime())}-${rule.id}`}>
                {formatDateTime(entry.recordedAt, timeZone)}: <LevelTag level={rule.level} /> —{" "}
                {rule.reason}
              </li>
            )),
          )}
        </ul>
      </section>

      <section className="stack" aria-labelledby="summary-notes">
        <h3 id="summary-notes">The patient&apos;s notes</h3>
        {notes.length === 0 ? <p>No notes in this period.</p> : null}
        <ul>
          {notes.map((note) => (
            <li key={`${note.what}-${String(note.at.getTime())}`}>
              {formatDateTime(note.at, timeZone)} ({note.what.toLowerCase()}): {note.text}
            </li>
          ))}
        </ul>
      </section>
      <p className="hint">
        Made with Backsure. It supports, and never replaces, the therapist and the doctor.
      </p>
    </article>
  );
};
