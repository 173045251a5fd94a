/** What an account form shows after a failed submission. */
export type AuthFormState = { error: string | null; email?: string };

export const INITIAL_AUTH_FORM_STATE: AuthFormState = { error: null };
