// The page reader's surface of @backsure/core (`@backsure/core/page`): what a reader of health pages needs (the
// browser extension's content script, which loads on every page, and the portal's reader), without the triage of
// patients' messages or the zod schemas. Everything here is also exported from the main entry.
export { TRIAGE_LEVELS, isTriageLevel, maxLevel, rankLevel } from "./model/triage-level";
export type { TriageLevel } from "./model/triage-level";
export { CONCEPT_IDS, isConceptId, levelOfConcept } from "./model/concept";
export type { ConceptId } from "./model/concept";
export type { Mention } from "./model/assessment";
export { LEVEL_COPY } from "./model/level-copy";
export type { LevelCopy } from "./model/level-copy";
export { LEVEL_STYLE } from "./model/level-style";
export type { LevelStyle } from "./model/level-style";
export type { Guidance, GuidanceContext, PageSummary, PageWarningSign } from "./model/page";
export { annotate, readPage } from "./annotate/annotate";
export type { AnnotateOptions, PageReading } from "./annotate/annotate";
export { summarizeAnnotatedPage, summarizePage } from "./annotate/summarize-page";
export { addPageTopics, readPageTopic } from "./annotate/page-topic";
export type { PageTopic } from "./annotate/page-topic";
export { getGuidance } from "./guidance/get-guidance";
export { splitAtLineBreaks } from "./text/split-at-line-breaks";
export type { TextRange } from "./text/text-range";
