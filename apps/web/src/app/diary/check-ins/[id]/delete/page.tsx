import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ConfirmDelete } from "~/features/diary/confirm-delete";
import { readTimeZone } from "~/features/diary/read-time-zone";
import { formatDateTime } from "~/features/diary/time-zone";
import { requirePatient } from "~/server/auth/require-patient";
import { findDiaryCheckIn } from "~/server/data/diary/find-diary-check-in";
import { getDatabase } from "~/server/db/get-database";

export const metadata: Metadata = { title: "Delete check-in", robots: { index: false } };

const DeleteCheckInPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const patient = await requirePatient(`/diary/check-ins/${id}/delete`);
  const checkIn = await findDiaryCheckIn(await getDatabase(), patient.id, id);
  if (checkIn === null) notFound();
  return (
    <ConfirmDelete
      kind="check-in"
      id={checkIn.id}
      description={`The check-in on ${formatDateTime(checkIn.recordedAt, await readTimeZone())}: pain ${String(checkIn.painNow)}/10.`}
    />
  );
};

export default DeleteCheckInPage;
