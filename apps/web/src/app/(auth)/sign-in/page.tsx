import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { AuthForm } from "~/features/auth/auth-form";
import { safeNextPath } from "~/features/auth/safe-next-path";
import { signInAction } from "~/features/auth/sign-in-action";
import { getPatient } from "~/server/auth/get-patient";

export const metadata: Metadata = { title: "Sign in" };

const SignInPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  const next = safeNextPath((await searchParams).next);
  if ((await getPatient()) !== null) redirect(next);
  return (
    <section className="stack">
      <h1>Sign in</h1>
      <p className="lead">Sign in to see your diary and your summary.</p>
      <AuthForm
        action={signInAction}
        submitLabel="Sign in"
        passwordAutoComplete="current-password"
        hidden={{ next }}
      />
      <p>
        New here? <Link href="/sign-up">Create an account</Link>. You can also{" "}
        <Link href="/check-in">check in without an account</Link>.
      </p>
    </section>
  );
};

export default SignInPage;
