import "server-only";

import { redirect } from "next/navigation";

import type { Patient } from "./get-patient";
import { getPatient } from "./get-patient";

/** The signed-in patient; anyone else is sent to sign in, and back to `returnTo` afterwards. */
export const requirePatient = async (returnTo: string): Promise<Patient> => {
  const patient = await getPatient();
  if (patient === null) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return patient;
};
