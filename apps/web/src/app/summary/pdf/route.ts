import { readTimeZone } from "~/features/diary/read-time-zone";
import { loadSummary } from "~/features/summary/load-summary";
import { parsePeriod } from "~/features/summary/parse-period";
import { renderSummaryPdf } from "~/features/summary/render-summary-pdf";
import { getPatient } from "~/server/auth/get-patient";
import { getDatabase } from "~/server/db/get-database";

/** GET /summary/pdf?from=YYYY-MM-DD&to=YYYY-MM-DD: the signed-in patient's summary as a PDF download. */
export const GET = async (request: Request): Promise<Response> => {
  const patient = await getPatient();
  if (patient === null) return new Response("Sign in to download your summary.", { status: 401 });
  const search = new URL(request.url).searchParams;
  const timeZone = await readTimeZone();
  const period = parsePeriod(search.get("from"), search.get("to"), timeZone);
  const summary = await loadSummary(await getDatabase(), patient.id, period);
  const pdf = await renderSummaryPdf(summary, period, timeZone);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "cache-control": "no-store",
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="backsure-summary-${period.fromDay}-to-${period.toDay}.pdf"`,
    },
  });
};
