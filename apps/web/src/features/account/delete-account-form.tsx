"use client";

import { useActionState } from "react";

import type { DeleteAccountState } from "./delete-account-action";
import { deleteAccountAction } from "./delete-account-action";

const INITIAL: DeleteAccountState = { error: null };

/** Delete my account, confirmed by typing a word. */
export const DeleteAccountForm = () => {
  const [state, formAction, pending] = useActionState(deleteAccountAction, INITIAL);
  return (
    <form action={formAction} className="stack card" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete your account</h2>
      <p>
        This deletes your account, your diary, your sessions, your check-ins and your share links
        for good. Export your data first if you want a copy.
      </p>
      {state.error === null ? null : (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      <div className="field">
        <label htmlFor="confirm">Type the word delete to confirm</label>
        <input id="confirm" name="confirm" type="text" autoComplete="off" required />
      </div>
      <p>
        <button type="submit" disabled={pending}>
          Delete my account and all my data
        </button>
      </p>
    </form>
  );
};
