/** Small word classes the page conventions share (token norms). */

/** Tokens that join coordinated items: "sharp, shooting, or radiating". */
export const COORDINATORS: ReadonlySet<string> = new Set([",", "or", "and", "/", "&", "nor"]);

/** Head nouns that coordinated modifiers share: "sharp or stabbing pain". */
export const PAIN_HEADS: ReadonlySet<string> = new Set([
  "pain",
  "pains",
  "discomfort",
  "ache",
  "aches",
  "aching",
  "soreness",
  "sensation",
  "sensations",
  "feeling",
  "feelings",
  "incontinence",
  "symptoms",
]);

/** Words after which a bare modifier is predicative: "pain is severe", "continues to be severe". */
export const LINKING_WORDS: ReadonlySet<string> = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "becomes",
  "become",
  "becoming",
  "gets",
  "get",
  "getting",
  "feels",
  "feel",
  "remains",
  "remain",
  "stays",
  "so",
  "very",
  "too",
  "really",
  "extremely",
  "quite",
  "as",
  "more",
  "increasingly",
]);

/** Tokens that end a clause for context look-ups. */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([".", "!", "?", ":", ";", "•", "|"]);

/** Cues that make weakness progressive: "sudden weakness", "rapidly worsening weakness". */
export const PROGRESSION_CUES: ReadonlySet<string> = new Set([
  "sudden",
  "suddenly",
  "rapid",
  "rapidly",
  "increasing",
  "progressive",
  "progressively",
  "worsening",
  "quickly",
]);
