import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect as baseExpect } from "@playwright/test";

/** Assertions with room for a busy machine (password hashing and page loads under load). */
export const expect = baseExpect.configure({ timeout: 30_000 });

/** A fresh e-mail address for each run. */
export const newEmail = (label: string) =>
  `${label}-${String(Date.now())}-${String(Math.floor(Math.random() * 1e6))}@example.com`;

export const PASSWORD = "correct horse battery";

/** Fills in and sends the sign-up form on the page as it is, then waits for the diary. */
export const submitSignUp = async (page: Page, email: string, password = PASSWORD) => {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/diary/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Your diary" })).toBeVisible();
};

export const signUp = async (page: Page, email: string, password = PASSWORD) => {
  await page.goto("/sign-up");
  await submitSignUp(page, email, password);
};

export const signIn = async (page: Page, email: string, password = PASSWORD) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
};

export const logSession = async (page: Page, when: string, activities: readonly string[]) => {
  const section = page.getByRole("region", { name: "Log a PT session" });
  const before = await page.getByTestId("session-entry").count();
  await section.getByLabel("Date and time of the session").fill(when);
  for (const activity of activities) await section.getByLabel(activity).check();
  await section.getByRole("button", { name: "Save session" }).click();
  // The form posts back to /diary: wait for the new entry, not the address.
  await expect(page.getByTestId("session-entry")).toHaveCount(before + 1, { timeout: 30_000 });
};

export const logCheckIn = async (
  page: Page,
  entry: {
    when: string;
    moment: string;
    painNow: string;
    painDuringExercise?: string;
    notes?: string;
  },
) => {
  const section = page.getByRole("region", { name: "Add a check-in" });
  const before = await page.getByTestId("check-in-entry").count();
  await section.getByLabel("Date and time").fill(entry.when);
  await section.getByLabel(entry.moment).check();
  await section.getByLabel("Pain now (0 = none, 10 = worst)").selectOption(entry.painNow);
  if (entry.painDuringExercise !== undefined)
    await section
      .getByLabel("Worst pain during exercise (optional)")
      .selectOption(entry.painDuringExercise);
  if (entry.notes !== undefined) await section.getByLabel("Notes (optional)").fill(entry.notes);
  await section.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByTestId("check-in-entry")).toHaveCount(before + 1, { timeout: 30_000 });
};

/** Fails on any serious or critical axe-core violation on the page as it is now. */
export const expectNoSeriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  expect(serious).toEqual([]);
};

/** The text drawn in an uncompressed PDF (pdfkit writes standard-font text as hex strings in TJ arrays). */
export const pdfText = (pdf: Buffer): string => {
  const source = pdf.toString("latin1");
  const lines: string[] = [];
  for (const match of source.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const hexes = [...(match[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => hex[1] ?? "");
    lines.push(hexes.map((hex) => Buffer.from(hex, "hex").toString("latin1")).join(""));
  }
  return lines.join("\n");
};
