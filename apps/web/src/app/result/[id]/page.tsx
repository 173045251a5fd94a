import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ResultView } from "~/features/result/result-view";
import { findCheckInResult } from "~/server/data/check-ins/find-check-in-result";
import { getDatabase } from "~/server/db/get-database";

export const metadata: Metadata = {
  title: "Your result",
  // Results are private: their address is the only key to them.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

const ResultPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const result = await findCheckInResult(await getDatabase(), id);
  if (result === null) notFound();
  return <ResultView result={result} />;
};

export default ResultPage;
