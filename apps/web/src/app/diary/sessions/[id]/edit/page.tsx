import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { readTimeZone } from "~/features/diary/read-time-zone";
import { SessionForm } from "~/features/diary/session-form";
import { toWallTimeInput } from "~/features/diary/time-zone";
import { requirePatient } from "~/server/auth/require-patient";
import { findPtSession } from "~/server/data/sessions/find-pt-session";
import { getDatabase } from "~/server/db/get-database";

export const metadata: Metadata = { title: "Edit session", robots: { index: false } };

const EditSessionPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const patient = await requirePatient(`/diary/sessions/${id}/edit`);
  const session = await findPtSession(await getDatabase(), patient.id, id);
  if (session === null) notFound();
  return (
    <section className="stack">
      <h1>Edit session</h1>
      <SessionForm
        id={session.id}
        defaults={{
          occurredAt: toWallTimeInput(session.occurredAt, await readTimeZone()),
          activities: session.activities,
          notes: session.notes,
        }}
        submitLabel="Save changes"
      />
      <p>
        <Link href="/diary">Back to your diary</Link>
      </p>
    </section>
  );
};

export default EditSessionPage;
