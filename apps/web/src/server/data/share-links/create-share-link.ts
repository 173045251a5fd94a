import "server-only";

import { randomBytes } from "node:crypto";

import { z } from "zod";

import { newPublicId } from "~/server/data/check-ins/create-check-in";
import type { Database } from "~/server/db/open-database";
import { shareLinks } from "~/server/db/schema";

import { hashShareToken } from "./hash-share-token";

export const ShareLinkInputSchema = z
  .strictObject({
    periodFrom: z.date(),
    periodTo: z.date(),
    /** The patient chooses 1 to 30 days. */
    days: z.number().int().min(1).max(30),
  })
  .refine((value) => value.periodFrom <= value.periodTo, {
    error: "The period must start before it ends.",
  });
export type ShareLinkInput = z.infer<typeof ShareLinkInputSchema>;

const DAY = 24 * 60 * 60 * 1000;

/** Makes a read-only link to the patient's summary for a period. Returns the token (256 random bits), once. */
export const createShareLink = async (
  db: Database,
  patientId: string,
  input: ShareLinkInput,
  now: Date = new Date(),
): Promise<{ id: string; token: string }> => {
  const value = ShareLinkInputSchema.parse(input);
  const token = randomBytes(32).toString("base64url");
  const id = newPublicId();
  await db.insert(shareLinks).values({
    id,
    patientId,
    tokenHash: hashShareToken(token),
    periodFrom: value.periodFrom,
    periodTo: value.periodTo,
    expiresAt: new Date(now.getTime() + value.days * DAY),
  });
  return { id, token };
};
