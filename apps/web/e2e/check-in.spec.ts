import { expect, test } from "@playwright/test";

import {
  RESULT_URL,
  answerRedFlags,
  answerRoutineDetails,
  question,
} from "./support/check-in-steps";

test.describe("check-in", () => {
  test("a routine check-in ends in an expected result with its own address", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Start a check-in" }).click();
    await answerRedFlags(page);
    await answerRoutineDetails(page);
    await page.getByRole("button", { name: "See my result", exact: true }).click();

    await expect(page).toHaveURL(RESULT_URL);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your result");
    const banner = page.locator(".level-banner");
    await expect(banner).toHaveAttribute("data-level", "expected");
    await expect(banner).toContainText("Expected");
    await expect(banner.locator(".level-icon")).toHaveText("✓");
    await expect(page.getByRole("heading", { name: "What to do now" })).toBeVisible();
    // Signed out, a full check-in can be kept in a new account's diary.
    await expect(
      page.getByRole("link", { name: "Create an account and save this check-in" }),
    ).toHaveAttribute("href", /^\/sign-up\?save=[A-Za-z0-9_-]{22}$/);

    // The address alone brings the result back.
    const address = page.url();
    await page.goto("/");
    await page.goto(address);
    await expect(page.locator(".level-banner")).toHaveAttribute("data-level", "expected");
  });

  test("free text is understood as it is typed and can lead to contacting the therapist", async ({
    page,
  }) => {
    await page.goto("/check-in");
    await answerRedFlags(page);
    await answerRoutineDetails(page);
    const notes = page.getByLabel("In your own words (optional)");
    await notes.fill("Since yesterday I get a sharp shooting pain down my left leg, no numbness.");

    const understood = page.locator("#field-notes .understood-text mark");
    await expect(understood.first()).toBeVisible();
    await expect(page.locator("#field-notes")).toContainText("We understood:");
    await expect(page.locator("#field-notes")).toContainText("You said: no “numbness”");

    await page.getByRole("button", { name: "See my result", exact: true }).click();
    await expect(page).toHaveURL(RESULT_URL);
    const banner = page.locator(".level-banner");
    await expect(banner).toHaveAttribute("data-level", "contact-therapist");
    await expect(banner).toContainText("Tell your therapist");
    await expect(page.getByRole("heading", { name: "In your own words" })).toBeVisible();
    await expect(page.locator("article .understood-text mark").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  });

  test("an emergency answer ends the interview with what to do and the number to call first", async ({
    page,
  }) => {
    await page.goto("/check-in");
    await answerRedFlags(page, ["saddleNumbness"]);

    await expect(page).toHaveURL(RESULT_URL);
    const first = page.getByRole("heading", { level: 1 });
    await expect(first).toHaveText(/Get help now: call 999/);
    await expect(page.getByRole("link", { name: "Call 999" })).toHaveAttribute("href", "tel:999");
    // The call to action comes before the level banner and everything else.
    const callComesFirst = await page.evaluate(() => {
      const call = document.querySelector(".emergency-call");
      const banner = document.querySelector(".level-banner");
      if (!call || !banner) return false;
      return Boolean(call.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(callComesFirst).toBe(true);
    await expect(page.locator(".level-banner")).toHaveAttribute("data-level", "emergency");
    await expect(question(page, "How bad is your pain right now?")).toHaveCount(0);
    // A stop at the urgent questions has no pain scores to keep: no invitation to save it.
    await expect(page.getByTestId("save-invitation")).toHaveCount(0);
  });

  test("a missing answer is shown next to its question and nothing typed is lost", async ({
    page,
  }) => {
    await page.goto("/check-in");
    await answerRedFlags(page);
    await answerRoutineDetails(page, ["Since yesterday, is it better, the same or worse?"]);
    await page.getByLabel("In your own words (optional)").fill("stiff in the mornings");
    await page.getByRole("button", { name: "See my result", exact: true }).click();

    const summary = page.getByRole("alert").filter({ hasText: "Please check" });
    await expect(summary).toContainText("Choose how it has changed since yesterday.");
    await expect(summary).toBeFocused();
    await expect(question(page, "Since yesterday, is it better, the same or worse?")).toContainText(
      "Choose how it has changed since yesterday.",
    );
    await expect(page.getByLabel("In your own words (optional)")).toHaveValue(
      "stiff in the mornings",
    );
    await expect(
      question(page, "How bad is your pain right now?").getByLabel("3", { exact: true }),
    ).toBeChecked();
  });
});
