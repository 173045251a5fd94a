"use client";

import { useActionState } from "react";

import type { ChangePasswordState } from "./change-password-action";
import { changePasswordAction } from "./change-password-action";

const INITIAL: ChangePasswordState = { error: null, done: false };

/** Change password: the current one, then the new one. */
export const ChangePasswordForm = ({ minPasswordLength }: { minPasswordLength: number }) => {
  const [state, formAction, pending] = useActionState(changePasswordAction, INITIAL);
  return (
    <form action={formAction} className="stack" aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">Change your password</h2>
      {state.error === null ? null : (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      {state.done ? (
        <p role="status">Your password is changed. Other devices are signed out.</p>
      ) : null}
      <div className="field">
        <label htmlFor="currentPassword">Current password</label>
        <input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <div className="field">
        <label htmlFor="newPassword">New password</label>
        <p className="hint" id="new-password-hint">
          At least {minPasswordLength} characters.
        </p>
        <input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          aria-describedby="new-password-hint"
        />
      </div>
      <p>
        <button type="submit" disabled={pending}>
          Change password
        </button>
      </p>
    </form>
  );
};
