import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { test } from "@playwright/test";

import {
  expect,
  expectNoSeriousViolations,
  logCheckIn,
  logSession,
  newEmail,
  pdfText,
  signUp,
} from "./support/diary-steps";

test.use({ timezoneId: "UTC" });
test.describe.configure({ timeout: 180_000 });

test("diary: sessions and check-ins over days, chart, summary PDF, share link, export and delete", async ({
  page,
  browser,
}) => {
  const email = newEmail("diary");
  await signUp(page, email);
  await expectNoSeriousViolations(page);

  // Three check-ins over simulated days around one session on 10 November.
  await logCheckIn(page, { when: "2026-11-10T08:00", moment: "Another time", painNow: "2" });
  await logSession(page, "2026-11-10T09:00", [
    "A new exercise",
    "Hands-on treatment (manual therapy)",
  ]);
  await logCheckIn(page, {
    when: "2026-11-11T07:30",
    moment: "The morning after a session",
    painNow: "4",
    painDuringExercise: "5",
    notes: "Stiff getting out of bed",
  });
  await logCheckIn(page, { when: "2026-11-13T18:00", moment: "Another time", painNow: "4" });

  // The chart shows the three check-ins, with the session and its soreness window; the table says the same.
  const table = page.getByTestId("pain-table");
  await expect(table.locator("tbody tr")).toHaveCount(4);
  await expect(table).toContainText("Wed 11 Nov, 07:30");
  await expect(table).toContainText("4/10");
  await expect(page.locator(".chart-point")).toHaveCount(3);
  await expect(
    page.getByRole("img", { name: /Pain chart: 1 sessions and 3 check-ins/ }),
  ).toBeVisible();
  await expect(page.locator("svg").getByText("Session", { exact: true })).toBeVisible();

  // The trend rules fire: not back by the next morning, soreness past day 3 without improvement.
  const trends = page.getByRole("region", { name: "What your diary shows" });
  await expect(trends.locator('[data-rule="not-back-by-next-morning"]')).toBeVisible();
  await expect(trends.locator('[data-rule="soreness-past-day-three"]')).toBeVisible();
  await expect(trends).toContainText("Tell your therapist");

  // Summary for the period: printable page and a PDF that contains the check-ins.
  await page.goto("/summary?from=2026-11-01&to=2026-11-20");
  await expect(
    page.getByRole("heading", { name: /Summary from 1 Nov 2026 to 20 Nov 2026/ }),
  ).toBeVisible();
  await expect(page.getByText("Stiff getting out of bed")).toBeVisible();
  await expectNoSeriousViolations(page);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("backsure-summary-2026-11-01-to-2026-11-20.pdf");
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const text = pdfText(pdf);
  expect(text).toContain("Tue 10 Nov, 08:00 - Another time: pain now 2/10");
  expect(text).toContain(
    "Wed 11 Nov, 07:30 - The morning after a session: pain now 4/10, during exercise 5/10",
  );
  expect(text).toContain("Fri 13 Nov, 18:00 - Another time: pain now 4/10");
  expect(text).toContain("Stiff getting out of bed");

  // A share link opens the summary read-only in a fresh browser, and stops working once revoked.
  await page.getByLabel("The link works for (days, 1 to 30)").fill("7");
  await page.getByRole("button", { name: "Make a share link" }).click();
  const shareUrl = await page.getByTestId("share-url").inputValue();
  expect(shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  const stranger = await browser.newContext({ timezoneId: "UTC" });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(shareUrl);
  await expect(strangerPage.getByRole("heading", { level: 1 })).toHaveText(
    "Shared summary (read only)",
  );
  await expect(strangerPage.getByText("Stiff getting out of bed")).toBeVisible();
  await expect(strangerPage.getByTestId("pain-table").locator("tbody tr")).toHaveCount(4);
  await expectNoSeriousViolations(strangerPage);
  await page.reload();
  await expect(page.getByTestId("share-links").locator("li")).toHaveCount(1);
  await page.getByRole("button", { name: "Revoke this link" }).click();
  await expect(page.getByText("You have no active share links.")).toBeVisible();
  await strangerPage.reload();
  await expect(strangerPage.getByRole("heading", { level: 1 })).toHaveText(
    "This summary is not available",
  );
  await expect(strangerPage.getByText("The patient has turned this link off.")).toBeVisible();
  await expect(strangerPage.getByText("Stiff getting out of bed")).toHaveCount(0);
  await expectNoSeriousViolations(strangerPage);
  await stranger.close();

  // Export everything, then delete the account.
  const exported = await page.request.get("/account/export?format=json");
  expect(exported.status()).toBe(200);
  const data = (await exported.json()) as {
    account: { email: string };
    sessions: { id: string }[];
    checkIns: { id: string }[];
  };
  expect(data.account.email).toBe(email);
  expect(data.sessions).toHaveLength(1);
  expect(data.checkIns).toHaveLength(3);
  const csv = await page.request.get("/account/export?format=csv");
  expect(await csv.text()).toContain("check-in,2026-11-11T07:30:00.000Z,,next-morning,4,5,");

  await page.goto("/account");
  await expectNoSeriousViolations(page);
  await page.getByLabel("Type the word delete to confirm").fill("yes");
  await page.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(page.getByText('Type the word "delete" to confirm.')).toBeVisible({
    timeout: 30_000,
  });
  await page.getByLabel("Type the word delete to confirm").fill("delete");
  await page.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(page).toHaveURL(/\/\?deleted=1$/, { timeout: 30_000 });
  await page.goto("/diary");
  await expect(page).toHaveURL(/\/sign-in/);

  // No row is left for that patient: read a copy of the server's database.
  const copy = mkdtempSync(path.join(tmpdir(), "backsure-e2e-copy-"));
  cpSync(process.env.E2E_DATA_DIR ?? "", copy, { recursive: true });
  const db = await PGlite.create(copy);
  try {
    const ids = [...data.sessions.map((s) => s.id), ...data.checkIns.map((c) => c.id)];
    const users = await db.query("select 1 from users where email = $1", [email]);
    expect(users.rows).toHaveLength(0);
    const left = await db.query(
      `select id from pt_sessions where id = any($1)
       union all select id from diary_check_ins where id = any($1)`,
      [ids],
    );
    expect(left.rows).toHaveLength(0);
    for (const table of ["pt_sessions", "diary_check_ins", "share_links"]) {
      const orphans = await db.query(
        `select 1 from ${table} where patient_id not in (select id from users)`,
      );
      expect(orphans.rows).toHaveLength(0);
    }
    for (const table of ["auth_sessions", "auth_accounts"]) {
      const orphans = await db.query(
        `select 1 from ${table} where user_id not in (select id from users)`,
      );
      expect(orphans.rows).toHaveLength(0);
    }
  } finally {
    await db.close();
  }
});
