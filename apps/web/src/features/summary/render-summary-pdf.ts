import "server-only";

import { LEVEL_COPY, SORENESS_WINDOW_HOURS } from "@backsure/core";
import PDFDocument from "pdfkit";

import { ACTIVITY_LABELS, MOMENT_LABELS } from "~/features/diary/diary-labels";
import { formatDate, formatDateTime } from "~/features/diary/time-zone";

import type { LoadedSummary } from "./load-summary";
import type { SummaryPeriod } from "./parse-period";

const HOUR = 3_600_000;

/** The PDF's standard fonts only know Latin-1: swap the few other characters our text uses. */
const latin = (text: string): string =>
  text
    .replaceAll(/[–—]/g, "-")
    .replaceAll(/[“”]/g, '"')
    .replaceAll(/[‘’]/g, "'")
    .replaceAll("…", "...");

/** A black-and-white pain chart: pain now (solid, dots), sessions (dashed), soreness windows (grey). */
const drawChart = (doc: PDFKit.PDFDocument, summary: LoadedSummary, period: SummaryPeriod) => {
  const left = doc.page.margins.left + 24;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right - 24;
  const height = 150;
  const top = doc.y + 8;
  const from = period.from.getTime();
  const span = Math.max(period.to.getTime() - from, HOUR);
  const x = (t: number) => left + ((t - from) / span) * width;
  const y = (pain: number) => top + height - (pain / 10) * height;
  doc.save();
  for (const session of summary.diary.sessions) {
    const start = session.occurredAt.getTime();
    const x1 = Math.max(left, x(start + SORENESS_WINDOW_HOURS.start * HOUR));
    const x2 = Math.min(left + width, x(start + SORENESS_WINDOW_HOURS.end * HOUR));
    if (x2 > x1) doc.rect(x1, top, x2 - x1, height).fill("#e5e5e5");
  }
  doc.fillColor("#000").lineWidth(0.5).rect(left, top, width, height).stroke();
  for (const pain of [0, 5, 10]) doc.fontSize(7).text(String(pain), left - 16, y(pain) - 3);
  for (const session of summary.diary.sessions) {
    const sx = x(session.occurredAt.getTime());
    doc
      .dash(3, { space: 2 })
      .moveTo(sx, top)
      .lineTo(sx, top + height)
      .stroke()
      .undash();
  }
  const points = summary.diary.checkIns.map((checkIn) => ({
    px: x(checkIn.recordedAt.getTime()),
    py: y(checkIn.painNow),
  }));
  points.forEach((point, index) => {
    if (index === 0) doc.moveTo(point.px, point.py);
    else doc.lineTo(point.px, point.py);
  });
  if (points.length > 1) doc.lineWidth(1.5).stroke();
  for (const point of points) doc.circle(point.px, point.py, 2.5).fill("#000");
  doc.restore();
  doc.y = top + height + 6;
  doc
    .fontSize(8)
    .text(
      "Solid line and dots: pain now (0-10). Dashed lines: sessions. Grey: the usual soreness window 24-72 h after a session.",
      doc.page.margins.left,
    );
};

/** The therapist's summary as a PDF (pdfkit), with the same content as the printable page. */
export const renderSummaryPdf = (
  summary: LoadedSummary,
  period: SummaryPeriod,
  timeZone: string,
): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    // Uncompressed so the text can be checked by tests and read by simple tools.
    const doc = new PDFDocument({
      size: "A4",
      margin: 48,
      compress: false,
      info: { Title: "Backsure summary" },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    const { diary, flagged } = summary;
    const heading = (text: string) =>
      doc
        .moveDown(0.8)
        .fontSize(13)
        .font("Helvetica-Bold")
        .text(text)
        .font("Helvetica")
        .fontSize(10);

    doc.fontSize(18).font("Helvetica-Bold").text("Backsure: summary for the therapist");
    doc
      .font("Helvetica")
      .fontSize(10)
      .text(
        latin(
          `From ${formatDate(period.from, timeZone)} to ${formatDate(period.to, timeZone)}. ${String(diary.sessions.length)} sessions, ${String(diary.checkIns.length)} check-ins. Pain from 0 (none) to 10 (worst). Times in ${timeZone}.`,
        ),
      );

    heading("Pain over time");
    drawChart(doc, summary, period);

    heading("Sessions");
    if (diary.sessions.length === 0) doc.text("No sessions in this period.");
    for (const session of diary.sessions)
      doc.text(
        latin(
          `${formatDateTime(session.occurredAt, timeZone)}${session.activities.length === 0 ? "" : `: ${session.activities.map((a) => ACTIVITY_LABELS[a]).join(", ")}`}`,
        ),
      );

    heading("Check-ins and levels");
    if (diary.checkIns.length === 0) doc.text("No check-ins in this period.");
    for (const checkIn of diary.checkIns) {
      const level = diary.levels.get(checkIn.id) ?? null;
      doc.text(
        latin(
          `${formatDateTime(checkIn.recordedAt, timeZone)} - ${MOMENT_LABELS[checkIn.moment]}: pain now ${String(checkIn.painNow)}/10` +
            (checkIn.painDuringExercise === null
              ? ""
              : `, during exercise ${String(checkIn.painDuringExercise)}/10`) +
            ` - level: ${level === null ? "none" : LEVEL_COPY[level].label}`,
        ),
      );
    }

    heading("Trends over the period");
    if (diary.trends.fired.length === 0) doc.text("Nothing to point out.");
    for (const rule of diary.trends.fired) {
      doc.font("Helvetica-Bold").text(latin(LEVEL_COPY[rule.level].label)).font("Helvetica");
      doc.text(latin(rule.reason));
      for (const line of rule.evidence) doc.text(latin(`- ${line}`));
    }

    heading("Flagged in check-ins");
    if (flagged.length === 0) doc.text('Nothing above "expected" was flagged in check-ins.');
    for (const entry of flagged)
      for (const rule of entry.rules)
        doc.text(
          latin(
            `${formatDateTime(entry.recordedAt, timeZone)}: ${LEVEL_COPY[rule.level].label} - ${rule.reason}`,
          ),
        );

    heading("The patient's notes");
    const notes = [
      ...diary.sessions
        .filter((s) => s.notes !== "")
        .map((s) => ({ at: s.occurredAt, text: `(session) ${s.notes}` })),
      ...diary.checkIns
        .filter((c) => c.notes !== "")
        .map((c) => ({ at: c.recordedAt, text: `(check-in) ${c.notes}` })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());
    if (notes.length === 0) doc.text("No notes in this period.");
    for (const note of notes) doc.text(latin(`${formatDateTime(note.at, timeZone)} ${note.text}`));

    doc
      .moveDown()
      .fontSize(8)
      .text("Made with Backsure. It supports, and never replaces, the therapist and the doctor.");
    doc.end();
  });
