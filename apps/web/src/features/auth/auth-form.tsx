"use client";

import { useActionState } from "react";

import type { AuthFormState } from "./auth-form-state";
import { INITIAL_AUTH_FORM_STATE } from "./auth-form-state";

type AuthFormProps = {
  action: (previous: AuthFormState, form: FormData) => Promise<AuthFormState>;
  submitLabel: string;
  /** "new-password" on sign-up, "current-password" on sign-in. */
  passwordAutoComplete: "new-password" | "current-password";
  minPasswordLength?: number;
  /** Hidden fields carried through (where to go next, a check to save). */
  hidden?: Readonly<Record<string, string>>;
};

/** The e-mail and password form shared by sign-up and sign-in. Works without JavaScript. */
export const AuthForm = ({
  action,
  submitLabel,
  passwordAutoComplete,
  minPasswordLength,
  hidden = {},
}: AuthFormProps) => {
  const [state, formAction, pending] = useActionState(action, INITIAL_AUTH_FORM_STATE);
  return (
    <form action={formAction} className="stack" noValidate>
      {state.error === null ? null : (
        <p className="error" role="alert" id="auth-error">
          {state.error}
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="field">
        <label htmlFor="email">E-mail</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email ?? ""}
          aria-describedby={state.error === null ? undefined : "auth-error"}
        />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        {minPasswordLength === undefined ? null : (
          <p className="hint" id="password-hint">
            At least {minPasswordLength} characters. A few words you will remember work well.
          </p>
        )}
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={passwordAutoComplete}
          required
          minLength={minPasswordLength}
          aria-describedby={minPasswordLength === undefined ? undefined : "password-hint"}
        />
      </div>
      <p>
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </p>
    </form>
  );
};
