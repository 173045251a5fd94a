import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { AuthForm } from "~/features/auth/auth-form";
import { signUpAction } from "~/features/auth/sign-up-action";
import { getPatient } from "~/server/auth/get-patient";
import { MIN_PASSWORD_LENGTH } from "~/server/auth/password-rules";

export const metadata: Metadata = { title: "Create an account" };

const SignUpPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  if ((await getPatient()) !== null) redirect("/diary");
  const { save } = await searchParams;
  const saveCheckIn = typeof save === "string" ? save : "";
  return (
    <section className="stack">
      <h1>Create an account</h1>
      <p className="lead">
        An account keeps a diary of your PT sessions and how you feel, shows the trend, and makes a
        summary for your therapist. Only you can see it unless you share it.
      </p>
      {saveCheckIn === "" ? null : (
        <p className="card">Your check-in will be saved into your new diary.</p>
      )}
      <AuthForm
        action={signUpAction}
        submitLabel="Create account"
        passwordAutoComplete="new-password"
        minPasswordLength={MIN_PASSWORD_LENGTH}
        hidden={saveCheckIn === "" ? {} : { saveCheckIn }}
      />
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </section>
  );
};

export default SignUpPage;
