import type { ConceptId } from "../model/concept";
import type { FindingStatus } from "../model/finding";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/** A finding as the reader drafts it (see `extract.ts`). */
type DraftLike = { concept: ConceptId; detail?: string | undefined; status: FindingStatus } & Span;

/** Nerve pain in one leg: what "doesn't go away with rest" may be told of. */
const NERVE_PAIN: ReadonlySet<ConceptId> = new Set<ConceptId>([
  "burning-nerve-pain",
  "shooting-radiating-pain",
]);

/**
 * "A burning feeling down the outside of my right thigh since Thursday, doesn't go away with rest": rest not
 * easing a nerve pain in one leg told in the same sentence, with nothing severe told anywhere (no severe words,
 * no pain so bad it stops the patient, no score read as severe: those are findings or facts of their own). That
 * is the leg pain lasting (contact-therapist), not the severe pain that rest does not ease (see-doctor), which the
 * rules give only to pain that is severe. `draft` is the not-eased-by-rest finding; looks only at the drafts.
 */
export const isRestOfNervePain = (
  reading: Reading,
  drafts: readonly DraftLike[],
  draft: DraftLike,
): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[draft.first];
  let nerve = false;
  for (const other of drafts) {
    if (other === draft || other.status !== "present") continue;
    // (severe pain told otherwise, or a sign of the back or of both legs beside it: left as it is)
    // (the same rest told twice, by a wording and by its words apart, is no other severe pain)
    if (other.concept === "severe-pain" && other.detail !== "not-eased-by-rest") return false;
    if (
      NERVE_PAIN.has(other.concept) &&
      other.detail !== "both-legs" &&
      sentenceOf[other.first] === sentence
    )
      nerve = true;
  }
  return nerve;
};
