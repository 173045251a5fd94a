import { LEVEL_COPY, LEVEL_STYLE } from "@backsure/core";

import type { HighlightSpan } from "./build-highlight-spans";
import { describeFinding } from "./describe-finding";

/** What was understood in the patient's words, in words: what counts, then what was set aside and why. */
export const UnderstoodList = ({ spans }: { spans: readonly HighlightSpan[] }) => {
  const counted = spans.filter((span) => span.status === "present");
  const setAside = spans.filter((span) => span.status !== "present");
  return (
    <div>
      {counted.length === 0 ? null : (
        <>
          <p>We understood:</p>
          <ul className="understood-list">
            {counted.map((span) => (
              <li key={span.start}>
                <span aria-hidden="true" style={{ color: LEVEL_STYLE[span.level].color }}>
                  {LEVEL_STYLE[span.level].icon}{" "}
                </span>
                {describeFinding(span.text, span.status)} ({LEVEL_COPY[span.level].label})
              </li>
            ))}
          </ul>
        </>
      )}
      {setAside.length === 0 ? null : (
        <>
          <p>Understood, and not counted:</p>
          <ul className="understood-list">
            {setAside.map((span) => (
              <li key={span.start}>{describeFinding(span.text, span.status)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
