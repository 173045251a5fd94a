import type { CheckInResult } from "~/server/data/check-ins/find-check-in-result";

/**
 * Whether a result invites its viewer to keep the check-in in a new account's diary: a full one-off check seen
 * by someone signed out. Not a stop at the urgent questions (no pain scores to keep), not a check-in already in
 * the viewer's diary, and never an emergency: then the page asks for one thing only, to get help now.
 */
export const shouldInviteToSave = (
  result: Pick<CheckInResult, "stage" | "inViewersDiary" | "assessment">,
  signedIn: boolean,
): boolean =>
  !signedIn &&
  result.stage === "complete" &&
  !result.inViewersDiary &&
  result.assessment.level !== "emergency";
