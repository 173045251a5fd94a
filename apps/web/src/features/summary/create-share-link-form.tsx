"use client";

import { useActionState } from "react";

import type { CreateShareLinkState } from "./share-link-actions";
import { createShareLinkAction } from "./share-link-actions";

const INITIAL: CreateShareLinkState = { error: null, url: null };

/** Share the summary for this period: a read-only link that stops working after 1–30 days. */
export const CreateShareLinkForm = ({ fromDay, toDay }: { fromDay: string; toDay: string }) => {
  const [state, formAction, pending] = useActionState(createShareLinkAction, INITIAL);
  return (
    <form action={formAction} className="stack">
      <input type="hidden" name="from" value={fromDay} />
      <input type="hidden" name="to" value={toDay} />
      <div className="field">
        <label htmlFor="share-days">The link works for (days, 1 to 30)</label>
        <input
          id="share-days"
          name="days"
          type="number"
          min={1}
          max={30}
          defaultValue={7}
          required
        />
      </div>
      {state.error === null ? null : (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          Make a share link
        </button>
      </p>
      {state.url === null ? null : (
        <div className="card" role="status">
          <p>
            Your link is ready. Copy it now: it is shown only once. Anyone with it can read this
            summary until it expires or you revoke it.
          </p>
          <p>
            <label htmlFor="share-url">Share link</label>
            <input id="share-url" type="text" readOnly value={state.url} data-testid="share-url" />
          </p>
        </div>
      )}
    </form>
  );
};
