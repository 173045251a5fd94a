// The guidance surface of @backsure/core (`@backsure/core/guidance`): the levels, the concepts, what each would
// mean after PT, and a page's summary built from mentions already found. It is what shows a page's annotations
// without finding them: the browser extension's content script, which loads on every page, reads the page with
// the annotator in its background and needs only this. No annotator, lexicon or zod here; everything is also
// exported from `@backsure/core/page` and the main entry.
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
export { summarizeAnnotatedPage } from "./annotate/summarize-annotated-page";
export { addPageTopics } from "./annotate/add-page-topics";
export type { PageTopic } from "./annotate/add-page-topics";
export { getGuidance } from "./guidance/get-guidance";
export { splitAtLineBreaks } from "./text/split-at-line-breaks";
export type { TextRange } from "./text/text-range";
