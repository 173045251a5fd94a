import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

import { RED_FLAG_QUESTIONS } from "../src/features/check-in/check-in-questions";
import { RESULT_URL } from "./support/check-in-steps";

/** Presses Tab until the focused element is the form control `name` (or the submit button for "submit"). */
const tabTo = async (page: Page, name: string) => {
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (element instanceof HTMLButtonElement) return `button:${element.type}`;
      return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
        ? element.name
        : "";
    });
    if (focused === name || (name === "submit" && focused === "button:submit")) return;
  }
  throw new Error(`Tab never reached ${name}`);
};

test("a check-in can be completed with the keyboard alone", async ({ page }) => {
  await page.goto("/check-in");

  // Urgent questions: Tab into each yes/no group (focus lands on "Yes"), then → picks "No".
  for (const { field } of RED_FLAG_QUESTIONS) {
    await tabTo(page, `redFlags.${field}`);
    await page.keyboard.press("ArrowRight");
  }
  await tabTo(page, "submit");
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How are you feeling?");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  const arrows = async (name: string, count: number) => {
    await tabTo(page, name);
    for (let i = 0; i < count; i++) await page.keyboard.press("ArrowRight");
  };
  await arrows("hoursSinceSession", 1); // Yesterday
  await arrows("painNow", 3); // 3
  await arrows("painDuringExercise", 4); // 4
  for (const name of ["backToBaselineByMorning", "character", "location", "legReach"]) {
    await tabTo(page, name);
    await page.keyboard.press("Space"); // the first answer
  }
  for (const name of ["numbness", "weakness", "trend"]) {
    await tabTo(page, name);
    await page.keyboard.press("Space");
  }
  await tabTo(page, "notes");
  await page.keyboard.type("a bit stiff this morning");
  await tabTo(page, "submit");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(RESULT_URL);
  await expect(page.locator(".level-banner")).toBeVisible();
});
