import { LEVEL_COPY, LEVEL_STYLE } from "@backsure/core";
import type { ReactNode } from "react";

import type { HighlightSpan } from "./build-highlight-spans";

/**
 * The patient's own words with what was understood marked. Present findings are tinted with their level's
 * colour and underlined; findings set aside (denied, past, someone else's) are grey and struck through. The
 * meaning never rests on colour: each mark has a title, and UnderstoodList says the same in words.
 */
export const HighlightedText = ({
  text,
  spans,
  label,
}: {
  text: string;
  spans: readonly HighlightSpan[];
  label: string;
}) => {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    const isPresent = span.status === "present";
    parts.push(
      <mark
        key={span.start}
        className={isPresent ? undefined : "set-aside"}
        style={isPresent ? { background: LEVEL_STYLE[span.level].tint } : undefined}
        title={isPresent ? LEVEL_COPY[span.level].label : "Not counted"}
      >
        {span.text}
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <p className="understood-text card" aria-label={label}>
      {parts}
    </p>
  );
};
