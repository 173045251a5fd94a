import type { Metadata } from "next";
import Link from "next/link";

import { readTimeZone } from "~/features/diary/read-time-zone";
import { TimeZoneCookie } from "~/features/diary/time-zone-cookie";
import { loadSummary } from "~/features/summary/load-summary";
import { parsePeriod } from "~/features/summary/parse-period";
import { PrintButton } from "~/features/summary/print-button";
import { CreateShareLinkForm } from "~/features/summary/create-share-link-form";
import { ShareLinkList } from "~/features/summary/share-link-list";
import { SummaryView } from "~/features/summary/summary-view";
import styles from "~/features/summary/summary.module.css";
import { requirePatient } from "~/server/auth/require-patient";
import { findShareLinks } from "~/server/data/share-links/find-share-links";
import { getDatabase } from "~/server/db/get-database";

export const metadata: Metadata = { title: "Summary for your therapist", robots: { index: false } };

const SummaryPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  const patient = await requirePatient("/summary");
  const { from, to } = await searchParams;
  const timeZone = await readTimeZone();
  const period = parsePeriod(from, to, timeZone);
  const db = await getDatabase();
  const [summary, links] = await Promise.all([
    loadSummary(db, patient.id, period),
    findShareLinks(db, patient.id),
  ]);
  const query = `from=${period.fromDay}&to=${period.toDay}`;
  return (
    <section className="stack">
      <TimeZoneCookie current={timeZone} />
      <h1>Summary for your therapist</h1>
      <div className={`stack ${styles.noPrint}`}>
        <form method="get" className={styles.periodForm} aria-label="Choose the period">
          <div className="field">
            <label htmlFor="from">From</label>
            <input id="from" name="from" type="date" defaultValue={period.fromDay} />
          </div>
          <div className="field">
            <label htmlFor="to">To</label>
            <input id="to" name="to" type="date" defaultValue={period.toDay} />
          </div>
          <p>
            <button type="submit">Show this period</button>
          </p>
        </form>
        <p className={styles.periodForm}>
          <PrintButton />
          <a href={`/summary/pdf?${query}`} download>
            Download PDF
          </a>
          <Link href="/diary">Back to your diary</Link>
        </p>
      </div>
      <SummaryView summary={summary} period={period} timeZone={timeZone} />
      <section className={`stack ${styles.noPrint}`} aria-labelledby="share-heading">
        <h2 id="share-heading">Share with your therapist</h2>
        <p>
          Make a read-only link to this summary. It stops working after the days you choose, and you
          can turn it off at any time.
        </p>
        <CreateShareLinkForm fromDay={period.fromDay} toDay={period.toDay} />
        <h3>Active share links</h3>
        <ShareLinkList links={links} timeZone={timeZone} now={new Date()} />
      </section>
    </section>
  );
};

export default SummaryPage;
