import { expect, test } from "@playwright/test";

import { RESULT_URL, answerRedFlags, answerRoutineDetails } from "./support/check-in-steps";

// The check-in is a real form posting to a server action: it works before (or without) JavaScript.
test.use({ javaScriptEnabled: false });

test.describe("check-in without JavaScript", () => {
  test("a routine check-in still reaches its result", async ({ page }) => {
    await page.goto("/check-in");
    await answerRedFlags(page);
    await answerRoutineDetails(page);
    await page.getByLabel("In your own words (optional)").fill("a bit stiff, no numbness");
    await page.getByRole("button", { name: "See my result", exact: true }).click();
    await expect(page).toHaveURL(RESULT_URL);
    await expect(page.locator(".level-banner")).toHaveAttribute("data-level", "expected");
  });

  test("an emergency answer still stops the interview at once", async ({ page }) => {
    await page.goto("/check-in");
    await answerRedFlags(page, ["bladderOrBowelChange"]);
    await expect(page).toHaveURL(RESULT_URL);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Get help now: call 999/);
  });

  test("an unanswered question comes back with its message and the other answers kept", async ({
    page,
  }) => {
    await page.goto("/check-in");
    await page
      .getByRole("group", { name: "Do you have a high temperature, shivers or chills?" })
      .getByLabel("No", { exact: true })
      .check();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please check" })).toContainText(
      "Please answer yes or no.",
    );
    await expect(
      page
        .getByRole("group", { name: "Do you have a high temperature, shivers or chills?" })
        .getByLabel("No", { exact: true }),
    ).toBeChecked();
  });
});
