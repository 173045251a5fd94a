"use client";

import { READING_MOMENTS } from "@backsure/core";
import type { ReadingMoment } from "@backsure/core";
import { useActionState } from "react";

import { MOMENT_LABELS } from "./diary-labels";
import { INITIAL_DIARY_FORM_STATE } from "./diary-form-state";
import { FieldError } from "./field-error";
import { saveDiaryCheckInAction } from "./save-diary-check-in-action";

type DiaryCheckInFormProps = {
  /** Set when editing one of the patient's check-ins. */
  id?: string;
  defaults: {
    recordedAt: string;
    moment: ReadingMoment;
    painNow: number | null;
    painDuringExercise: number | null;
    notes: string;
  };
  submitLabel: string;
};

const SCORES = Array.from({ length: 11 }, (_, score) => String(score));

/** Log or edit a diary check-in: when, which moment, pain now and during exercise, notes. */
export const DiaryCheckInForm = ({ id, defaults, submitLabel }: DiaryCheckInFormProps) => {
  const [state, formAction, pending] = useActionState(
    saveDiaryCheckInAction,
    INITIAL_DIARY_FORM_STATE,
  );
  const prefix = id === undefined ? "new-check-in" : `check-in-${id}`;
  return (
    <form action={formAction} className="stack">
      {state.errors.form === undefined ? null : (
        <p className="error" role="alert">
          {state.errors.form}
        </p>
      )}
      {id === undefined ? null : <input type="hidden" name="id" value={id} />}
      <div className="field" data-invalid={state.errors.recordedAt !== undefined}>
        <label htmlFor={`${prefix}-when`}>Date and time</label>
        <input
          id={`${prefix}-when`}
          name="recordedAt"
          type="datetime-local"
          required
          defaultValue={defaults.recordedAt}
          aria-describedby={`${prefix}-when-error`}
        />
        <FieldError id={`${prefix}-when-error`} message={state.errors.recordedAt} />
      </div>
      <fieldset>
        <legend>When is this?</legend>
        <div className="choices">
          {READING_MOMENTS.map((moment) => (
            <label key={moment} className="choice">
              <input
                type="radio"
                name="moment"
                value={moment}
                defaultChecked={defaults.moment === moment}
              />{" "}
              {MOMENT_LABELS[moment]}
            </label>
          ))}
        </div>
        <FieldError id={`${prefix}-moment-error`} message={state.errors.moment} />
      </fieldset>
      <div className="field" data-invalid={state.errors.painNow !== undefined}>
        <label htmlFor={`${prefix}-pain-now`}>Pain now (0 = none, 10 = worst)</label>
        <select
          id={`${prefix}-pain-now`}
          name="painNow"
          required
          defaultValue={defaults.painNow === null ? "" : String(defaults.painNow)}
          aria-describedby={`${prefix}-pain-now-error`}
        >
          <option value="">Choose</option>
          {SCORES.map((score) => (
            <option key={score} value={score}>
              {score}
            </option>
          ))}
        </select>
        <FieldError id={`${prefix}-pain-now-error`} message={state.errors.painNow} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-pain-exercise`}>Worst pain during exercise (optional)</label>
        <select
          id={`${prefix}-pain-exercise`}
          name="painDuringExercise"
          defaultValue={
            defaults.painDuringExercise === null ? "" : String(defaults.painDuringExercise)
          }
          aria-describedby={`${prefix}-pain-exercise-error`}
        >
          <option value="">I didn&apos;t exercise</option>
          {SCORES.map((score) => (
            <option key={score} value={score}>
              {score}
            </option>
          ))}
        </select>
        <FieldError
          id={`${prefix}-pain-exercise-error`}
          message={state.errors.painDuringExercise}
        />
      </div>
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
