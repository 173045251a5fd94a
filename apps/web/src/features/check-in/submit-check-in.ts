"use server";

import { redirect } from "next/navigation";

import { env } from "~/env";
import { getPatient } from "~/server/auth/get-patient";
import { getDatabase } from "~/server/db/get-database";

import type { CheckInFormState } from "./form-values";
import { handleCheckInSubmission } from "./handle-check-in-submission";

/**
 * The check-in form's server action (both steps; works with and without JavaScript). A stored check-in goes
 * to its result page; otherwise the form comes back with its errors or its next step. A signed-in patient's
 * check-in is saved into their diary (the patient comes from the session, never from the form).
 */
export const submitCheckIn = async (
  _previous: CheckInFormState,
  formData: FormData,
): Promise<CheckInFormState> => {
  const patient = await getPatient();
  const outcome = await handleCheckInSubmission(await getDatabase(), formData, {
    emergencyNumber: env.EMERGENCY_NUMBER,
    patientId: patient?.id ?? null,
  });
  if (outcome.kind === "stored") redirect(`/result/${outcome.id}`);
  return outcome.state;
};
