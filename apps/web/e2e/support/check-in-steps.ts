import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

import { RED_FLAG_QUESTIONS } from "../../src/features/check-in/check-in-questions";

/** A question's answers, found by its wording (a fieldset named by its legend). */
export const question = (page: Page, wording: string) =>
  page.getByRole("group", { name: wording, exact: true });

export const choose = async (page: Page, wording: string, answer: string) => {
  await question(page, wording).getByLabel(answer, { exact: true }).check();
};

/** Answers every urgent question "No" except those listed, which get "Yes". */
export const answerRedFlags = async (page: Page, yes: readonly string[] = []) => {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("First, a few urgent questions");
  for (const { field, question: wording } of RED_FLAG_QUESTIONS) {
    await choose(page, wording, yes.includes(field) ? "Yes" : "No");
  }
  await page.getByRole("button", { name: "Next", exact: true }).click();
};

/** The details of a routine check-in (sore and stiff the day after a session, getting better). */
export const ROUTINE_DETAILS: readonly (readonly [question: string, answer: string])[] = [
  ["When was your last physical therapy session?", "Yesterday"],
  ["How bad is your pain right now?", "3"],
  ["How bad was it during your exercises?", "4"],
  [
    "The morning after your last session, was your pain back to its usual level?",
    "Not yet / I don't know",
  ],
  ["What does it feel like?", "Aching"],
  ["Where do you feel it?", "Only my back"],
  ["How far down your leg does it go?", "It doesn't go into my leg"],
  ["Do you have numbness or tingling?", "No numbness or tingling"],
  ["Does either leg feel weak?", "No weakness"],
  ["Since yesterday, is it better, the same or worse?", "Better"],
];

/** Answers the routine details, leaving out any question listed in `skip`. */
export const answerRoutineDetails = async (page: Page, skip: readonly string[] = []) => {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How are you feeling?");
  for (const [wording, answer] of ROUTINE_DETAILS) {
    if (!skip.includes(wording)) await choose(page, wording, answer);
  }
};

/** A result page's address: /result/ and 22 base64url characters (128 random bits). */
export const RESULT_URL = /\/result\/[A-Za-z0-9_-]{22}$/;
