import { lazyLexicon } from "./compile-lexicon";
import type { LexiconEntry } from "./lexicon-entry";
import { NORMAL_ENTRIES } from "./normal-entries";
import { RED_FLAG_ENTRIES } from "./red-flag-entries";
import { THERAPIST_ENTRIES } from "./therapist-entries";
import { URGENT_ENTRIES } from "./urgent-entries";

/**
 * Every concept entry, shared by the reading of patients' messages (`understand/`) and of health pages
 * (`annotate/`). Add wordings to the file of their level; page-only wordings may live in `page-*.ts` files and be
 * appended here.
 */
export const CONCEPT_ENTRIES: readonly LexiconEntry[] = [
  ...RED_FLAG_ENTRIES,
  ...URGENT_ENTRIES,
  ...THERAPIST_ENTRIES,
  ...NORMAL_ENTRIES,
];

/** The shared lexicon, compiled on first use. */
export const LEXICON = /* @__PURE__ */ lazyLexicon(CONCEPT_ENTRIES);
