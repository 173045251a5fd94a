import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ConfirmDelete } from "~/features/diary/confirm-delete";
import { readTimeZone } from "~/features/diary/read-time-zone";
import { formatDateTime } from "~/features/diary/time-zone";
import { requirePatient } from "~/server/auth/require-patient";
import { findPtSession } from "~/server/data/sessions/find-pt-session";
import { getDatabase } from "~/server/db/get-database";

export const metadata: Metadata = { title: "Delete session", robots: { index: false } };

const DeleteSessionPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const patient = await requirePatient(`/diary/sessions/${id}/delete`);
  const session = await findPtSession(await getDatabase(), patient.id, id);
  if (session === null) notFound();
  return (
    <ConfirmDelete
      kind="session"
      id={session.id}
      description={`The session on ${formatDateTime(session.occurredAt, await readTimeZone())}.`}
    />
  );
};

export default DeleteSessionPage;
