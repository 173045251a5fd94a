// The page reader's surface of @backsure/core (`@backsure/core/page`): what a reader of health pages needs (the
// browser extension's background and the portal's reader): the annotator and everything in
// `@backsure/core/guidance`, without the triage of patients' messages or the zod schemas. Everything here is
// also exported from the main entry.
export * from "./guidance";
export { annotate, readPage } from "./annotate/annotate";
export type { AnnotateOptions, PageReading } from "./annotate/annotate";
export { summarizePage } from "./annotate/summarize-page";
export { readPageTopic } from "./annotate/page-topic";
