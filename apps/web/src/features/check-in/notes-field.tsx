"use client";

import { Suspense, lazy, useDeferredValue, useState } from "react";

import { errorId, fieldId } from "./field-id";

const loadPreview = () => import("../understood/understood-preview");
const UnderstoodPreview = lazy(loadPreview);

/**
 * "In your own words": a plain textarea (it works without JavaScript). With JavaScript the core reads the text
 * in the browser as the patient types and shows what it understood; its code loads when the box is first used.
 * Nothing is sent until the form is.
 */
export const NotesField = ({ initial, error }: { initial: string; error?: string | undefined }) => {
  const [text, setText] = useState(initial);
  const deferred = useDeferredValue(text);
  const id = fieldId("notes");
  return (
    <div
      className="field"
      id={id}
      tabIndex={-1}
      data-invalid={error === undefined ? undefined : true}
    >
      <label htmlFor={`${id}-input`}>In your own words (optional)</label>
      <span className="hint" id={`${id}-hint`}>
        How does it feel? For example: “sore and stiff since yesterday, no numbness”.
      </span>
      {error === undefined ? null : (
        <span className="error" id={errorId("notes")}>
          {error}
        </span>
      )}
      <textarea
        id={`${id}-input`}
        name="notes"
        rows={4}
        defaultValue={initial}
        onFocus={() => void loadPreview()}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={[`${id}-hint`, error === undefined ? "" : errorId("notes")]
          .join(" ")
          .trim()}
        aria-invalid={error === undefined ? undefined : true}
      />
      {deferred.trim() === "" ? null : (
        <Suspense fallback={<p className="hint">Reading your words…</p>}>
          <UnderstoodPreview text={deferred} />
        </Suspense>
      )}
    </div>
  );
};
