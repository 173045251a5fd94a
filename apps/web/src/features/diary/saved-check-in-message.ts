import type { ClaimResult } from "~/server/data/diary/claim-check-in";

const MESSAGES: Readonly<Record<ClaimResult, string>> = {
  saved: "Your check-in is saved in your diary.",
  "already-saved": "That check-in was already saved in a diary.",
  "not-found": "We could not find that check-in to save it.",
  "no-pain-scores":
    "That check-in stopped at the warning-sign questions, so it has no pain scores to save.",
};

const isClaimResult = (value: string): value is ClaimResult => Object.hasOwn(MESSAGES, value);

/**
 * What the diary says after signing up from a one-off check (`/diary?saved=<outcome>`): one message for each of
 * `claimCheckIn`'s outcomes, and nothing for any other value in the address (not even an inherited name such
 * as "constructor").
 */
export const savedCheckInMessage = (value: unknown): string | undefined =>
  typeof value === "string" && isClaimResult(value) ? MESSAGES[value] : undefined;
