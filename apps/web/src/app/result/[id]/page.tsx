import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ResultView } from "~/features/result/result-view";
import { getPatient } from "~/server/auth/get-patient";
import { findCheckInResult } from "~/server/data/check-ins/find-check-in-result";
import { getDatabase } from "~/server/db/get-database";

export const metadata: Metadata = {
  title: "Your result",
  // Results are private: their address is the only key to a one-off check's, and a result saved in a diary
  // is shown only to its patient, signed in.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

const ResultPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const patient = await getPatient();
  const result = await findCheckInResult(await getDatabase(), id, patient?.id ?? null);
  if (result === null) notFound();
  return <ResultView result={result} signedIn={patient !== null} />;
};

export default ResultPage;
