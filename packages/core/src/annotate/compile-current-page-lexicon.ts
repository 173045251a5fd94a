import { CONCEPT_ENTRIES } from "../lexicon/lexicon";
import { PAGE_MACROS, PAGE_WORDINGS } from "../lexicon/page-wordings";
import { compilePageLexicon } from "./page-matcher";
import type { PageLexicon } from "./page-matcher";

/**
 * The page lexicon compiled from the wordings as they are now: the page wordings plus the shared lexicon (the
 * same entries that read patients' messages). Used by the build step and by the test that keeps the stored
 * compilation in step; `annotate` itself loads the stored one.
 */
export const compileCurrentPageLexicon = (): PageLexicon =>
  compilePageLexicon(PAGE_WORDINGS, PAGE_MACROS, CONCEPT_ENTRIES);
