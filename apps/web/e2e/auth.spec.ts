import { test } from "@playwright/test";

import { RESULT_URL, answerRedFlags, answerRoutineDetails } from "./support/check-in-steps";
import {
  expect,
  expectNoSeriousViolations,
  logCheckIn,
  logSession,
  newEmail,
  PASSWORD,
  pdfText,
  signIn,
  signUp,
  submitSignUp,
} from "./support/diary-steps";

test.use({ timezoneId: "UTC" });
test.describe.configure({ timeout: 240_000 });

const NOT_FOUND = "We couldn't find that page";

test("accounts: sign-in pages are accessible; signed-out visitors get nothing", async ({
  page,
}) => {
  for (const path of ["/sign-up", "/sign-in"]) {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  }
  for (const path of ["/diary", "/summary", "/account"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
  }
  expect((await page.request.get("/account/export?format=json")).status()).toBe(401);
  expect((await page.request.get("/summary/pdf")).status()).toBe(401);
});

test("accounts: sign out, wrong password, sign in", async ({ page }) => {
  const email = newEmail("auth");
  await signUp(page, email);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  await page.goto("/diary");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, email, "not the right password");
  await expect(page.getByText("That e-mail and password do not match an account.")).toBeVisible({
    timeout: 30_000,
  });
  await signIn(page, email);
  await expect(page).toHaveURL(/\/diary/, { timeout: 30_000 });
});

test("accounts: change password, then only the new password signs in", async ({ page }) => {
  const email = newEmail("password");
  const newPassword = "a brand new password";
  await signUp(page, email);
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change your password" });

  await form.getByLabel("Current password").fill("not the right password");
  await form.getByLabel("New password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("alert")).toHaveText("Your current password is not right.");

  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  // The change revokes every session and starts a new one: the page stays, signed in, and says so.
  await expect(form.getByRole("status")).toHaveText(
    "Your password is changed. Other devices are signed out.",
  );
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Signed in as ${email}.`)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  await signIn(page, email, PASSWORD);
  await expect(page.getByText("That e-mail and password do not match an account.")).toBeVisible({
    timeout: 30_000,
  });
  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/diary/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Your diary" })).toBeVisible();
});

test("a check-in done signed in goes into the diary; its result opens for that patient alone", async ({
  browser,
}) => {
  // Patient A, signed in, does a full check-in.
  const contextA = await browser.newContext({ timezoneId: "UTC" });
  const a = await contextA.newPage();
  await signUp(a, newEmail("check-in-a"));
  await a.goto("/check-in");
  await answerRedFlags(a);
  await answerRoutineDetails(a);
  await a.getByRole("button", { name: "See my result", exact: true }).click();
  await expect(a).toHaveURL(RESULT_URL);
  const resultPath = new URL(a.url()).pathname;
  await expect(a.getByTestId("saved-in-diary")).toContainText("saved in your diary");
  // Signed in, nobody is asked to make an account.
  await expect(a.getByTestId("save-invitation")).toHaveCount(0);

  // It is in A's diary, linked to its full result.
  await a.goto("/diary");
  await expect(a.getByTestId("check-in-entry")).toHaveCount(1);
  await expect(a.getByTestId("check-in-entry")).toContainText("pain now 3/10");
  await expect(a.getByRole("link", { name: "See the full result" })).toHaveAttribute(
    "href",
    resultPath,
  );

  // Nobody else gets it: not a visitor who is signed out, not patient B.
  const stranger = await browser.newContext();
  const s = await stranger.newPage();
  const contextB = await browser.newContext({ timezoneId: "UTC" });
  const b = await contextB.newPage();
  await signUp(b, newEmail("check-in-b"));
  for (const page of [s, b]) {
    const response = await page.goto(resultPath);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
    await expect(page.locator(".level-banner")).toHaveCount(0);
  }

  // A, signed in, still sees it; after signing out, A does not either.
  await a.goto(resultPath);
  await expect(a.locator(".level-banner")).toHaveAttribute("data-level", "expected");
  await a.goto("/account");
  await a.getByRole("button", { name: "Sign out" }).click();
  await expect(a).toHaveURL(/\/$/, { timeout: 30_000 });
  expect((await a.goto(resultPath))?.status()).toBe(404);

  // A one-off check made signed out still opens by its address, for anyone who has it.
  await s.goto("/check-in");
  await answerRedFlags(s);
  await answerRoutineDetails(s);
  await s.getByRole("button", { name: "See my result", exact: true }).click();
  await expect(s).toHaveURL(RESULT_URL);
  await expect(s.getByTestId("saved-in-diary")).toHaveCount(0);
  await expect(s.getByTestId("save-invitation")).toBeVisible();
  await b.goto(new URL(s.url()).pathname);
  await expect(b.locator(".level-banner")).toHaveAttribute("data-level", "expected");
  await expect(b.getByTestId("save-invitation")).toHaveCount(0);
  await Promise.all([contextA.close(), contextB.close(), stranger.close()]);
});

test("a one-off check made signed out is saved into the diary of an account made from its result", async ({
  page,
}) => {
  await page.goto("/check-in");
  await answerRedFlags(page);
  await answerRoutineDetails(page);
  await page.getByRole("button", { name: "See my result", exact: true }).click();
  await expect(page).toHaveURL(RESULT_URL);
  const resultPath = new URL(page.url()).pathname;
  const checkInId = resultPath.slice("/result/".length);

  // The result invites the visitor to keep it.
  const invitation = page.getByRole("region", { name: "Keep this check-in" });
  await expect(invitation).toContainText("Want to track how this changes?");
  await expectNoSeriousViolations(page);
  await invitation.getByRole("link", { name: "Create an account and save this check-in" }).click();
  await expect(page).toHaveURL(`/sign-up?save=${checkInId}`);
  await expect(page.getByText("Your check-in will be saved into your new diary.")).toBeVisible();
  await expectNoSeriousViolations(page);

  // Signing up there saves it into the new diary, linked to its full result.
  await submitSignUp(page, newEmail("saved-check-in"));
  await expect(page).toHaveURL(/\/diary\?saved=saved$/);
  await expect(page.getByRole("status")).toHaveText("Your check-in is saved in your diary.");
  await expect(page.getByTestId("check-in-entry")).toHaveCount(1);
  await expect(page.getByTestId("check-in-entry")).toContainText("pain now 3/10");
  await expect(page.getByRole("link", { name: "See the full result" })).toHaveAttribute(
    "href",
    resultPath,
  );

  // The result is now the patient's: it says so and no longer invites.
  await page.goto(resultPath);
  await expect(page.getByTestId("saved-in-diary")).toContainText("saved in your diary");
  await expect(page.getByTestId("save-invitation")).toHaveCount(0);
});

test("authorization: patient B gets nothing of patient A's by changing ids in URLs or forms", async ({
  browser,
}) => {
  // Patient A: a session, a check-in and a share link.
  const contextA = await browser.newContext({ timezoneId: "UTC" });
  const a = await contextA.newPage();
  await signUp(a, newEmail("patient-a"));
  await logSession(a, "2026-11-10T09:00", ["A new exercise"]);
  await logCheckIn(a, {
    when: "2026-11-11T08:00",
    moment: "The morning after a session",
    painNow: "6",
    notes: "secret note of A",
  });
  const sessionHref = await a.getByRole("link", { name: "Edit session" }).getAttribute("href");
  const checkInHref = await a.getByRole("link", { name: "Edit check-in" }).getAttribute("href");
  const sessionId = /\/diary\/sessions\/([^/]+)\/edit/.exec(sessionHref ?? "")?.[1] ?? "";
  const checkInId = /\/diary\/check-ins\/([^/]+)\/edit/.exec(checkInHref ?? "")?.[1] ?? "";
  expect(sessionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(checkInId).toMatch(/^[A-Za-z0-9_-]{22}$/);
  await a.goto("/summary?from=2026-11-01&to=2026-11-20");
  await a.getByRole("button", { name: "Make a share link" }).click();
  const shareUrl = await a.getByTestId("share-url").inputValue();
  await a.reload();
  const linkId = await a.locator('[data-testid="share-links"] input[name="id"]').inputValue();

  // Patient B, in another browser.
  const contextB = await browser.newContext({ timezoneId: "UTC" });
  const b = await contextB.newPage();
  await signUp(b, newEmail("patient-b"));

  // URLs with A's ids: not found.
  for (const path of [
    `/diary/sessions/${sessionId}/edit`,
    `/diary/sessions/${sessionId}/delete`,
    `/diary/check-ins/${checkInId}/edit`,
    `/diary/check-ins/${checkInId}/delete`,
  ]) {
    const response = await b.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(b.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
  }

  // B's own summary, PDF and exports hold nothing of A's.
  await b.goto("/summary?from=2026-11-01&to=2026-11-20");
  await expect(b.getByText("secret note of A")).toHaveCount(0);
  const pdf = await b.request.get("/summary/pdf?from=2026-11-01&to=2026-11-20");
  expect(pdfText(await pdf.body())).not.toContain("secret note of A");
  for (const format of ["json", "csv"]) {
    const body = await (await b.request.get(`/account/export?format=${format}`)).text();
    expect(body).not.toContain(sessionId);
    expect(body).not.toContain(checkInId);
    expect(body).not.toContain("secret note of A");
  }

  // Forms with A's ids put in place of B's own: nothing of A's changes.
  await b.goto("/diary");
  await logSession(b, "2026-11-12T09:00", []);
  await logCheckIn(b, { when: "2026-11-12T10:00", moment: "Another time", painNow: "1" });
  const ownCheckIn = await b.getByRole("link", { name: "Edit check-in" }).getAttribute("href");
  await b.goto(ownCheckIn ?? "");
  await b.locator('input[name="id"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = id;
  }, checkInId);
  await b.getByLabel("Notes (optional)").fill("B was here");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByText("That check-in is not in your diary.")).toBeVisible({
    timeout: 30_000,
  });

  const ownSession = b.getByRole("link", { name: "Delete session" });
  await b.goto("/diary");
  await b.goto((await ownSession.getAttribute("href")) ?? "");
  await b.locator('input[name="id"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = id;
  }, sessionId);
  await b.getByRole("button", { name: "Yes, delete this session" }).click();
  await expect(b).toHaveURL(/\/diary$/, { timeout: 30_000 });

  await b.goto("/summary");
  await b.getByRole("button", { name: "Make a share link" }).click();
  await expect(b.getByTestId("share-url")).toBeVisible({ timeout: 30_000 });
  await b.reload();
  await b.locator('[data-testid="share-links"] input[name="id"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = id;
  }, linkId);
  await b.getByRole("button", { name: "Revoke this link" }).click();
  await expect(b.getByTestId("share-links")).toBeVisible({ timeout: 30_000 });

  // A's session, check-in and share link are untouched.
  await a.goto("/diary");
  await expect(a.getByTestId("session-entry")).toHaveCount(1);
  await expect(a.getByText("secret note of A")).toBeVisible();
  await expect(a.getByText("B was here")).toHaveCount(0);
  const stranger = await browser.newContext();
  const s = await stranger.newPage();
  await s.goto(shareUrl);
  await expect(s.getByRole("heading", { level: 1 })).toHaveText("Shared summary (read only)");
  await expect(s.getByText("secret note of A")).toBeVisible();
  await Promise.all([contextA.close(), contextB.close(), stranger.close()]);
});
