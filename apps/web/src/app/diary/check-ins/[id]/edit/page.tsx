import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DiaryCheckInForm } from "~/features/diary/diary-check-in-form";
import { readTimeZone } from "~/features/diary/read-time-zone";
import { toWallTimeInput } from "~/features/diary/time-zone";
import { requirePatient } from "~/server/auth/require-patient";
import { findDiaryCheckIn } from "~/server/data/diary/find-diary-check-in";
import { getDatabase } from "~/server/db/get-database";

export const metadata: Metadata = { title: "Edit check-in", robots: { index: false } };

const EditCheckInPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const patient = await requirePatient(`/diary/check-ins/${id}/edit`);
  const checkIn = await findDiaryCheckIn(await getDatabase(), patient.id, id);
  if (checkIn === null) notFound();
  return (
    <section className="stack">
      <h1>Edit check-in</h1>
      <DiaryCheckInForm
        id={checkIn.id}
        defaults={{
          recordedAt: toWallTimeInput(checkIn.recordedAt, await readTimeZone()),
          moment: checkIn.moment,
          painNow: checkIn.painNow,
          painDuringExercise: checkIn.painDuringExercise,
          notes: checkIn.notes,
        }}
        submitLabel="Save changes"
      />
      <p>
        <Link href="/diary">Back to your diary</Link>
      </p>
    </section>
  );
};

export default EditCheckInPage;
