import { patientExportCsv } from "~/features/account/patient-export-csv";
import { getPatient } from "~/server/auth/get-patient";
import { exportPatientData } from "~/server/data/accounts/export-patient-data";
import { getDatabase } from "~/server/db/get-database";

/** GET /account/export?format=json|csv: everything kept about the signed-in patient, as a download. */
export const GET = async (request: Request): Promise<Response> => {
  const patient = await getPatient();
  if (patient === null) return new Response("Sign in to export your data.", { status: 401 });
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "json";
  const data = await exportPatientData(await getDatabase(), patient.id);
  const day = data.exportedAt.toISOString().slice(0, 10);
  const headers = {
    "cache-control": "no-store",
    "content-disposition": `attachment; filename="backsure-${day}.${format}"`,
    "content-type":
      format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
  };
  return new Response(
    format === "csv"
      ? patientExportCsv(data.sessions, data.checkIns)
      : JSON.stringify(data, null, 2),
    { headers },
  );
};
