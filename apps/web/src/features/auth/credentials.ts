import { z } from "zod";

import { MIN_PASSWORD_LENGTH } from "~/server/auth/password-rules";

/** What the sign-up and sign-in forms send. */
export const CredentialsSchema = z.strictObject({
  email: z.email({ error: "Enter an e-mail address, like name@example.com." }).max(254),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, {
      error: `Use a password of at least ${String(MIN_PASSWORD_LENGTH)} characters.`,
    })
    .max(200, { error: "That password is too long (200 characters at most)." }),
});
export type Credentials = z.infer<typeof CredentialsSchema>;

/** Reads e-mail and password from a form; e-mail is trimmed and lower-cased. */
export const parseCredentials = (
  form: FormData,
): { ok: true; value: Credentials } | { ok: false; error: string } => {
  const email = form.get("email");
  const password = form.get("password");
  const result = CredentialsSchema.safeParse({
    email: typeof email === "string" ? email.trim().toLowerCase() : "",
    password: typeof password === "string" ? password : "",
  });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, error: result.error.issues[0]?.message ?? "Check your e-mail and password." };
};
