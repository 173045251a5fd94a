import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

import { RESULT_URL, answerRedFlags, answerRoutineDetails } from "./support/check-in-steps";

/** Fails on any serious or critical axe-core violation on the page as it is now. */
const expectNoSeriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  expect(serious).toEqual([]);
};

test.describe("accessibility (axe-core)", () => {
  test("home and not-found pages", async ({ page }) => {
    await page.goto("/");
    await expectNoSeriousViolations(page);
    await page.goto("/result/not-a-real-result-id-xx");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
    await expectNoSeriousViolations(page);
  });

  test("every step of the check-in, with and without errors, and a routine result", async ({
    page,
  }) => {
    await page.goto("/check-in");
    await expectNoSeriousViolations(page);
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please check" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await answerRedFlags(page);
    await answerRoutineDetails(page);
    await page
      .getByLabel("In your own words (optional)")
      .fill("sharp pain in my back, no numbness, my sister had sciatica");
    await expect(page.locator("#field-notes .understood-text")).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole("button", { name: "See my result", exact: true }).click();
    await expect(page).toHaveURL(RESULT_URL);
    await expectNoSeriousViolations(page);
  });

  test("an emergency result", async ({ page }) => {
    await page.goto("/check-in");
    await answerRedFlags(page, ["chestPainOrBreathless"]);
    await expect(page).toHaveURL(RESULT_URL);
    await expectNoSeriousViolations(page);
  });
});
