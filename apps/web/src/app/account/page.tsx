import type { Metadata } from "next";

import { DeleteAccountForm } from "~/features/account/delete-account-form";
import { usualPainAction } from "~/features/account/usual-pain-action";
import { ChangePasswordForm } from "~/features/auth/change-password-form";
import { signOutAction } from "~/features/auth/sign-out-action";
import { requirePatient } from "~/server/auth/require-patient";
import { MIN_PASSWORD_LENGTH } from "~/server/auth/password-rules";
import { findUsualPain } from "~/server/data/accounts/find-usual-pain";
import { getDatabase } from "~/server/db/get-database";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const PAIN_SCORES = Array.from({ length: 11 }, (_, score) => score);

const AccountPage = async () => {
  const patient = await requirePatient("/account");
  const usualPain = await findUsualPain(await getDatabase(), patient.id);
  return (
    <section className="stack">
      <h1>Your account</h1>
      <p>Signed in as {patient.email}.</p>
      <form action={signOutAction}>
        <button type="submit">Sign out</button>
      </form>

      <form action={usualPainAction} className="stack" aria-labelledby="usual-pain-heading">
        <h2 id="usual-pain-heading">Your usual pain</h2>
        <p className="hint" id="usual-pain-hint">
          How bad is your pain on a normal day, from 0 (none) to 10 (worst)? The diary compares with
          it when you have not logged anything before a session.
        </p>
        <div className="field">
          <label htmlFor="usualPain">Usual pain</label>
          <select
            id="usualPain"
            name="usualPain"
            defaultValue={usualPain === null ? "" : String(usualPain)}
            aria-describedby="usual-pain-hint"
          >
            <option value="">Not set</option>
            {PAIN_SCORES.map((score) => (
              <option key={score} value={String(score)}>
                {score}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit">Save usual pain</button>
        </p>
      </form>

      <ChangePasswordForm minPasswordLength={MIN_PASSWORD_LENGTH} />

      <section className="stack" aria-labelledby="export-heading">
        <h2 id="export-heading">Export your data</h2>
        <p>Download everything Backsure keeps about you.</p>
        <ul>
          <li>
            <a href="/account/export?format=json" download>
              Download as JSON
            </a>{" "}
            (everything, for other apps)
          </li>
          <li>
            <a href="/account/export?format=csv" download>
              Download as CSV
            </a>{" "}
            (your diary, for a spreadsheet)
          </li>
        </ul>
      </section>

      <DeleteAccountForm />
    </section>
  );
};

export default AccountPage;
