"use client";

import { SESSION_ACTIVITIES } from "@backsure/core";
import type { SessionActivity } from "@backsure/core";
import { useActionState } from "react";

import { ACTIVITY_LABELS } from "./diary-labels";
import { INITIAL_DIARY_FORM_STATE } from "./diary-form-state";
import { FieldError } from "./field-error";
import { saveSessionAction } from "./save-session-action";

type SessionFormProps = {
  /** Set when editing one of the patient's sessions. */
  id?: string;
  defaults: { occurredAt: string; activities: readonly SessionActivity[]; notes: string };
  submitLabel: string;
};

/** Log or edit a PT session: when, what was done, notes. */
export const SessionForm = ({ id, defaults, submitLabel }: SessionFormProps) => {
  const [state, formAction, pending] = useActionState(saveSessionAction, INITIAL_DIARY_FORM_STATE);
  const prefix = id === undefined ? "new-session" : `session-${id}`;
  return (
    <form action={formAction} className="stack">
      {state.errors.form === undefined ? null : (
        <p className="error" role="alert">
          {state.errors.form}
        </p>
      )}
      {id === undefined ? null : <input type="hidden" name="id" value={id} />}
      <div className="field" data-invalid={state.errors.occurredAt !== undefined}>
        <label htmlFor={`${prefix}-when`}>Date and time of the session</label>
        <input
          id={`${prefix}-when`}
          name="occurredAt"
          type="datetime-local"
          required
          defaultValue={defaults.occurredAt}
          aria-describedby={`${prefix}-when-error`}
        />
        <FieldError id={`${prefix}-when-error`} message={state.errors.occurredAt} />
      </div>
      <fieldset>
        <legend>What did you do?</legend>
        <div className="choices">
          {SESSION_ACTIVITIES.map((activity) => (
            <label key={activity} className="choice">
              <input
                type="checkbox"
                name="activities"
                value={activity}
                defaultChecked={defaults.activities.includes(activity)}
              />{" "}
              {ACTIVITY_LABELS[activity]}
            </label>
          ))}
        </div>
        <FieldError id={`${prefix}-activities-error`} message={state.errors.activities} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${prefix}-notes`}>Notes (optional)</label>
        <textarea id={`${prefix}-notes`} name="notes" rows={3} defaultValue={defaults.notes} />
        <FieldError id={`${prefix}-notes-error`} message={state.errors.notes} />
      </div>
      <p>
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </p>
    </form>
  );
};
