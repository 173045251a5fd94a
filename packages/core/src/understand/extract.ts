import type { ConceptId } from "../model/concept";
import type { Finding, FindingStatus } from "../model/finding";
import { cuesOf, readText } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import type { CueKind } from "./cues";
import { isFunctionDenied, isNegated, precededByNegation, statusOf } from "./status";
import type { Span } from "./status";
import { denyAskedAbout } from "./deny-asked-about";
import { findMineSentences, mineEvidence } from "./resolve-mine";
import { findRecentSurgery, readTextFacts, spanEvidence } from "./text-facts";
import {
  addDomainSigns,
  addLegMetaphors,
  addLegSigns,
  addPronounLegWeakness,
  isBothLegsSiteOf,
  isTiredLegsRecovered,
  isWeakeningOverTime,
  isWeeSmall,
} from "./red-flag-signs";
import { TokenArena, withTokenScope } from "../text/token-arena";
import type { TextFacts } from "./text-facts";

/** What was understood from one text: the findings (with status) and the facts beside them. */
export type Understanding = {
  findings: readonly Finding[];
  facts: TextFacts;
};

type Draft = { concept: ConceptId; detail?: string | undefined; status: FindingStatus } & Span;

const NO_CUES: readonly CueHit[] = [];

// Most cue kinds are absent from a message: then these allocate nothing.
const inSentence = (reading: Reading, kind: CueKind, index: number): readonly CueHit[] => {
  const cues = cuesOf(reading, kind);
  if (cues.length === 0) return NO_CUES;
  const sentence = reading.segments.sentenceOf[index];
  return cues.filter((cue) => reading.segments.sentenceOf[cue.first] === sentence);
};

/** The sentence of `index` and, when the next one continues it ("It goes away..."), that one too. */
const inSentenceOrNext = (reading: Reading, kind: CueKind, index: number): readonly CueHit[] => {
  if (cuesOf(reading, kind).length === 0) return NO_CUES;
  const sentence = reading.segments.sentenceOf[index] ?? 0;
  const nextStart = reading.segments.sentenceStarts[sentence + 1];
  const continues =
    nextStart !== undefined &&
    ["it", "its", "this", "that", "which", "then", "they", "goes", "but"].includes(
      reading.tokens[nextStart]?.norm ?? "",
    );
  return cuesOf(reading, kind).filter((cue) => {
    const s = reading.segments.sentenceOf[cue.first];
    return s === sentence || (continues && s === sentence + 1);
  });
};

/** The cue of `kind` nearest to `index` in its clause that `accept`s, without a list of candidates in between. */
const nearestInClause = (
  reading: Reading,
  kind: CueKind,
  index: number,
  accept?: (cue: CueHit) => boolean,
): CueHit | undefined => {
  const clause = reading.segments.clauseOf[index];
  let best: CueHit | undefined;
  for (const cue of cuesOf(reading, kind)) {
    if (reading.segments.clauseOf[cue.first] !== clause || (accept && !accept(cue))) continue;
    if (!best || Math.abs(cue.first - index) < Math.abs(best.first - index)) best = cue;
  }
  return best;
};

const nearest = (cues: readonly CueHit[], index: number): CueHit | undefined => {
  let best: CueHit | undefined;
  for (const cue of cues) {
    if (!best || Math.abs(cue.first - index) < Math.abs(best.first - index)) best = cue;
  }
  return best;
};

const union = (a: Span, b: Span): Span => ({
  first: Math.min(a.first, b.first),
  last: Math.max(a.last, b.last),
});

/** "bottom of my foot" and "bottom of my back" are not the saddle area. */
const isSaddleSite = (reading: Reading, cue: CueHit): boolean =>
  !(reading.tokens[cue.last]?.norm === "of" && reading.tokens[cue.first]?.norm === "bottom");

/** A body function said to be normal denies the warning signs that concern it. */
const FUNCTION_DENIALS: readonly [CueKind, ConceptId, string | undefined][] = [
  ["fn-bladder", "bladder-bowel", undefined],
  ["fn-bowel", "bladder-bowel", undefined],
  ["fn-toilet", "bladder-bowel", undefined],
  ["fn-breathing", "vascular", "breathless"],
  ["fn-legs", "bilateral-neuro", undefined],
  ["fn-legs", "leg-weakness", undefined],
  ["fn-walking", "leg-weakness", undefined],
  ["fn-sleep", "night-pain", undefined],
  ["fn-sensation", "numbness-tingling", undefined],
  ["fn-temperature", "fever-infection", "fever"],
];

const composeDrafts = (reading: Reading): Draft[] => {
  const drafts: Draft[] = [];
  const add = (
    concept: ConceptId,
    detail: string | undefined,
    span: Span,
    status?: FindingStatus,
  ) => {
    const { first, last } = span;
    drafts.push({
      concept,
      detail,
      status: status ?? statusOf(reading, span, concept),
      first,
      last,
    });
  };

  // 1. Lexicon findings.
  for (const hit of reading.hits) add(hit.concept, hit.detail, hit);

  // 2. Symptoms combined with where they are.
  const numb = cuesOf(reading, "sym-numb");
  const tingle = cuesOf(reading, "sym-tingle");
  const neuro = numb.length === 0 ? tingle : tingle.length === 0 ? numb : [...numb, ...tingle];
  const weak = cuesOf(reading, "sym-weak");
  const pain = cuesOf(reading, "sym-pain");
  const wobbly = cuesOf(reading, "sym-wobbly");
  const isSite = (site: CueHit): boolean => !isFunctionDeniedSite(reading, site);
  for (const symptoms of [neuro, weak, pain, wobbly]) {
    for (const symptom of symptoms) {
      const bothSite = nearestInClause(
        reading,
        "site-both",
        symptom.first,
        (site) => isSite(site) && isBothLegsSiteOf(reading, site, symptom),
      );
      if (!bothSite) continue;
      const span = union(symptom, bothSite);
      const recovered = inSentence(reading, "recovered", symptom.first).length > 0;
      if (symptoms === wobbly && recovered) add("mild-soreness", "muscle-fatigue", span);
      else add("bilateral-neuro", "both-legs", span, combinedStatus(reading, symptom, bothSite));
    }
  }
  // "Years ago I had sciatica. Now it's in both legs": the symptom named before, now at both legs.
  for (const site of cuesOf(reading, "site-both")) {
    const pronoun = symptomPronounBefore(reading, site);
    if (pronoun < 0) continue;
    const span = { first: pronoun, last: site.last };
    add("bilateral-neuro", "both-legs", span, isNegated(reading, site) ? "denied" : undefined);
  }
  // "the sciatica was on the right but now my left leg is tingling too": a second side.
  for (const site of cuesOf(reading, "site-leg")) {
    // "left leg", "the right one".
    const side =
      reading.tokens[site.first]?.norm === "the"
        ? reading.tokens[site.first + 1]?.norm
        : reading.tokens[site.first]?.norm;
    if (side !== "left" && side !== "right") continue;
    const sameClause = (cue: CueHit): boolean =>
      reading.segments.clauseOf[cue.first] === reading.segments.clauseOf[site.first];
    const also = cuesOf(reading, "also").find(
      (cue) => sameClause(cue) && cue.first > site.first && cue.first - site.last <= 6,
    );
    if (!also) continue;
    const symptom = nearest([...neuro, ...weak, ...pain].filter(sameClause), site.first);
    const otherSide = side === "left" ? "right" : "left";
    const mentionedOther = reading.tokens.some((token) => token.norm === otherSide);
    if (symptom && mentionedOther) {
      const span = union(union(site, also), symptom);
      add("bilateral-neuro", "second-side", span, combinedStatus(reading, symptom, site));
    }
  }
  for (const symptom of neuro) {
    const saddle = nearestInClause(reading, "site-saddle", symptom.first, (site) =>
      isSaddleSite(reading, site),
    );
    if (saddle) {
      add(
        "saddle-anesthesia",
        undefined,
        union(symptom, saddle),
        combinedStatus(reading, symptom, saddle),
      );
    }
  }
  // "Not numb anywhere except between my legs": a denial with an exception asserts the exception.
  for (const symptom of neuro) {
    const site = exceptedSite(reading, symptom);
    if (site === undefined) continue;
    const [concept, detail] = EXCEPTION_FINDINGS[site.value];
    add(concept, detail, union(symptom, site), statusOf(reading, site, concept));
  }
  // One leg: only plain numbness or tingling words ("my knee feels odd" is not numbness).
  for (const symptom of neuro) {
    if (!NUMB_CORE.has(reading.tokens[symptom.first]?.norm ?? "")) continue;
    const site = nearestInClause(reading, "site-leg", symptom.first);
    if (site) {
      const span = union(symptom, site);
      add("numbness-tingling", "one-leg", span, combinedStatus(reading, symptom, site));
    }
  }
  for (const symptom of weak) {
    const site = nearestInClause(reading, "site-leg", symptom.first);
    if (site)
      add("leg-weakness", undefined, union(symptom, site), combinedStatus(reading, symptom, site));
  }

  // Pain moving down or into a leg ("it goes down to my foot", "travels down into my thigh").
  for (const direction of cuesOf(reading, "direction")) {
    const site = cuesOf(reading, "site-leg").find(
      (cue) => cue.first >= direction.last && cue.first - direction.last <= 4,
    );
    const painInClause = [...pain, ...cuesOf(reading, "trend-worse")].some(
      (cue) => reading.segments.clauseOf[cue.first] === reading.segments.clauseOf[direction.first],
    );
    const it =
      reading.tokens[direction.first - 2]?.norm === "it" ||
      reading.tokens[direction.first - 3]?.norm === "it";
    if (site && (painInClause || it))
      add("shooting-radiating-pain", "one-leg", union(direction, site));
  }

  // 3. Bladder and bowel words with a problem word ("the stream is weak", "trouble getting my pee going").
  for (const fn of [...cuesOf(reading, "fn-bladder"), ...cuesOf(reading, "fn-bowel")]) {
    if (isWeeSmall(reading, fn)) continue;
    const problem = nearestInClause(reading, "problem", fn.first);
    if (problem && Math.abs(problem.first - fn.first) <= 8) {
      add("bladder-bowel", undefined, union(fn, problem), combinedStatus(reading, problem, fn));
    }
  }

  // 3b. Red-flag domains with a sign of something wrong there, however worded; legs that fail or ache in both
  // legs; weakness said of "it", the leg named before.
  addDomainSigns(reading, add);
  addLegSigns(reading, add);
  addLegMetaphors(reading, add);
  addPronounLegWeakness(reading, add);

  // 4. Clot signs in one calf; after spinal surgery, pain in one calf is one too.
  const afterSurgery = cuesOf(reading, "calf-pain").length > 0 && findRecentSurgery(reading);
  for (const calf of cuesOf(reading, "site-calf")) {
    const sign =
      nearest(inSentence(reading, "calf-sign", calf.first), calf.first) ??
      (afterSurgery
        ? nearest(inSentence(reading, "calf-pain", calf.first), calf.first)
        : undefined);
    if (sign && Math.abs(sign.first - calf.first) <= 10) {
      add("vascular", "calf-clot-signs", union(calf, sign), combinedStatus(reading, sign, calf));
    }
  }

  // 5. Body functions said to be normal: shown as denied warning signs ("you said: peeing fine").
  for (const [kind, concept, detail] of FUNCTION_DENIALS) {
    for (const fn of cuesOf(reading, kind)) {
      if (isFunctionDenied(reading, fn)) add(concept, detail, fn, "denied");
    }
  }

  // 5b. Soreness that starts in the warm-up and persists through the session.
  for (const warmUp of cuesOf(reading, "warm-up")) {
    const persists = inSentence(reading, "persists", warmUp.first).find(
      (cue) => !precededByNegation(reading, cue, 1),
    );
    if (persists) add("pain-not-settling", "warm-up", union(warmUp, persists));
  }

  // 6. Long morning stiffness (an inflammatory pattern): tell the therapist, who can arrange a GP review.
  for (const cue of cuesOf(reading, "inflammatory")) add("stiffness", "inflammatory-pattern", cue);

  return refine(reading, drafts);
};

/** Pronouns that stand for a symptom named before ("it's in both legs now"). */
const SYMPTOM_PRONOUNS = new Set(["it", "its", "this", "that", "they", "theyre"]);
/** Leg words: a pronoun at "both sides" or "both hips" is no two-leg sign. */
const LEG_WORDS = new Set(["legs", "feet", "thighs", "calves", "shins", "knees", "ankles", "leg"]);
/** How many tokens a pronoun may stand before the site ("it's now going down both legs"). */
const PRONOUN_REACH = 4;
const NEURO_SYMPTOM_CUES = ["sym-pain", "sym-numb", "sym-tingle", "sym-weak"] as const;

/** Whether a site cue names a leg ("both feet", "the other leg"). */
const isLegSite = (reading: Reading, site: CueHit): boolean => {
  for (let i = site.first; i < site.last; i += 1) {
    if (LEG_WORDS.has(reading.tokens[i]?.norm ?? "")) return true;
  }
  return false;
};

/** A nerve symptom word before `index`, in its sentence or the one before. */
const hasSymptomBefore = (reading: Reading, index: number): boolean => {
  const sentence = reading.segments.sentenceOf[index] ?? 0;
  for (const kind of NEURO_SYMPTOM_CUES) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.first < index && (reading.segments.sentenceOf[cue.first] ?? 0) >= sentence - 1) {
        return true;
      }
    }
  }
  return false;
};

/**
 * The pronoun shortly before a both-legs site, in its clause, that stands for a nerve symptom named before it
 * ("I had sciatica years ago. Now it's in both legs"); -1 if none.
 */
const symptomPronounBefore = (reading: Reading, site: CueHit): number => {
  if (!isLegSite(reading, site)) return -1;
  const clause = reading.segments.clauseOf[site.first];
  for (let i = site.first - 1; i >= Math.max(0, site.first - PRONOUN_REACH); i -= 1) {
    if (reading.segments.clauseOf[i] !== clause) return -1;
    if (SYMPTOM_PRONOUNS.has(reading.tokens[i]?.norm ?? "")) {
      return hasSymptomBefore(reading, i) ? i : -1;
    }
  }
  return -1;
};

/** Whether the words at `index` make an exception to a denial before them ("except", "apart from"...). */
const isException = (reading: Reading, index: number): boolean => {
  const word = reading.tokens[index]?.norm;
  const next = reading.tokens[index + 1]?.norm;
  return (
    word === "except" ||
    word === "besides" ||
    (word === "apart" && next === "from") ||
    (word === "other" && next === "than")
  );
};

/** What a symptom denied everywhere but a site means at that site. */
const EXCEPTION_FINDINGS: Readonly<
  Record<"site-saddle" | "site-both" | "site-leg", readonly [ConceptId, string | undefined]>
> = {
  "site-saddle": ["saddle-anesthesia", undefined],
  "site-both": ["bilateral-neuro", "both-legs"],
  "site-leg": ["numbness-tingling", "one-leg"],
};
const EXCEPTION_SITES = ["site-saddle", "site-both", "site-leg"] as const;
type PhraseMatchOf = CueHit & { value: (typeof EXCEPTION_SITES)[number] };

/**
 * The site a denied symptom is excepted for, in its sentence: "not numb anywhere except between my legs" denies
 * numbness and then says where it is. The first site after the exception word, if the symptom is denied.
 */
const exceptedSite = (reading: Reading, symptom: CueHit): PhraseMatchOf | undefined => {
  if (statusOf(reading, symptom, "numbness-tingling") !== "denied") return undefined;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[symptom.first];
  let exception = -1;
  for (let i = symptom.last; i < reading.tokens.length && sentenceOf[i] === sentence; i += 1) {
    if (isException(reading, i)) {
      exception = i;
      break;
    }
  }
  if (exception < 0) return undefined;
  let best: PhraseMatchOf | undefined;
  for (const kind of EXCEPTION_SITES) {
    for (const site of cuesOf(reading, kind)) {
      if (site.first <= exception || sentenceOf[site.first] !== sentence) continue;
      if (best === undefined || site.first < best.first) best = { ...site, value: kind };
    }
  }
  return best;
};

/** A both-legs word that is itself said to be fine ("my legs feel fine") is no site for a symptom. */
const isFunctionDeniedSite = (reading: Reading, site: CueHit): boolean =>
  isFunctionDenied(reading, site) && !isNegated(reading, site);

/**
 * The status of a symptom-and-site pair: denied if either is negated, someone else's or imagined if the site is
 * ("his legs are both numb", "if the tingling ever went into both legs"), else the symptom's status.
 */
const combinedStatus = (reading: Reading, symptom: CueHit, site: CueHit): FindingStatus => {
  const status = statusOf(reading, symptom, "numbness-tingling");
  if (status !== "present") return status;
  if (isNegated(reading, site)) return "denied";
  const siteStatus = statusOf(reading, site, "numbness-tingling");
  return siteStatus === "someone-else" || siteStatus === "hypothetical" ? siteStatus : status;
};

const NUMB_CORE = new Set([
  "numb",
  "numbness",
  "dead",
  "deadness",
  "tingling",
  "tingly",
  "tingle",
  "tingles",
  "pins",
  "prickling",
  "prickly",
  "buzzing",
  "fizzing",
  "cant",
  "cannot",
  "couldnt",
  "lost",
  "reduced",
  "less",
  "altered",
]);

const FAST = new Set(["fast", "quickly", "rapidly", "hour", "hours", "suddenly", "minute"]);

/** Numbness getting worse fast ("can't feel my foot and it's getting worse fast"): a rapidly progressing deficit. */
const isSpreadingFast = (reading: Reading, span: Span): boolean =>
  inSentence(reading, "trend-worse", span.first).some((cue) => {
    if (precededByNegation(reading, cue)) return false;
    for (let i = cue.last; i < Math.min(cue.last + 4, reading.tokens.length); i += 1) {
      if (FAST.has(reading.tokens[i]?.norm ?? "")) return true;
    }
    return false;
  });

/** In the sentence of `span`: an exercise, a settling that is not denied, and nothing going down a leg. */
const isExerciseBurn = (reading: Reading, span: Span): boolean =>
  inSentence(reading, "exercise", span.first).length > 0 &&
  inSentence(reading, "settle", span.first).some((cue) => !precededByNegation(reading, cue)) &&
  inSentence(reading, "direction", span.first).length === 0 &&
  inSentence(reading, "site-leg", span.first).length === 0;

/**
 * A "no harm done" in the sentence of `span`, after it, and no strain after that ("caught myself but twisted":
 * a fall caught half-way can still hurt).
 */
const hasNoHarm = (reading: Reading, span: Span): boolean => {
  const noHarm = inSentence(reading, "no-harm", span.first).find((cue) => cue.first >= span.last);
  return noHarm !== undefined && !hasStrainAfter(reading, noHarm);
};

/** A strain or sudden give that is not denied, later in the sentence of `cue`. */
const hasStrainAfter = (reading: Reading, cue: CueHit): boolean => {
  for (const kind of ["strain", "sudden"] as const) {
    for (const other of inSentence(reading, kind, cue.first)) {
      if (other.first >= cue.last && !precededByNegation(reading, other)) return true;
    }
  }
  return false;
};

/** Weakness said in one sentence and "keeps going downhill", "more and more" in the next. */
const isWeakeningNext = (reading: Reading, span: Span): boolean => {
  const sentence = reading.segments.sentenceOf[span.first] ?? 0;
  return cuesOf(reading, "weak-progress").some(
    (cue) =>
      reading.segments.sentenceOf[cue.first] === sentence + 1 && !precededByNegation(reading, cue),
  );
};

/** A word of meaning to lose weight in the sentence, not denied ("not dieting", "without trying" are none). */
const isIntendedWeightLoss = (reading: Reading, span: Span): boolean =>
  inSentence(reading, "weight-intended", span.first).some(
    (cue) =>
      !precededByNegation(reading, cue, 2) &&
      reading.tokens[cue.first - 1]?.norm !== "without" &&
      reading.tokens[cue.first - 2]?.norm !== "without",
  );

/** After "fell": asleep, ill or in love, not down. */
const FELL_INTO = new Set([
  "asleep",
  "ill",
  "sick",
  "pregnant",
  "apart",
  "behind",
  "short",
  "silent",
  "quiet",
]);
const isNotAFall = (reading: Reading, span: Span): boolean =>
  FELL_INTO.has(reading.tokens[span.last]?.norm ?? "");

/** Turns drafts into their final meaning using what surrounds them. */
const refine = (reading: Reading, drafts: Draft[]): Draft[] =>
  drafts.map((draft) => {
    if (draft.status !== "present") return draft;
    // Tingling or a numb patch that clears within minutes of rest or moving: monitor.
    if (draft.concept === "numbness-tingling" && isSpreadingFast(reading, draft)) {
      return { ...draft, concept: "progressive-weakness" as const, detail: "worsening-numbness" };
    }
    if (draft.concept === "numbness-tingling") {
      const settles = inSentenceOrNext(reading, "settle", draft.first).filter(
        (cue) => !precededByNegation(reading, cue),
      );
      if (settles.length > 0) {
        return { ...draft, concept: "tingling-settling" as const };
      }
    }
    // A burn in the muscles while exercising that stops when the exercise stops ("glutes burning during the
    // bridges but fine once I stopped") is the work, not nerve pain; a burn going down the leg stays nerve pain.
    if (draft.concept === "burning-nerve-pain" && isExerciseBurn(reading, draft)) {
      return { ...draft, concept: "mild-soreness" as const, detail: "muscle-fatigue" };
    }
    // A trip or stumble the patient says did no harm is no fall to check ("tripped over the cat but didn't fall").
    if (draft.concept === "trauma" && draft.detail === "fall" && hasNoHarm(reading, draft)) {
      return { ...draft, status: "denied" as const };
    }
    // Weakness or foot drop that is getting worse: emergency.
    if (draft.concept === "leg-weakness") {
      const worse = [
        ...inSentence(reading, "trend-worse", draft.first),
        ...inSentence(reading, "sudden", draft.first),
        ...inSentence(reading, "weak-progress", draft.first),
      ].filter((cue) => !precededByNegation(reading, cue));
      if (
        worse.length > 0 ||
        isWeakeningOverTime(reading, draft) ||
        isWeakeningNext(reading, draft)
      )
        return { ...draft, concept: "progressive-weakness" as const };
    }
    if (draft.concept === "bilateral-neuro" && isTiredLegsRecovered(reading, draft)) {
      return { ...draft, concept: "mild-soreness" as const, detail: "muscle-fatigue" };
    }
    // Weight lost on purpose ("trying to lose weight", "on my diet") is no warning sign.
    if (draft.concept === "weight-loss" && isIntendedWeightLoss(reading, draft)) {
      return { ...draft, status: "denied" as const };
    }
    // "I fell asleep", "fell ill": no fall.
    if (draft.concept === "trauma" && draft.detail === "fall" && isNotAFall(reading, draft)) {
      return { ...draft, status: "denied" as const };
    }
    // Soreness or a flare after a new exercise or manual therapy: the expected short flare.
    if (
      (draft.concept === "mild-soreness" || draft.concept === "flare-after-new-exercise") &&
      draft.detail === undefined &&
      inSentence(reading, "new-exercise", draft.first).length > 0
    ) {
      return { ...draft, concept: "flare-after-new-exercise" as const };
    }
    return draft;
  });

/** Drops a combined finding that repeats a lexicon finding of the same concept over overlapping words. */
/** Whether `draft` says again what one of `kept` says: same concept and status, overlapping words. */
const repeatsAny = (kept: readonly Draft[], draft: Draft): boolean => {
  for (const other of kept) {
    if (
      other.concept === draft.concept &&
      other.status === draft.status &&
      (draft.detail === undefined || draft.detail === other.detail) &&
      other.first < draft.last &&
      draft.first < other.last
    ) {
      return true;
    }
  }
  return false;
};

const dropRepeats = (drafts: readonly Draft[]): Draft[] => {
  const kept: Draft[] = [];
  for (const draft of drafts) if (!repeatsAny(kept, draft)) kept.push(draft);
  return kept;
};

/** The same finding twice: the same concept, detail and status, from the same words or answer. */
const isSameFinding = (a: Finding, b: Finding): boolean => {
  const x = a.evidence;
  const y = b.evidence;
  const isSameWhere =
    x.kind === "text"
      ? y.kind === "text" && x.start === y.start && x.end === y.end
      : y.kind !== "text" && x.field === y.field;
  return (
    isSameWhere &&
    a.concept === b.concept &&
    a.status === b.status &&
    (a.detail ?? "") === (b.detail ?? "")
  );
};

/** Each finding once (a message has a few dozen, so a linear check beats building keys for a set). */
const dedupe = (findings: readonly Finding[]): Finding[] => {
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (!kept.some((other) => isSameFinding(other, finding))) kept.push(finding);
  }
  return kept;
};

/** The token objects of messages being read (one arena: a message is read synchronously, start to end). */
const MESSAGE_TOKENS = new TokenArena();

/** Reads a patient's message: every finding with its span and status, and the facts beside them. */
export const understandText = (text: string): Understanding =>
  withTokenScope(MESSAGE_TOKENS, () => understandReading(readText(text, MESSAGE_TOKENS)));

/** What a reading says. Nothing returned holds a token (they go back to the arena afterwards). */
const understandReading = (reading: Reading): Understanding => {
  const { text } = reading;
  const findings = dropRepeats(composeDrafts(reading)).map((draft): Finding => {
    const finding: Finding = {
      concept: draft.concept,
      status: draft.status,
      evidence: spanEvidence(reading, draft.first, draft.last),
    };
    if (draft.detail !== undefined) finding.detail = draft.detail;
    return finding;
  });
  // "My brother had sciatica in both legs. Mine is just in my left leg": the patient's own symptom.
  for (const mine of findMineSentences(reading, text, findings)) {
    for (const own of understandText(mine.text).findings) {
      if (own.status !== "present") continue;
      const finding: Finding = {
        concept: own.concept,
        status: "present",
        evidence: mineEvidence(reading, mine),
      };
      if (own.detail !== undefined) finding.detail = own.detail;
      findings.push(finding);
    }
  }
  denyAskedAbout(reading, findings);
  findings.sort((a, b) =>
    a.evidence.kind === "text" && b.evidence.kind === "text"
      ? a.evidence.start - b.evidence.start
      : 0,
  );
  return { findings: dedupe(findings), facts: readTextFacts(reading) };
};

/** What was recognised in a text, with spans and status (the portal highlights these as the patient types). */
export const extractFindings = (text: string): Finding[] => [...understandText(text).findings];
