import type { Metadata } from "next";

import { readTimeZone } from "~/features/diary/read-time-zone";
import { toWallTimeInput } from "~/features/diary/time-zone";
import { loadSummary } from "~/features/summary/load-summary";
import { SummaryView } from "~/features/summary/summary-view";
import { openShareLink } from "~/server/data/share-links/open-share-link";
import { getDatabase } from "~/server/db/get-database";

export const metadata: Metadata = {
  title: "Shared summary",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export const dynamic = "force-dynamic";

const CLOSED: Readonly<Record<"revoked" | "expired" | "not-found", string>> = {
  revoked: "The patient has turned this link off.",
  expired: "This link has expired.",
  "not-found": "This link does not exist.",
};

/** A read-only summary opened with a share link; a revoked or expired link shows why, never data. */
const SharePage = async ({ params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const db = await getDatabase();
  const opened = await openShareLink(db, token);
  if (opened.status !== "active")
    return (
      <section className="stack">
        <h1>This summary is not available</h1>
        <p>{CLOSED[opened.status]} Ask the patient for a new link if you need one.</p>
      </section>
    );
  const timeZone = await readTimeZone();
  const summary = await loadSummary(db, opened.patientId, opened.period);
  return (
    <section className="stack">
      <h1>Shared summary (read only)</h1>
      <p className="hint">
        This link works until {toWallTimeInput(opened.expiresAt, timeZone).replace("T", " ")} (
        {timeZone}).
      </p>
      <SummaryView
        summary={summary}
        period={{
          from: opened.period.from,
          to: opened.period.to,
          fromDay: toWallTimeInput(opened.period.from, timeZone).slice(0, 10),
          toDay: toWallTimeInput(opened.period.to, timeZone).slice(0, 10),
        }}
        timeZone={timeZone}
      />
    </section>
  );
};

export default SharePage;
