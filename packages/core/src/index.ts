// The public surface of @backsure/core. Curated re-exports only; everything else is internal.
export { TriageLevelSchema } from "./model/triage-level-schema";
export {
  TRIAGE_LEVELS,
  compareLevels,
  isTriageLevel,
  maxLevel,
  rankLevel,
} from "./model/triage-level";
export type { TriageLevel } from "./model/triage-level";
export { ConceptIdSchema } from "./model/concept-id-schema";
export { CONCEPT_IDS, CONCEPT_LEVELS, isConceptId, levelOfConcept } from "./model/concept";
export type { ConceptId } from "./model/concept";
export {
  CheckInSchema,
  LEG_REACHES,
  MAX_NOTES_LENGTH,
  NUMBNESS_DURATIONS,
  PAIN_CHARACTERS,
  PAIN_LOCATIONS,
  ProfileSchema,
  RedFlagAnswersSchema,
  TRENDS,
  WEAKNESS_KINDS,
} from "./model/check-in";
export type { CheckIn, Profile, RedFlagAnswers } from "./model/check-in";
export {
  EvidenceSchema,
  FINDING_STATUSES,
  FindingSchema,
  FindingStatusSchema,
} from "./model/finding";
export type { Evidence, Finding, FindingStatus } from "./model/finding";
export type { AssessOptions, Assessment, FiredRule, Mention, Source } from "./model/assessment";
export { LEVEL_COPY } from "./model/level-copy";
export type { LevelCopy } from "./model/level-copy";
export type { Guidance, GuidanceContext, PageSummary, PageWarningSign } from "./model/page";
export { SOURCES, isSourceKey, resolveSources } from "./model/sources";
export type { SourceKey } from "./model/sources";
export { LEVEL_STYLE } from "./model/level-style";
export type { LevelStyle } from "./model/level-style";
export { CONCEPT_ENTRIES, LEXICON } from "./lexicon/lexicon";
export { compileLexicon } from "./lexicon/compile-lexicon";
export type { CompileLexiconOptions, Lexicon, LexiconHit } from "./lexicon/compile-lexicon";
export type { LexiconEntry } from "./lexicon/lexicon-entry";
export { annotate, readPage } from "./annotate/annotate";
export type { AnnotateOptions, PageReading } from "./annotate/annotate";
export { summarizePage } from "./annotate/summarize-page";
export { summarizeAnnotatedPage } from "./annotate/summarize-annotated-page";
export { readPageTopic } from "./annotate/page-topic";
export { addPageTopics } from "./annotate/add-page-topics";
export type { PageTopic } from "./annotate/add-page-topics";
export { getGuidance } from "./guidance/get-guidance";
export { splitAtLineBreaks } from "./text/split-at-line-breaks";
export type { TextRange } from "./text/text-range";
export {
  DiaryInputSchema,
  DiaryReadingSchema,
  DiarySessionSchema,
  READING_MOMENTS,
  ReadingMomentSchema,
  SESSION_ACTIVITIES,
  SessionActivitySchema,
} from "./model/diary";
export type {
  DiaryInput,
  DiaryReading,
  DiarySession,
  DiaryTrends,
  FiredTrend,
  ReadingMoment,
  SessionActivity,
} from "./model/diary";
export { evaluateTrends } from "./trends/evaluate-trends";
export { TREND_RULES } from "./trends/trend-rules";
export type { TrendRule } from "./trends/trend-rule";
export { MEANINGFUL_CHANGE, isMeaningfulChange } from "./trends/is-meaningful-change";
export { SORENESS_WINDOW_HOURS } from "./trends/diary-timeline";
export { assess } from "./triage/assess";
export { InputTooLongError, MAX_MESSAGE_LENGTH } from "./triage/assess-error";
export { TRIAGE_RULES } from "./triage/triage-rules";
export type { TriageRule } from "./triage/triage-rule";
export type { SignalKey } from "./triage/signals";
export { extractFindings } from "./understand/extract";
