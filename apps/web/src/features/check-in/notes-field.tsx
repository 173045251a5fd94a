"use client";

import { MAX_NOTES_LENGTH, extractFindings } from "@backsure/core";
import { useDeferredValue, useMemo, useState } from "react";

import { buildHighlightSpans } from "../understood/build-highlight-spans";
import { HighlightedText } from "../understood/highlighted-text";
import { UnderstoodList } from "../understood/understood-list";
import { errorId, fieldId } from "./field-id";

/**
 * "In your own words": a plain textarea (it works without JavaScript); with JavaScript the core reads the text
 * in the browser as the patient types and shows what it understood. Nothing is sent until the form is.
 */
export const NotesField = ({ initial, error }: { initial: string; error?: string | undefined }) => {
  const [text, setText] = useState(initial);
  const deferred = useDeferredValue(text);
  const spans = useMemo(
    () =>
      deferred.trim() === "" || deferred.length > MAX_NOTES_LENGTH
        ? []
        : buildHighlightSpans(deferred, extractFindings(deferred)),
    [deferred],
  );
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
        onChange={(event) => setText(event.target.value)}
        aria-describedby={[`${id}-hint`, error === undefined ? "" : errorId("notes")]
          .join(" ")
          .trim()}
        aria-invalid={error === undefined ? undefined : true}
      />
      <p className="hint" role="status">
        {spans.length === 0
          ? ""
          : `We recognised ${spans.length} thing${spans.length === 1 ? "" : "s"} in your words.`}
      </p>
      {spans.length === 0 ? null : (
        <>
          <HighlightedText
            text={deferred}
            spans={spans}
            label="Your words, with what we understood marked"
          />
          <UnderstoodList spans={spans} />
        </>
      )}
    </div>
  );
};
