"use client";

import { MAX_NOTES_LENGTH, extractFindings } from "@backsure/core";
import { useMemo } from "react";

import { buildHighlightSpans } from "./build-highlight-spans";
import { HighlightedText } from "./highlighted-text";
import { UnderstoodList } from "./understood-list";

/**
 * What the core understood in the patient's words, read in the browser. Loaded on demand by the notes field
 * (the core's reading code is not part of the check-in's first load).
 */
const UnderstoodPreview = ({ text }: { text: string }) => {
  const spans = useMemo(
    () =>
      text.trim() === "" || text.length > MAX_NOTES_LENGTH
        ? []
        : buildHighlightSpans(text, extractFindings(text)),
    [text],
  );
  return (
    <>
      <p className="hint" role="status">
        {spans.length === 0
          ? ""
          : `We recognised ${spans.length} thing${spans.length === 1 ? "" : "s"} in your words.`}
      </p>
      {spans.length === 0 ? null : (
        <>
          <HighlightedText
            text={text}
            spans={spans}
            label="Your words, with what we understood marked"
          />
          <UnderstoodList spans={spans} />
        </>
      )}
    </>
  );
};

export default UnderstoodPreview;
