/**
 * What a stretch of page text says about its topic: how many words it has and how much evidence (weighted topic
 * words) that it is about back or nerve pain. Additive: a page read in parts (cut at line breaks) gives the sum
 * of its parts, so a reader can spread the work over several short tasks.
 */
export type PageTopic = { readonly words: number; readonly evidence: number };

/** The topic of a page read in parts: the parts added up. */
export const addPageTopics = (topics: readonly PageTopic[]): PageTopic => ({
  words: topics.reduce((sum, topic) => sum + topic.words, 0),
  evidence: topics.reduce((sum, topic) => sum + topic.evidence, 0),
});
