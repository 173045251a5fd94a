import type { Finding, FindingStatus, TriageLevel } from "@backsure/core";
import { levelOfConcept } from "@backsure/core";

/** One marked stretch of the patient's text. */
export type HighlightSpan = {
  start: number;
  end: number;
  text: string;
  level: TriageLevel;
  status: FindingStatus;
};

/**
 * The findings that point into the text, in reading order, as marks that never overlap (the first of two
 * overlapping findings wins) and never run past the end of the text.
 */
export const buildHighlightSpans = (
  text: string,
  findings: readonly Finding[],
): readonly HighlightSpan[] => {
  const spans: HighlightSpan[] = [];
  for (const finding of findings) {
    const evidence = finding.evidence;
    if (evidence.kind !== "text") continue;
    if (evidence.start < 0 || evidence.end > text.length || evidence.end <= evidence.start)
      continue;
    spans.push({
      start: evidence.start,
      end: evidence.end,
      text: text.slice(evidence.start, evidence.end),
      level: levelOfConcept(finding.concept),
      status: finding.status,
    });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: HighlightSpan[] = [];
  for (const span of spans) {
    const last = kept.at(-1);
    if (last !== undefined && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
};
