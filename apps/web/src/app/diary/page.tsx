import type { Metadata } from "next";
import Link from "next/link";

import { ACTIVITY_LABELS, MOMENT_LABELS } from "~/features/diary/diary-labels";
import { DiaryChartSection } from "~/features/diary/diary-chart-section";
import { DiaryCheckInForm } from "~/features/diary/diary-check-in-form";
import styles from "~/features/diary/diary.module.css";
import { LevelTag } from "~/features/diary/level-tag";
import { loadDiary } from "~/features/diary/load-diary";
import { readTimeZone } from "~/features/diary/read-time-zone";
import { savedCheckInMessage } from "~/features/diary/saved-check-in-message";
import { SessionForm } from "~/features/diary/session-form";
import { formatDateTime, toWallTimeInput } from "~/features/diary/time-zone";
import { TimeZoneCookie } from "~/features/diary/time-zone-cookie";
import { TrendList } from "~/features/diary/trend-list";
import { requirePatient } from "~/server/auth/require-patient";
import { getDatabase } from "~/server/db/get-database";

export const metadata: Metadata = { title: "Your diary", robots: { index: false } };

const DiaryPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  const patient = await requirePatient("/diary");
  const { saved, deleted } = await searchParams;
  const timeZone = await readTimeZone();
  const diary = await loadDiary(await getDatabase(), patient.id);
  const now = toWallTimeInput(new Date(), timeZone);
  const sessionsById = new Map(diary.sessions.map((session) => [session.id, session]));
  const notice = savedCheckInMessage(saved) ?? (deleted === "1" ? "Deleted." : undefined);
  return (
    <section className="stack">
      <TimeZoneCookie current={timeZone} />
      <h1>Your diary</h1>
      {notice === undefined ? null : <p role="status">{notice}</p>}
      <p className="card">
        Warning signs need help now, whatever the diary says: new trouble peeing or pooing, numbness
        between your legs, or weakness or numbness in both legs. Call your emergency number.{" "}
        <Link href="/check-in">Do a full check-in</Link> for advice on how you feel today.
      </p>

      <section className="stack" aria-labelledby="trends-heading">
        <h2 id="trends-heading">What your diary shows</h2>
        <TrendList trends={diary.trends} />
      </section>

      <DiaryChartSection diary={diary} timeZone={timeZone} />

      <p>
        <Link href="/summary">Make a summary for your therapist</Link>
      </p>

      <section className="stack" aria-labelledby="log-session-heading">
        <h2 id="log-session-heading">Log a PT session</h2>
        <SessionForm
          defaults={{ occurredAt: now, activities: [], notes: "" }}
          submitLabel="Save session"
        />
      </section>

      <section className="stack" aria-labelledby="log-check-in-heading">
        <h2 id="log-check-in-heading">Add a check-in</h2>
        <p className="hint">
          You can add as many as you like each day. Each one is linked to your latest session before
          it.
        </p>
        <DiaryCheckInForm
          defaults={{
            recordedAt: now,
            moment: "other",
            painNow: null,
            painDuringExercise: null,
            notes: "",
          }}
          submitLabel="Save check-in"
        />
      </section>

      <section className="stack" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        {diary.sessions.length === 0 ? <p>No sessions yet.</p> : null}
        <ul className={styles.entryList}>
          {[...diary.sessions].reverse().map((session) => (
            <li key={session.id} data-testid="session-entry">
              <p>
                <strong>{formatDateTime(session.occurredAt, timeZone)}</strong>
                {session.activities.length === 0
                  ? ""
                  : ` · ${session.activities.map((a) => ACTIVITY_LABELS[a]).join(", ")}`}
              </p>
              {session.notes === "" ? null : <p>{session.notes}</p>}
              <p className={styles.actions}>
                <Link href={`/diary/sessions/${session.id}/edit`}>Edit session</Link>
                <Link href={`/diary/sessions/${session.id}/delete`}>Delete session</Link>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section className="stack" aria-labelledby="check-ins-heading">
        <h2 id="check-ins-heading">Check-ins</h2>
        {diary.checkIns.length === 0 ? <p>No check-ins yet.</p> : null}
        <ul className={styles.entryList}>
          {[...diary.checkIns].reverse().map((checkIn) => {
            const session =
              checkIn.sessionId === null ? undefined : sessionsById.get(checkIn.sessionId);
            return (
              <li key={checkIn.id} data-testid="check-in-entry">
                <p>
                  <strong>{formatDateTime(checkIn.recordedAt, timeZone)}</strong> ·{" "}
                  {MOMENT_LABELS[checkIn.moment]} · pain now {checkIn.painNow}/10
                  {checkIn.painDuringExercise === null
                    ? ""
                    : ` · during exercise ${String(checkIn.painDuringExercise)}/10`}{" "}
                  · <LevelTag level={diary.levels.get(checkIn.id) ?? null} />
                </p>
                <p className="hint">
                  {session === undefined
                    ? "Before your first logged session."
                    : `After the session on ${formatDateTime(session.occurredAt, timeZone)}.`}
                </p>
                {checkIn.notes === "" ? null : <p>{checkIn.notes}</p>}
                <p className={styles.actions}>
                  {checkIn.checkInId === null ? null : (
                    <Link href={`/result/${checkIn.checkInId}`}>See the full result</Link>
                  )}
                  <Link href={`/diary/check-ins/${checkIn.id}/edit`}>Edit check-in</Link>
                  <Link href={`/diary/check-ins/${checkIn.id}/delete`}>Delete check-in</Link>
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </section>
  );
};

export default DiaryPage;
