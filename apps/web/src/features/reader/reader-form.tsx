"use client";

import { MAX_HOURS_SINCE_SESSION } from "./parse-reader-form";
import type { ReaderState } from "./reader-state";

type ReaderFormProps = {
  state: ReaderState;
  formAction: (formData: FormData) => void;
  isPending: boolean;
};

/**
 * The paste box (a link or the page's text) and the optional details that sharpen the cards. After a failure it
 * comes back with everything as typed and the message beside the field it is about.
 */
export const ReaderForm = ({ state, formAction, isPending }: ReaderFormProps) => {
  const failure = state.status === "failed" ? state.failure : null;
  const values = state.values;
  const detailsFailed = failure !== null && failure.field !== "input";
  const errorId = (field: string) =>
    failure?.field === field ? `reader-${field}-error` : undefined;
  return (
    // A new revision remounts the form, so the fields show what the server echoed back.
    <form key={state.revision} action={formAction} aria-describedby="reader-privacy" noValidate>
      <div className="field" data-invalid={failure?.field === "input" ? "true" : undefined}>
        <label htmlFor="reader-input">A link, or the text of the page</label>
        <span className="hint" id="reader-input-hint">
          Paste a web address (https://…), or copy the page&apos;s text and paste it here.
        </span>
        <textarea
          id="reader-input"
          name="input"
          rows={6}
          defaultValue={values.input}
          aria-describedby={["reader-input-hint", errorId("input")].filter(Boolean).join(" ")}
          aria-invalid={failure?.field === "input" ? true : undefined}
        />
        {failure?.field === "input" ? (
          <p className="error" id="reader-input-error" role="alert">
            {failure.message}
          </p>
        ) : null}
      </div>
      <details className="field" open={detailsFailed || undefined}>
        <summary>Add your details (optional)</summary>
        <p className="hint">
          They make the advice fit you better. They are used for this reading only and not kept.
        </p>
        <label htmlFor="reader-hoursSinceSession">
          Hours since your last physical therapy session
        </label>
        <input
          id="reader-hoursSinceSession"
          name="hoursSinceSession"
          type="number"
          inputMode="decimal"
          min={0}
          max={MAX_HOURS_SINCE_SESSION}
          defaultValue={values.hoursSinceSession}
          aria-describedby={errorId("hoursSinceSession")}
          aria-invalid={failure?.field === "hoursSinceSession" ? true : undefined}
        />
        {failure?.field === "hoursSinceSession" ? (
          <p className="error" id="reader-hoursSinceSession-error" role="alert">
            {failure.message}
          </p>
        ) : null}
        <label htmlFor="reader-age">Your age</label>
        <input
          id="reader-age"
          name="age"
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          defaultValue={values.age}
          aria-describedby={errorId("age")}
          aria-invalid={failure?.field === "age" ? true : undefined}
        />
        {failure?.field === "age" ? (
          <p className="error" id="reader-age-error" role="alert">
            {failure.message}
          </p>
        ) : null}
        <div className="choices">
          <label className="choice">
            <input
              type="checkbox"
              name="recentSpinalSurgery"
              defaultChecked={values.recentSpinalSurgery}
            />
            I had spine surgery recently
          </label>
          <label className="choice">
            <input type="checkbox" name="cancerHistory" defaultChecked={values.cancerHistory} />I
            have had cancer
          </label>
        </div>
      </details>
      <button type="submit" disabled={isPending}>
        {isPending ? "Reading…" : "Read with Backsure"}
      </button>
      <p className="hint" id="reader-privacy">
        Backsure reads the page only to show it to you here. It keeps no copy of the page, of the
        text you paste or of your details.
      </p>
    </form>
  );
};
