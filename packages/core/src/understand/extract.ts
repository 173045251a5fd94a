import { isLabelSpreadDenied } from "./label-spread-denied";
import { isDatedEpisodeBack, isDatedOverEpisode } from "./dated-over-episode";
import { isGoneUp } from "./gone-up";
import type { ConceptId } from "../model/concept";
import { WordSet } from "../text/word-set";
import type { Finding, FindingStatus } from "../model/finding";
import type { LexiconHit } from "../lexicon/compile-lexicon";
import { cueIndexFrom, cuesOf, readText } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import type { CueKind } from "./cues";
import {
  hasPastTimeInSentence,
  isAskedAndAnsweredNo,
  isChecklistQuestion,
  isFunctionDenied,
  isNegated,
  isChangeDenied,
  isNegationWord,
  isQuestion,
  precededByNegation,
  statusOf,
  isYearsAgoAfter,
} from "./status";
import type { Span } from "./status";
import { denyAskedAbout } from "./deny-asked-about";
import { setAsideAnswered } from "./answered-questions";
import { confirmOwn } from "./confirm-own";
import { isHeldDespite } from "./held-despite";
import { isLiftedUpSomewhere } from "./lifted-up";
import {
  clearedOnlyOnce,
  isToldDaysLong,
  clearsOnGettingUp,
  clearsWithinMinutes,
  isBriefSpell,
  isLastingNowAfter,
  isScoreLike,
} from "./passing-tingle";
import { hasOwnTimeSorenessBetween, SORENESS_CONCEPTS } from "./own-time-soreness";
import { hasOtherPartSorenessBetween } from "./other-part-soreness";
import { addUnfeltAccidents } from "./unfelt-accident";
import { isEventOfSinceYear } from "./since-year";
import { isKnownNeuropathy } from "./known-neuropathy";
import { addLostByLater } from "./lost-by-later";
import { addCalfToldOn } from "./calf-told-on";
import { isStretchTearingInLimb } from "./stretch-tearing";
import { isDeadLegBruise } from "./dead-leg-bruise";
import { isSevereTakenBack } from "./taken-back-severe";
import { isPositionalWaking } from "./positional-waking";
import { addLostThread } from "./lost-thread";
import { addPairOfLegs } from "./pair-of-legs";
import { isWorseByDay } from "./worse-by-day";
import { addBothFeetDrop } from "./both-feet-drop";
import { isButtockRoute } from "./buttock-route";
import { addShocksDownLeg } from "./shock-down-leg";
import { addLostMoveToldOn } from "./lost-move-told-on";
import { isCentralising } from "./centralising";
import { findMineSentences, mineEvidence } from "./resolve-mine";
import { numberValue } from "./numbers";
import { isOtherPartSymptom } from "./other-part-symptom";
import { addSessionSeries } from "./session-series";
import { isThingCollapsed } from "./thing-collapsed";
import {
  findRecentSurgery,
  isExerciseSentence,
  isPinsAndNeedles,
  readTextFacts,
  spanEvidence,
} from "./text-facts";
import { addBothBare, addOtherLegStarted, addSecondLegToo, addTwoSides } from "./two-sides";
import {
  addDomainSigns,
  isAfterEffort,
  addLegMetaphors,
  addLegSigns,
  addPronounLegWeakness,
  addPronounFootDrop,
  addStrengthTestWeakness,
  isExplicitBoth,
  isBothLegsSiteOf,
  isEffortNear,
  isExertionOnly,
  isExertionWordAt,
  isFurnitureSeat,
  isTroubleOfOtherAct,
  isThingLifted,
  isControlAble,
  isTiredLegsRecovered,
  isWeakeningOverTime,
  isWeeSmall,
} from "./red-flag-signs";
import { insertionSort } from "../text/insertion-sort";
import { findInjectingUse } from "./injecting-use";
import { isShortSteroidCourse } from "./not-a-course";
import { TokenArena, withTokenScope } from "../text/token-arena";
import type { TextFacts } from "./text-facts";

/** What was understood from one text: the findings (with status) and the facts beside them. */
export type Understanding = {
  findings: readonly Finding[];
  facts: TextFacts;
};

type Draft = { concept: ConceptId; detail?: string | undefined; status: FindingStatus } & Span;

const NO_CUES: readonly CueHit[] = [];

/**
 * The cues of `kind` in sentences `from` to `to` (inclusive). Most kinds are absent from most sentences: then
 * this allocates nothing.
 */
const inSentences = (
  reading: Reading,
  kind: CueKind,
  from: number,
  to: number,
): readonly CueHit[] => {
  const cues = cuesOf(reading, kind);
  const { sentenceOf } = reading.segments;
  let found: CueHit[] | undefined;
  for (const cue of cues) {
    const sentence = sentenceOf[cue.first] ?? -1;
    if (sentence > to) break;
    if (sentence >= from) (found ??= []).push(cue);
  }
  return found ?? NO_CUES;
};

const inSentence = (reading: Reading, kind: CueKind, index: number): readonly CueHit[] => {
  const sentence = reading.segments.sentenceOf[index] ?? -1;
  return inSentences(reading, kind, sentence, sentence);
};

/** Words that open a sentence that goes on with the one before ("It goes away..."). */
const CONTINUING = new WordSet([
  "it",
  "its",
  "this",
  "that",
  "which",
  "then",
  "they",
  "goes",
  "but",
]);

/** The sentence of `index` and, when the next one continues it ("It goes away..."), that one too. */
const inSentenceOrNext = (reading: Reading, kind: CueKind, index: number): readonly CueHit[] => {
  const sentence = reading.segments.sentenceOf[index] ?? 0;
  const nextStart = reading.segments.sentenceStarts[sentence + 1];
  const continues = nextStart !== undefined && CONTINUING.at(reading, nextStart);
  return inSentences(reading, kind, sentence, continues ? sentence + 1 : sentence);
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

/** Words that open a yes to a checklist question ("Pins and needles? Yes, in my groin"). */
const YES_WORDS = new WordSet([
  "yes",
  "yeah",
  "yep",
  "yup",
  "yh",
  "some",
  "definitely",
  "sometimes",
  "bit",
  "little",
  "slightly",
  "only",
  "just",
  "a",
  "mostly",
  "mainly",
  "now",
  "since",
  "in",
]);

/**
 * The site of a symptom named in a checklist question, given in a yes answer: "Pins and needles? Yes, in my
 * groin since this morning." The first site of `kind` in the answer.
 */
const answeredSite = (reading: Reading, kind: CueKind, symptom: CueHit): CueHit | undefined => {
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[symptom.first] ?? 0;
  const start = sentenceStarts[sentence + 1];
  if (start === undefined || !YES_WORDS.at(reading, start)) return undefined;
  if (!isChecklistQuestion(reading, sentence)) return undefined;
  for (const site of cuesOf(reading, kind)) {
    if (sentenceOf[site.first] === sentence + 1) return site;
  }
  return undefined;
};

/** "leg day", "leg press", "leg raises": an exercise named by the leg, no place of a symptom. */
const LEG_EXERCISES = new WordSet([
  "day",
  "press",
  "presses",
  "raise",
  "raises",
  "curl",
  "curls",
  "extension",
  "extensions",
  "workout",
  "swings",
  "lifts",
]);
const isLegExercise = (reading: Reading, site: CueHit): boolean => {
  const word = reading.tokens[site.last - 1]?.norm;
  return (word === "leg" || word === "legs") && LEG_EXERCISES.at(reading, site.last);
};

/** "bottom of my foot" and "bottom of my back" are not the saddle area. */
const isSaddleSite = (reading: Reading, cue: CueHit): boolean =>
  !(reading.tokens[cue.last]?.norm === "of" && reading.tokens[cue.first]?.norm === "bottom") &&
  // ("I adjusted my seat": the car seat)
  !isFurnitureSeat(reading, cue) &&
  // ("dry needle in my bum muscle", "electric from the bum to the calf": the glute, the way down the leg)
  !isButtockRoute(reading, cue);

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

/** Whether a body-function word lies inside a weakness word that includes its negation ("no strength"). */
const isInsideSymptom = (reading: Reading, fn: CueHit): boolean => {
  for (const cue of cuesOf(reading, "sym-weak")) {
    if (cue.first > fn.first) break;
    if (cue.last >= fn.last) return true;
  }
  return false;
};

/** "both sides of my back": sides, not legs. */
const isSidesOfBack = (reading: Reading, site: CueHit): boolean => {
  for (let i = site.first; i < site.last; i += 1) {
    const norm = reading.tokens[i]?.norm;
    if (norm === "side" || norm === "sides") return true;
  }
  return false;
};

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

  // 1. Lexicon findings, except words used for something else ("shooting hoops", "in agony ... of boredom").
  for (const hit of reading.hits) {
    if (isOtherSense(reading, hit)) continue;
    // ("the swelling has gone down": swelling on its way out is past, no new swelling)
    if (hit.concept === "swelling" && isSwellingGoingDown(reading, hit)) {
      add(hit.concept, hit.detail, hit, "past");
      continue;
    }
    // ("a 5 day course of prednisolone in 2019": a short course, no long-term steroids)
    if (
      hit.concept === "osteoporosis-steroids" &&
      hit.detail === "steroids" &&
      isShortSteroidCourse(reading, hit)
    ) {
      add(hit.concept, hit.detail, hit, "denied");
      continue;
    }
    // ("no worse after each session", "not getting worse every week": a worsening said not to happen)
    if (hit.concept === "worsening-each-session" && isChangeDenied(reading, hit.first)) {
      add(hit.concept, hit.detail, hit, "denied");
      continue;
    }
    add(hit.concept, hit.detail, hit, isFigurative(reading, hit) ? "hypothetical" : undefined);
  }
  // Injecting drugs told without the drug ("I still use (inject)", "been injecting again").
  for (const span of findInjectingUse(reading)) add("fever-infection", "iv-drug-use", span);

  // 2. Symptoms combined with where they are.
  const numb = withoutFeelings(reading, cuesOf(reading, "sym-numb"));
  const tingle = cuesOf(reading, "sym-tingle");
  const asleep = cuesOf(reading, "sym-asleep");
  let neuro = numb.length === 0 ? tingle : tingle.length === 0 ? numb : [...numb, ...tingle];
  // "both feet fell asleep": numbness in both legs.
  if (asleep.length > 0) neuro = [...neuro, ...asleep];
  const weak = cuesOf(reading, "sym-weak");
  const pain = cuesOf(reading, "sym-pain");
  const wobbly = cuesOf(reading, "sym-wobbly");
  const isSite = (site: CueHit): boolean =>
    !isFunctionDeniedSite(reading, site) && !isLegExercise(reading, site);
  const isPlace = (site: CueHit): boolean => !isLegExercise(reading, site);
  for (const symptoms of [neuro, weak, pain, wobbly]) {
    for (const symptom of symptoms) {
      const bothSite =
        nearestInClause(
          reading,
          "site-both",
          symptom.first,
          // ("did lunges on both legs, so now my back hurts": the back's pain, not the legs')
          (site) =>
            isSite(site) &&
            isBothLegsSiteOf(reading, site, symptom) &&
            !isOtherPartSymptom(reading, symptom, site),
        ) ?? answeredSite(reading, "site-both", symptom);
      if (!bothSite || isSitedElsewhere(reading, symptom, bothSite)) continue;
      const span = union(symptom, bothSite);
      const recovered = isRecoveredAfter(reading, symptom);
      if (symptoms === wobbly && recovered) add("mild-soreness", "muscle-fatigue", span);
      else if (symptoms === pain && isBothMusclesWorked(reading, symptom, bothSite))
        add("doms", undefined, span);
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
  // "Numb from the knees down. Both sides.": both sides told on their own after a nerve symptom of the legs.
  for (const both of cuesOf(reading, "both-fragment")) addBothFragment(reading, both, add);
  // "the sciatica was on the right but now my left leg is tingling too": a second side.
  for (const site of cuesOf(reading, "site-leg")) {
    // "left leg", "the right one".
    const side =
      reading.tokens[site.first]?.norm === "the"
        ? reading.tokens[site.first + 1]?.norm
        : reading.tokens[site.first]?.norm;
    if (side !== "left" && side !== "right") continue;
    // ("it's going the right way", "on the right track": no side of the body)
    if (NOT_A_SIDE_AFTER.at(reading, site.last)) continue;
    const sameClause = (cue: CueHit): boolean =>
      reading.segments.clauseOf[cue.first] === reading.segments.clauseOf[site.first];
    const also = cuesOf(reading, "also").find(
      (cue) => sameClause(cue) && cue.first > site.first && cue.first - site.last <= 10,
    );
    if (!also) continue;
    // ("my foot on the left, with some tingles there too": the same place, no second side)
    if (PLACE_POINTERS.has(reading.tokens[also.first - 1]?.norm ?? "")) continue;
    const symptom = nearest([...neuro, ...weak, ...pain].filter(sameClause), site.first);
    const otherSide = side === "left" ? "right" : "left";
    const mentionedOther = reading.tokens.some((token) => token.norm === otherSide);
    if (symptom && mentionedOther) {
      const span = union(union(site, also), symptom);
      add("bilateral-neuro", "second-side", span, combinedStatus(reading, symptom, site));
    }
  }
  for (const symptom of neuro) {
    const saddle =
      nearestInClause(reading, "site-saddle", symptom.first, (site) =>
        isSaddleSite(reading, site),
      ) ?? answeredSite(reading, "site-saddle", symptom);
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
    if (!NUMB_CORE.at(reading, symptom.first)) continue;
    const site =
      nearestInClause(reading, "site-leg", symptom.first, isPlace) ??
      answeredSite(reading, "site-leg", symptom);
    if (site) {
      const span = union(symptom, site);
      add("numbness-tingling", "one-leg", span, combinedStatus(reading, symptom, site));
    }
  }
  for (const symptom of weak) {
    const site = nearestInClause(reading, "site-leg", symptom.first, isPlace);
    if (site)
      add("leg-weakness", undefined, union(symptom, site), combinedStatus(reading, symptom, site));
  }

  // Pain moving down or into a leg ("it goes down to my foot", "travels down into my thigh").
  for (const direction of cuesOf(reading, "direction")) {
    const site = cuesOf(reading, "site-leg").find(
      (cue) => cue.first >= direction.last && cue.first - direction.last <= 4,
    );
    // ("stiff bending down fine when walking no leg pain": the leg is named to be denied)
    if (site !== undefined && reading.tokens[site.first - 1]?.norm === "no") continue;
    const painInClause = [...pain, ...cuesOf(reading, "trend-worse")].some(
      (cue) => reading.segments.clauseOf[cue.first] === reading.segments.clauseOf[direction.first],
    );
    // "it goes down to", "it now goes into", "now I get it into".
    const isIt = (index: number): boolean => {
      const norm = reading.tokens[index]?.norm;
      return norm === "it" || norm === "its";
    };
    const it = isIt(direction.first - 1) || isIt(direction.first - 2) || isIt(direction.first - 3);
    if (site && (painInClause || it || isAcheTravelling(reading, direction)))
      add(
        "shooting-radiating-pain",
        "one-leg",
        union(direction, site),
        isTravelDenied(reading, direction) ? "denied" : undefined,
      );
    // "it's going down both of them to the calves", "shoots into both feet": pain going down both legs.
    if (painInClause || it) {
      const both = cuesOf(reading, "site-both").find(
        (cue) =>
          cue.first >= direction.last &&
          cue.first - direction.last <= 6 &&
          reading.segments.clauseOf[cue.first] === reading.segments.clauseOf[direction.first] &&
          isExplicitBoth(reading, cue) &&
          !isSidesOfBack(reading, cue) &&
          isBothLegsSiteOf(reading, cue, direction),
      );
      const bothWord =
        reading.tokens[direction.last]?.norm === "both" &&
        reading.tokens[direction.last + 1]?.norm === "of" &&
        reading.tokens[direction.last + 2]?.norm === "them"
          ? direction.last + 2
          : undefined;
      if (both) add("bilateral-neuro", "both-legs", union(direction, both));
      else if (bothWord !== undefined)
        add("bilateral-neuro", "both-legs", { first: direction.first, last: bothWord + 1 });
    }
  }

  // 3. Bladder and bowel words with a problem word ("the stream is weak", "trouble getting my pee going").
  for (const fn of [...cuesOf(reading, "fn-bladder"), ...cuesOf(reading, "fn-bowel")]) {
    if (isWeeSmall(reading, fn)) continue;
    const problem = nearestInClause(
      reading,
      "problem",
      fn.first,
      (cue) => !isTroubleOfOtherAct(reading, cue) && !isControlAble(reading, cue),
    );
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
  addPronounFootDrop(reading, add);
  addStrengthTestWeakness(reading, add);
  addUnfeltAccidents(reading, add);
  addLostByLater(reading, add);
  addShocksDownLeg(reading, add);
  addLostThread(reading, add);
  addLostMoveToldOn(reading, add);
  // Symptoms told of each leg in turn ("left leg sciatica ... right leg has started getting pins and needles").
  addTwoSides(reading, add);
  addOtherLegStarted(reading, add);
  addBothBare(reading, add);
  addSecondLegToo(reading, add);
  addPairOfLegs(reading, add);
  addBothFeetDrop(reading, add);

  // 4. Clot signs in one calf; after spinal surgery, pain in one calf is one too.
  const afterSurgery = cuesOf(reading, "calf-pain").length > 0 && findRecentSurgery(reading);
  for (const calf of cuesOf(reading, "site-calf")) {
    // The nearest sign of either kind: a "tender" told further on of something else ("... my calf is really sore
    // today had dry needling, was tender where the needles went in") does not hide the calf pain after surgery.
    const signs = inSentence(reading, "calf-sign", calf.first).filter(
      (cue) => !isSimileWord(reading, cue),
    );
    const sign = nearest(
      afterSurgery ? [...signs, ...inSentence(reading, "calf-pain", calf.first)] : signs,
      calf.first,
    );
    if (sign && Math.abs(sign.first - calf.first) <= 10) {
      add("vascular", "calf-clot-signs", union(calf, sign), combinedStatus(reading, sign, calf));
    }
  }
  // The calf named at the end of one sentence and its signs told of "it" in the next.
  addCalfToldOn(reading, add, Boolean(afterSurgery));

  // 5. Body functions said to be normal: shown as denied warning signs ("you said: peeing fine").
  for (const [kind, concept, detail] of FUNCTION_DENIALS) {
    for (const fn of cuesOf(reading, kind)) {
      // ("hasn't got the strength it had": the strength denied is the weakness told, no denial of it)
      if (isFunctionDenied(reading, fn) && !isInsideSymptom(reading, fn))
        add(concept, detail, fn, "denied");
    }
  }

  // 5b. Soreness that starts in the warm-up and persists through the session (not when it is said to go).
  for (const warmUp of cuesOf(reading, "warm-up")) {
    // (the lasting words told after this warm-up, when there are any: two warm-ups in one run-on sentence each have
    // their own, "sore in the warm up, I thought it would last the whole class but it eased off ... my back was
    // tight in the warmups and it wouldnt let up")
    const lasting = inSentence(reading, "persists", warmUp.first).filter(
      (cue) => !precededByNegation(reading, cue, 1) && !isFineLasting(reading, cue),
    );
    const persists = lasting.find((cue) => cue.first >= warmUp.last) ?? lasting[0];
    // (an easing told before a turn to this time is another time's: "it usually eases off but today it stayed the
    // whole session"; and with lasting words, only an easing near them or the warm-up is theirs: one told well after
    // them is of something else run on in the sentence, "... wouldnt let up for the whole circuit ok so the
    // clamshells make my hip burn while im doing them but it stops as soon as i stop")
    const goes = inSentence(reading, "settle", warmUp.first).find(
      (cue) =>
        !precededByNegation(reading, cue) &&
        !(
          persists !== undefined &&
          (isTurnBetween(reading, cue.last, persists.first) ||
            !isEasingNear(reading, cue, warmUp, persists))
        ),
    );
    // Gone in the warm-up and back later in the session (the soreness rules: "it went away, then came back
    // halfway through the session").
    const back =
      goes &&
      inSentence(reading, "recurred", warmUp.first).find(
        (cue) => cue.first >= goes.last && !precededByNegation(reading, cue),
      );
    if (persists && !goes) add("pain-not-settling", "warm-up", union(warmUp, persists));
    else if (back) add("pain-not-settling", "warm-up", union(warmUp, back));
  }

  // 5e. Pain that an exercise flared and that stays up ("it stays up for the rest of the evening, doesn't calm
  // down", "it stayed flared even after I stopped").
  for (const stays of cuesOf(reading, "stays-up")) {
    if (
      !isNegatedStaying(reading, stays) &&
      !isFineLasting(reading, stays) &&
      !isDownSomewhere(reading, stays) &&
      isExerciseFlare(reading, stays.first)
    )
      add("pain-not-settling", "after-stopping", stays);
  }

  // 5f. Pain spreading, with a place in the leg it now reaches ("The pain is spreading - ... now it's behind my
  // right knee too"): peripheralisation.
  // Pain spreading into the buttocks or groin is radiating pain too ("the pain has spread from my back into my bum").
  for (const spread of cuesOf(reading, "spreading")) {
    const site =
      inSentence(reading, "site-leg", spread.first).find((leg) => leg.first > spread.first) ??
      (inSentence(reading, "sym-pain", spread.first).length > 0
        ? inSentence(reading, "site-saddle", spread.first).find(
            (saddle) => saddle.first > spread.first && isSaddleSite(reading, saddle),
          )
        : undefined);
    if (site && !precededByNegation(reading, spread) && hasSpreadingSymptom(reading, spread))
      add(
        "shooting-radiating-pain",
        "peripheralising",
        union(spread, site),
        othersSpreading(reading, spread),
      );
  }

  // 5g. Pain told as higher up the leg before and lower down now ("it used to be thigh only and now I'm getting it
  // in my foot"): peripheralisation, without a word of spreading.
  const movedDown = movedDownTheLeg(reading);
  if (movedDown)
    add(
      "shooting-radiating-pain",
      "peripheralising",
      movedDown,
      statusOf(
        reading,
        { first: movedDown.last - 1, last: movedDown.last },
        "shooting-radiating-pain",
      ),
    );

  // 5c. Not back to the usual level by the next morning, in other words ("the next morning it wasn't back to where
  // it was before the session", "woke up and it was still higher than before the session").
  for (const morning of cuesOf(reading, "morning")) {
    const above = aboveBaselineIn(reading, morning.first) ?? asThenIn(reading, morning.first);
    if (above) add("pain-not-settling", "not-back-by-morning", union(morning, above));
  }

  // 5d. Pain that flares in an exercise and is still there after stopping ("still flared hours later even
  // though I stopped").
  for (const stop of cuesOf(reading, "after-stopping")) {
    const still = stillAfterStopping(reading, stop);
    if (still) add("pain-not-settling", "after-stopping", union(stop, still));
  }

  // 6. Long morning stiffness (an inflammatory pattern): tell the therapist, who can arrange a GP review.
  for (const cue of cuesOf(reading, "inflammatory")) add("stiffness", "inflammatory-pattern", cue);

  return refine(reading, drafts);
};

/** How far down the leg a place is (the last word of a leg site): higher numbers are further down. */
const LEG_DEPTH: ReadonlyMap<string, number> = new Map([
  ["buttock", 1],
  ["hip", 1],
  ["cheek", 1],
  ["buttcheek", 1],
  ["thigh", 2],
  ["hamstring", 2],
  ["quad", 2],
  ["quads", 2],
  ["quadricep", 2],
  ["quadriceps", 2],
  ["knee", 3],
  ["calf", 4],
  ["shin", 4],
  ["ankle", 5],
  ["heel", 5],
  ["foot", 5],
  ["sole", 5],
  ["instep", 5],
  ["toe", 6],
  ["toes", 6],
]);
/** Words before a place that tell it as where the pain was ("it used to be thigh only", "at first it was my hip"). */
const WAS_THERE = new WordSet([
  "used",
  "was",
  "originally",
  "previously",
  "first",
  "before",
  "started",
]);
/**
 * Words that tell the later place as where it is now, or as where it went next ("first it was just my buttock ...
 * yesterday it's in my calf", "it was in my thigh, then behind my knee").
 */
const THERE_NOW = new WordSet([
  "now",
  "today",
  "currently",
  "then",
  "yesterday",
  "later",
  "tonight",
]);
/** A pronoun for what moved, told with its earlier place ("first it was just my left buttock"). */
const MOVED_PRONOUNS = new WordSet(["it", "its", "pain", "ache", "they", "theyre"]);
/** How far before the earlier place its word of then may stand, and how far apart the two places may be told. */
const WAS_REACH = 6;
const MOVED_REACH = 20;

/** How far after a place a word of it being fine may stand ("now it's my foot that's totally fine"). */
const FINE_AFTER_REACH = 4;

/** Whether a place is said to be fine just after it, in its sentence ("my foot is fine", "foot that's ok"). */
const isSaidFineAfter = (reading: Reading, site: CueHit): boolean => {
  const { sentenceOf } = reading.segments;
  return cuesOf(reading, "neg-post").some(
    (fine) =>
      fine.first >= site.last &&
      fine.first - site.last <= FINE_AFTER_REACH &&
      sentenceOf[fine.first] === sentenceOf[site.first],
  );
};

/** The depth of a leg site, by its last word; undefined for a leg named as a whole ("my left leg"). */
const legDepth = (reading: Reading, site: CueHit): number | undefined =>
  LEG_DEPTH.get(reading.tokens[site.last - 1]?.norm ?? "");

/**
 * "It used to be thigh only and now I'm getting it in my foot", "at first it was my buttock, now it's down to my
 * calf": a place in the leg told as where the pain was, and one further down told as where it is now (a word of now
 * between them), in a message about pain. The span from the first place to the second, or undefined. (Told the
 * other way, "it was down to my foot, now only my thigh", it is coming back up: centralising, no finding.)
 */
const movedDownTheLeg = (reading: Reading): Span | undefined => {
  const sites = cuesOf(reading, "site-leg");
  if (sites.length < 2) return undefined;
  const painTold = cuesOf(reading, "sym-pain").length > 0 || reading.hits.length > 0;
  const { sentenceOf } = reading.segments;
  for (const [index, before] of sites.entries()) {
    const from = legDepth(reading, before);
    if (from === undefined) continue;
    let was = false;
    let pronoun = false;
    for (let i = before.first - 1; i >= Math.max(0, before.first - WAS_REACH); i -= 1) {
      if (sentenceOf[i] !== sentenceOf[before.first]) break;
      if (WAS_THERE.at(reading, i)) was = true;
      else if (MOVED_PRONOUNS.at(reading, i)) pronoun = true;
    }
    // (without a word of pain in the message, what was there is told by a pronoun: "first it was just my buttock")
    if (!was || !(painTold || pronoun)) continue;
    for (const after of sites.slice(index + 1)) {
      if (after.first - before.last > MOVED_REACH) break;
      if ((legDepth(reading, after) ?? 0) <= from || isSaidFineAfter(reading, after)) continue;
      for (let i = before.last; i < after.first; i += 1)
        if (THERE_NOW.at(reading, i)) return { first: before.first, last: after.last };
    }
  }
  return movedDownNowFirst(reading, sites, painTold);
};

/** Words of now told just after the later place, when it comes first ("to the left foot now, before ..."). */
const NOW_AFTER = new WordSet(["now", "nowadays", "currently", "today"]);
/** How near a place its word of now may stand. */
const NOW_REACH = 3;

/**
 * The same move told the other way round: the lower place now, then the higher one it reached before ("the pain
 * go from the back to the left foot now, before only to the knee", "it's in my calf now, it used to stop at my
 * thigh"). Told so, a lower place before ("it's in my thigh now, it used to go to my foot") is coming back up.
 */
const movedDownNowFirst = (
  reading: Reading,
  sites: readonly CueHit[],
  painTold: boolean,
): Span | undefined => {
  const { sentenceOf } = reading.segments;
  for (const [index, now] of sites.entries()) {
    const to = legDepth(reading, now);
    if (to === undefined || isSaidFineAfter(reading, now)) continue;
    let isNow = false;
    for (let i = Math.max(0, now.first - NOW_REACH); i < now.last + NOW_REACH; i += 1)
      if (sentenceOf[i] === sentenceOf[now.first] && NOW_AFTER.at(reading, i)) isNow = true;
    if (!isNow) continue;
    // (without a word of pain in the message, what moved is told by a pronoun: "it's in my ankle now")
    let pronoun = false;
    for (let i = now.first - 1; i >= Math.max(0, now.first - WAS_REACH); i -= 1)
      if (sentenceOf[i] === sentenceOf[now.first] && MOVED_PRONOUNS.at(reading, i)) pronoun = true;
    if (!painTold && !pronoun) continue;
    for (const earlier of sites.slice(index + 1)) {
      if (earlier.first - now.last > MOVED_REACH) break;
      if ((legDepth(reading, earlier) ?? to) >= to) continue;
      for (let i = Math.max(now.last, earlier.first - WAS_REACH); i < earlier.first; i += 1)
        if (WAS_THERE.at(reading, i)) return { first: now.first, last: earlier.last };
    }
  }
  return undefined;
};

/** What one shoots that is no pain ("shooting hoops", "a flu shot"). */
const SHOT_OBJECTS = new WordSet([
  "star",
  "stars",
  "hoops",
  "hoop",
  "baskets",
  "basketball",
  "pool",
  "goals",
  "penalties",
  "photos",
  "pictures",
  "pics",
  "video",
  "videos",
  "film",
  "clays",
  "clay",
  "arrows",
  "targets",
  "darts",
  "guns",
  "breeze",
]);
/** Words before "shot" that make it an injection ("flu shot", "cortisone shot"). */
const SHOT_KINDS = new WordSet([
  "flu",
  "booster",
  "covid",
  "vaccine",
  "cortisone",
  "steroid",
  "tetanus",
  "b12",
]);
/** Who aims at a goal ("I'm shooting for 10k steps", "try to shoot for three sets"): a pain does not shoot for one. */
const AIMERS = new WordSet([
  "i",
  "im",
  "ill",
  "id",
  "we",
  "were",
  "well",
  "you",
  "youre",
  "lets",
  "to",
  "should",
  "said",
  "says",
  "always",
  "usually",
  "now",
  "currently",
  "am",
]);
/** What one aims at ("shooting for 10k steps", "shoot for three sets", "shooting for a personal best"). */
const AIM_GOALS = new WordSet([
  "reps",
  "rep",
  "steps",
  "sets",
  "set",
  "k",
  "km",
  "miles",
  "laps",
  "lengths",
  "squats",
  "pb",
  "personal",
  "goal",
  "target",
  "record",
  "stars",
  "moon",
]);
const GOAL_LEADS = new Set(["a", "an", "the", "about", "around", "at", "least", "my", "new"]);
/** Words before "a shot" that make it a try ("give it a shot", "worth a shot", "had a shot at the plank"). */
const SHOT_TRIERS = new WordSet(["worth", "give", "gave", "giving", "take", "took", "taking"]);
/** Words of how good a try is ("a proper shot", "a fair shot"). */
const SHOT_TRIES = new Set([
  "proper",
  "good",
  "decent",
  "fair",
  "real",
  "fresh",
  "serious",
  "quick",
]);
/** Words before "shot" or "shoot" that make it something else ("a long shot", "a photo shoot"). */
const SHOT_IDIOMS = new WordSet(["long", "big", "mug", "photo", "parting", "cheap", "hot"]);
/** A drink or a dose taken as a "shot" ("a shot of espresso before the session"). */
const SHOT_DOSES = new WordSet([
  "espresso",
  "coffee",
  "whisky",
  "whiskey",
  "vodka",
  "tequila",
  "gin",
  "rum",
  "sambuca",
  "jager",
  "wheatgrass",
  "ginger",
  "caffeine",
  "b12",
  "vitamin",
  "cortisone",
  "steroid",
  "steroids",
]);
/** Words after a shot that make it one of pain going somewhere ("a shot of pain", "shot down my leg"). */
const SHOT_GOES = new Set([
  "of",
  "down",
  "into",
  "through",
  "up",
  "across",
  "along",
  "from",
  "right",
  "in",
  "to",
]);

/**
 * "shoot", "shooting" or "shot" in another sense than a pain: aiming at a goal ("I'm shooting for 10k steps"),
 * a try ("gave the stretches a shot", "worth a shot"), an idiom ("a long shot", "a photo shoot") or a drink
 * ("a shot of espresso"). A shot followed by where it went ("a big shot down my leg") stays a pain.
 */
const isShotIdiom = (reading: Reading, hit: Span, word: string): boolean => {
  const { tokens } = reading;
  const next = tokens[hit.last]?.norm ?? "";
  if (word !== "shot" && next === "for") {
    let i = hit.first - 1;
    if (tokens[i]?.norm === "been" || tokens[i]?.norm === "really" || tokens[i]?.norm === "just")
      i -= 1;
    if (AIMERS.at(reading, i)) return true;
    // A goal aimed at, whoever aims: "shooting for 15 reps", "shoot for a new personal best"
    let goal = hit.last + 1;
    while (GOAL_LEADS.has(tokens[goal]?.norm ?? "")) goal += 1;
    if (tokens[goal]?.kind === "number") goal += 1;
    if (AIM_GOALS.at(reading, goal)) return true;
  }
  if (next === "of") return SHOT_DOSES.at(reading, hit.last + 1);
  if (SHOT_GOES.has(next)) return false;
  if (SHOT_IDIOMS.at(reading, hit.first - 1)) return true;
  if (word !== "shot") return false;
  // ("give them a proper shot": a word of how good a try between)
  const before = SHOT_TRIES.has(tokens[hit.first - 1]?.norm ?? "") ? hit.first - 1 : hit.first;
  const lead = tokens[before - 1]?.norm;
  if (lead !== "a" && lead !== "another") return false;
  // ("worth a shot", "took a shot at the plank"; "gave the new stretches a shot": what was tried may stand between,
  // and must, for "it gave a shot" to be a try)
  if (tokens[before - 2]?.norm === "worth" || next === "at")
    return SHOT_TRIERS.at(reading, before - 2);
  const { sentenceOf } = reading.segments;
  for (let i = before - 3; i >= Math.max(0, before - 9); i -= 1) {
    if (sentenceOf[i] !== sentenceOf[hit.first]) break;
    if (SHOT_TRIERS.at(reading, i)) return true;
  }
  return false;
};

/** What is "sharp" that is no pain ("a sharp intake of breath", "sharp-eyed", "a sharp turn", "a sharp drop in pain"). */
const SHARP_OBJECTS = new WordSet([
  "frost",
  "wind",
  "breeze",
  "chill",
  "sense",
  "humour",
  "humor",
  "intake",
  "intakes",
  "inhale",
  "breath",
  "eyed",
  "eye",
  "eyes",
  "mind",
  "minded",
  "wit",
  "witted",
  "tongue",
  "tongued",
  "suit",
  "suits",
  "suited",
  "dressed",
  "dresser",
  "turn",
  "bend",
  "bends",
  "corner",
  "corners",
  "drop",
  "decline",
  "improvement",
  "contrast",
  "cheddar",
  "cheese",
  "pencil",
  "pencils",
  "scissors",
  "focus",
  "image",
  "picture",
  "photo",
  "memory",
  "learner",
]);
/** What the "sharp thing" turned out to be, past a "was" ("the only sharp thing was the parking charge"). */
const SHARP_THING_WAS = new WordSet([
  "price",
  "prices",
  "bill",
  "bills",
  "charge",
  "charges",
  "cost",
  "parking",
  "needle",
  "needles",
  "comment",
  "comments",
  "remark",
  "reply",
  "email",
  "letter",
  "physio",
  "therapist",
  "wife",
  "husband",
]);
const TIME_NUMBERS = new Set([
  "nine",
  "ten",
  "eleven",
  "twelve",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
]);
const AT_TIMES = new Set(["at", "by", "from", "until", "till"]);
/** Weather told as sharp ("a sharp frost", "the wind was sharp"). */
const WEATHER = new WordSet([
  "wind",
  "winds",
  "air",
  "frost",
  "breeze",
  "weather",
  "cold",
  "chill",
]);
const SHARP_WEATHER_REACH = 5;
const SHARP_AS = new Set(["tack", "button", "whip"]);
const LOOK_WORDS = new Set(["look", "looks", "looking", "looked"]);
const SHARP_LEADS = new Set(["my", "the", "a", "an", "that", "this", "his", "her", "their", "our"]);

/**
 * A bare "sharp" in another sense than a pain: a sharp intake of breath, sharp-eyed, a sharp turn or drop, "sharp as
 * a tack", "look sharp", "9 sharp", or a "sharp thing" that was something else ("the only sharp thing today was my
 * intake of breath at the parking charge").
 */
const isSharpIdiom = (reading: Reading, hit: Span): boolean => {
  const { tokens } = reading;
  const next = tokens[hit.last]?.norm ?? "";
  if (SHARP_OBJECTS.at(reading, hit.last)) return true;
  // ("the wind was biting and sharp": the weather told as sharp, in its own clause)
  const { clauseOf } = reading.segments;
  for (let i = hit.first - 1; i >= Math.max(0, hit.first - SHARP_WEATHER_REACH); i -= 1) {
    if (clauseOf[i] !== clauseOf[hit.first]) break;
    if (WEATHER.at(reading, i)) return true;
  }
  if (next === "as" && tokens[hit.last + 1]?.norm === "a")
    return SHARP_AS.has(tokens[hit.last + 2]?.norm ?? "");
  const before = tokens[hit.first - 1];
  if (before !== undefined && LOOK_WORDS.has(before.norm)) return true;
  // ("at 9 sharp", "by ten o'clock sharp"; not "a 7, sharp")
  if (before?.norm === "oclock" || before?.norm === "am" || before?.norm === "pm") return true;
  if (before?.kind === "number" || TIME_NUMBERS.has(before?.norm ?? ""))
    return AT_TIMES.has(tokens[hit.first - 2]?.norm ?? "");
  if (next !== "thing" && next !== "things") return false;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[hit.first];
  for (let i = hit.last + 1; i < Math.min(tokens.length, hit.last + 8); i += 1) {
    if (sentenceOf[i] !== sentence) return false;
    const norm = tokens[i]?.norm;
    if (norm !== "was" && norm !== "were" && norm !== "is") continue;
    let j = i + 1;
    while (SHARP_LEADS.has(tokens[j]?.norm ?? "")) j += 1;
    return SHARP_OBJECTS.at(reading, j) || SHARP_THING_WAS.at(reading, j);
  }
  return false;
};

/** Words before a burn that make it a workout's aim ("fat burning", "calorie burning"). */
const BURNT_BEFORE = new WordSet(["fat", "calorie", "calories"]);
const BURNS = new Set(["burn", "burns", "burning", "burnt", "burned"]);
/** What is burnt that is no pain ("burning the candle at both ends", "burn calories", "fat burning"). */
const BURNT_THINGS = new WordSet([
  "candle",
  "candles",
  "midnight",
  "calories",
  "calorie",
  "fat",
  "bridges",
  "rubber",
  "daylight",
  "money",
  "cash",
  "toast",
  "dinner",
  "tea",
  "food",
  "energy",
]);
/**
 * "burning the candle at both ends", "burnt the toast", "burning calories", "fat burning": a burn told of a thing,
 * not of the body. A burn told of a place on the body ("burning in my leg") has a body word, not these.
 */
const isBurnIdiom = (reading: Reading, hit: Span): boolean => {
  let next = hit.last;
  const lead = reading.tokens[next]?.norm;
  if (lead === "the" || lead === "some" || lead === "off" || lead === "my" || lead === "more")
    next += 1;
  return BURNT_THINGS.at(reading, next) || BURNT_BEFORE.at(reading, hit.first - 1);
};

/** What one is in agony of that is no pain ("in agony ... of boredom"). */
const AGONY_OBJECTS = new WordSet([
  "boredom",
  "waiting",
  "suspense",
  "anticipation",
  "indecision",
  "embarrassment",
  "laughter",
  "choice",
]);

/** The next word token after `index`, past punctuation ("agony... of"). */
const nextWord = (reading: Reading, index: number): number => {
  let i = index;
  while (reading.tokens[i]?.kind === "punct") i += 1;
  return i;
};

/**
 * A lexicon word used in another sense: a bare "shooting" or "shot" with a sport or an injection ("shooting hoops",
 * "a flu shot"), or "agony" of boredom or waiting.
 */
/** Words after "cancer" that make it a fear checked and ruled out ("a cancer scare", "a cancer test"). */
const CANCER_NOT_HAD = new WordSet([
  "scare",
  "scares",
  "scared",
  "test",
  "tests",
  "screening",
  "check",
  "worry",
]);
/** A test that found nothing ("the biopsy was clear", "came back benign"). */
const CANCER_TESTS = new Set([
  "biopsy",
  "biopsies",
  "scan",
  "scans",
  "mammogram",
  "results",
  "test",
  "tests",
]);
const CANCER_SUSPECTED = new WordSet([
  "possible",
  "suspected",
  "query",
  "potential",
  "maybe",
  "might",
  "for",
]);
const CLEAR_RESULTS = new Set(["clear", "benign", "negative", "normal", "fine"]);

/**
 * "a bit of cancer scare years ago but the biopsy was clear", "a cancer test that came back negative": a fear
 * that a test ruled out is no cancer history (a cancer the patient had and is now "all clear" of stays one).
 */
const isCancerScare = (reading: Reading, hit: Span): boolean => {
  const { tokens } = reading;
  if (CANCER_NOT_HAD.at(reading, hit.last)) return true;
  // A test that came back clear counts only for a cancer suspected, not had ("had bowel cancer, scans since clear").
  let suspected = false;
  for (let i = Math.max(0, hit.first - 4); i < hit.first; i += 1) {
    if (CANCER_SUSPECTED.at(reading, i)) suspected = true;
  }
  if (!suspected) return false;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[hit.first];
  let test = false;
  for (let i = hit.last; i < Math.min(tokens.length, hit.last + 14); i += 1) {
    if (sentenceOf[i] !== sentence) break;
    const norm = tokens[i]?.norm ?? "";
    if (CANCER_TESTS.has(norm)) test = true;
    else if (test && CLEAR_RESULTS.has(norm)) return true;
  }
  return false;
};

/** What one is "numb to" when it is a feeling, not the skin ("numb to all the conflicting advice"). */
const NUMB_TO_OBJECTS = new WordSet([
  "all",
  "everything",
  "it",
  "this",
  "that",
  "them",
  "advice",
  "criticism",
  "news",
]);

/** Words of the mind beside "numb": "emotionally numb", "numb inside", "mentally numb". */
const MIND_WORDS = new WordSet(["emotionally", "mentally", "inside", "inwardly", "emotional"]);
/** The mind, whose numbness is a state of mind ("my brain is numb from work", "mind's gone numb"). */
const MIND_SUBJECTS = new WordSet(["brain", "brains", "mind", "minds"]);
/** Words between the mind and "numb" ("brain is numb", "mind has gone completely numb"). */
const MIND_NUMB_LINKS = new WordSet([
  "is",
  "s",
  "was",
  "feels",
  "felt",
  "went",
  "goes",
  "gone",
  "has",
  "had",
  "just",
  "completely",
  "totally",
  "so",
  "a",
  "bit",
  "literally",
]);
/** How many such words may stand between them. */
const MIND_NUMB_REACH = 3;

/** Whether the numbness word at `at` is said of the mind ("my brain is numb"): no part of the body. */
const isMindNumb = (reading: Reading, at: number): boolean => {
  for (let i = at - 1; i >= Math.max(0, at - 1 - MIND_NUMB_REACH); i -= 1) {
    if (MIND_SUBJECTS.at(reading, i)) return true;
    if (!MIND_NUMB_LINKS.at(reading, i)) return false;
  }
  return false;
};

/** What one is "numb with" when it is a feeling ("numb with shock"), not cold or pressure. */
const NUMB_WITH_FEELINGS = new WordSet([
  "shock",
  "grief",
  "fear",
  "worry",
  "dread",
  "disbelief",
  "sadness",
  "stress",
  "anxiety",
  "boredom",
  "exhaustion",
  "tiredness",
]);
/** How far after "numb about" a place in the body would stand ("numb about two inches below my knee"). */
const NUMB_ABOUT_REACH = 6;
const BODY_SITES = ["site-saddle", "site-leg", "site-both"] as const;

/** Whether a body site starts from token `from` within `reach` tokens. */
const hasSiteWithin = (reading: Reading, from: number, reach: number): boolean => {
  for (const kind of BODY_SITES) {
    const sites = cuesOf(reading, kind);
    const site = sites[cueIndexFrom(sites, from)];
    if (site !== undefined && site.first - from <= reach) return true;
  }
  return false;
};

/**
 * "Numb" said of a feeling: "I feel numb about the whole thing", "emotionally numb", "numb inside", "numb with
 * shock". Not of a place ("numb about two inches below my knee", "numb inside my thigh").
 */
const isNumbFeeling = (reading: Reading, at: number): boolean => {
  const { tokens } = reading;
  const next = tokens[at + 1]?.norm ?? "";
  if (MIND_WORDS.at(reading, at - 1)) return true;
  if (isMindNumb(reading, at)) return true;
  if (next === "with") return NUMB_WITH_FEELINGS.at(reading, at + 2);
  // ("went numb about 2 minutes into the stretch", "numb for about an hour": how long, not what about)
  if (next === "about" && isAmountAt(reading, at + 2)) return false;
  if (next === "about" || MIND_WORDS.has(next))
    return !hasSiteWithin(reading, at + 2, NUMB_ABOUT_REACH);
  return false;
};

/** Whether an amount starts at token `at`: a number, a number word ("ten", "a", "few") or "half". */
const isAmountAt = (reading: Reading, at: number): boolean => {
  const token = reading.tokens[at];
  return token !== undefined && (numberValue(token) !== undefined || token.norm === "half");
};

/** Whether the numbness word at `cue` is said of a feeling ("numb about the whole thing"). */
const isNumbFeelingCue = (reading: Reading, cue: CueHit): boolean =>
  cue.last - cue.first === 1 &&
  reading.tokens[cue.first]?.norm === "numb" &&
  isNumbFeeling(reading, cue.first);

/** The numbness words that are not said of a feeling (the same list when none is: most messages). */
const withoutFeelings = (reading: Reading, cues: readonly CueHit[]): readonly CueHit[] => {
  let feelings = 0;
  for (const cue of cues) if (isNumbFeelingCue(reading, cue)) feelings += 1;
  if (feelings === 0) return cues;
  const kept: CueHit[] = [];
  for (const cue of cues) if (!isNumbFeelingCue(reading, cue)) kept.push(cue);
  return kept;
};

/** Words after "pins and needles" when it means nerves about something ("pins and needles waiting for results"). */
const ON_EDGE_AFTER = new WordSet([
  "waiting",
  "about",
  "over",
  "until",
  "till",
  "wondering",
  "hoping",
]);

/**
 * Numbness or pins and needles said of a feeling: "I'm numb to all the advice", "on pins and needles", "pins and
 * needles waiting for my exam results". Not "numb to the touch" or "pins and needles for 3 days".
 */
const isFeelingIdiom = (reading: Reading, hit: Span): boolean => {
  const { tokens } = reading;
  const word = tokens[hit.first]?.norm ?? "";
  if (word === "numb" && tokens[hit.last]?.norm === "to")
    return NUMB_TO_OBJECTS.at(reading, hit.last + 1);
  if (word === "numb" && hit.last - hit.first === 1) return isNumbFeeling(reading, hit.first);
  if (word !== "pins" || tokens[hit.last - 1]?.norm !== "needles") return false;
  return tokens[hit.first - 1]?.norm === "on" || ON_EDGE_AFTER.at(reading, hit.last);
};

/** Words of swelling getting less ("the swelling has settled", "puffiness is much less"). */
const SHRINKING = new Set([
  "less",
  "reduced",
  "reducing",
  "settled",
  "settling",
  "subsided",
  "subsiding",
  "eased",
  "easing",
  "receded",
  "receding",
  "shrinking",
  "shrunk",
  "smaller",
  "improving",
  "improved",
  "disappeared",
  "disappearing",
  "gone",
  "better",
  "decreasing",
  "decreased",
]);
/** Verbs before "down" of going down ("gone down", "coming down"). */
const GOING = new Set([
  "gone",
  "going",
  "went",
  "come",
  "coming",
  "came",
  "goes",
  "comes",
  "got",
  "getting",
]);
/** Words after "gone down" that tell where it went ("gone down into my ankle"): spreading, not shrinking. */
const DOWN_TO = new WordSet([
  "into",
  "to",
  "towards",
  "toward",
  "my",
  "the",
  "through",
  "past",
  "onto",
  "as",
  "far",
]);
/** Words that tell it is back or bigger after shrinking ("went down but came back"). */
const SWELLING_BACK = new WordSet([
  "back",
  "again",
  "worse",
  "bigger",
  "returned",
  "new",
  "more",
  "up",
]);
/** How far after the swelling its going down may be told ("the swelling in my ankle has gone down"). */
const SHRINK_REACH = 7;

/**
 * "The swelling has gone down", "swelling's much less", "less swelling today": swelling told as getting less in
 * its clause (not denied: "hasn't gone down"), not going down a leg ("gone down into my ankle"), and not back
 * or bigger later in its sentence ("went down but came back today").
 */
const isSwellingGoingDown = (reading: Reading, hit: Span): boolean => {
  const { tokens } = reading;
  const { clauseOf, sentenceOf } = reading.segments;
  let shrinks = -1;
  const before = tokens[hit.first - 1]?.norm ?? "";
  if (before === "less" || before === "reduced" || before === "decreasing") shrinks = hit.first - 1;
  const end = Math.min(tokens.length, hit.last + SHRINK_REACH);
  for (let i = hit.last; shrinks < 0 && i < end && clauseOf[i] === clauseOf[hit.first]; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    const down = GOING.has(norm) && tokens[i + 1]?.norm === "down" && !DOWN_TO.at(reading, i + 2);
    if (down || (SHRINKING.has(norm) && !(norm === "gone" && tokens[i + 1]?.norm === "down")))
      shrinks = i;
  }
  if (shrinks < 0 || precededByNegation(reading, { first: shrinks, last: shrinks + 1 }))
    return false;
  for (let i = shrinks + 1; i < tokens.length && sentenceOf[i] === sentenceOf[hit.first]; i += 1) {
    if (SWELLING_BACK.at(reading, i)) return false;
  }
  return true;
};

const isOtherSense = (
  reading: Reading,
  hit: Span & { concept: ConceptId; detail?: string | undefined },
): boolean => {
  const { tokens } = reading;
  const word = tokens[hit.first]?.norm ?? "";
  if (hit.concept === "shooting-radiating-pain" && hit.last - hit.first === 1) {
    if (word !== "shooting" && word !== "shoot" && word !== "shot" && word !== "shoots")
      return false;
    let object = hit.last;
    if (tokens[object]?.norm === "some" || tokens[object]?.norm === "a") object += 1;
    return (
      SHOT_OBJECTS.at(reading, object) ||
      SHOT_KINDS.at(reading, hit.first - 1) ||
      isShotIdiom(reading, hit, word)
    );
  }
  if (hit.concept === "sharp-pain" && hit.last - hit.first === 1 && word === "sharp")
    return isSharpIdiom(reading, hit);
  if (hit.concept === "burning-nerve-pain" && hit.last - hit.first === 1 && BURNS.has(word))
    return isBurnIdiom(reading, hit);
  // ("my toe won't lift the weight plate": a thing lifted with the foot, no foot that will not come up)
  if (hit.detail === "foot-drop" && isThingLifted(tokens, hit.last)) return true;
  if (hit.concept === "stiffness" && isSaidOfGarment(reading, hit)) return true;
  // ("woke up wet with sweat": night sweats, not a wet bed)
  if (
    hit.detail === "urinary-incontinence" &&
    (SWEAT.at(reading, hit.last) ||
      SWEAT.at(reading, hit.last + 1) ||
      SWEAT.at(reading, hit.last + 2))
  )
    return true;
  if (hit.concept === "cancer-history" && isCancerScare(reading, hit)) return true;
  if (hit.concept === "numbness-tingling") return isFeelingIdiom(reading, hit);
  if (hit.concept === "fever-infection" && hit.detail === "fever")
    return isOtherFever(reading, hit);
  if (hit.concept === "vascular" && hit.detail === "breathless")
    return isExertionOnly(reading, hit);
  if (hit.concept === "vascular" && hit.detail === "collapse")
    return isFlopping(reading, hit) || isThingCollapsed(reading, hit);
  if (hit.concept === "severe-pain" && tokens[hit.last - 1]?.norm === "agony") {
    const of = nextWord(reading, hit.last);
    return tokens[of]?.norm === "of" && AGONY_OBJECTS.at(reading, nextWord(reading, of + 1));
  }
  return false;
};

/** Sweat told just after a wet waking ("woke up wet with sweat", "woke up wet through from sweating"). */
const SWEAT = new WordSet(["sweat", "sweats", "sweating", "sweaty", "perspiration"]);

/** What can be tight besides a back: clothes, shoes, laces, a brace. */
const GARMENTS = new WordSet([
  "shoe",
  "shoes",
  "boot",
  "boots",
  "trainers",
  "trainer",
  "laces",
  "lace",
  "jeans",
  "trousers",
  "pants",
  "leggings",
  "socks",
  "sock",
  "belt",
  "waistband",
  "bra",
  "strap",
  "straps",
  "brace",
  "cast",
  "bandage",
  "tape",
  "collar",
  "shirt",
  "dress",
  "skirt",
  "shorts",
  "tights",
  "ring",
  "watch",
  "helmet",
  "harness",
  "lid",
  "jar",
  "schedule",
  "budget",
  "deadline",
  "squeeze",
  "spot",
  "fit",
]);

/** "the shoe was too tight", "tight jeans": tight said of clothes or a fit, not of the back. */
const isSaidOfGarment = (reading: Reading, hit: Span): boolean => {
  const { tokens } = reading;
  const { clauseOf } = reading.segments;
  for (let i = Math.max(0, hit.first - 4); i < Math.min(tokens.length, hit.last + 3); i += 1) {
    if (clauseOf[i] === clauseOf[hit.first] && GARMENTS.at(reading, i)) return true;
  }
  return false;
};

/** Words before "fever" that make it something else: hay fever, cabin fever. */
const FEVER_KINDS = new WordSet([
  "hay",
  "cabin",
  "spring",
  "football",
  "election",
  "gold",
  "disco",
]);
/**
 * Shivering from the cold outside the body, not rigors: the cause said in its sentence ("the aircon is freezing",
 * "after my swim"). Not "cold" alone: feeling cold and shivery is a chill.
 */
const COLD_CAUSES = new Set([
  "aircon",
  "airco",
  "conditioning",
  "ac",
  "draughty",
  "drafty",
  "draught",
  "draft",
  "rain",
  "raining",
  "rained",
  "snow",
  "snowing",
  "winter",
  "outside",
  "outdoors",
  "swim",
  "swimming",
  "pool",
  "sea",
  "fan",
  "ice",
  "icebath",
]);
/** Body parts that shake from effort ("both legs were shaking at the end of the wall sit"): a tremor, no rigor. */
const SHAKING_PARTS = new WordSet([
  "legs",
  "leg",
  "arms",
  "arm",
  "hands",
  "hand",
  "knees",
  "knee",
  "thighs",
  "thigh",
  "muscles",
  "muscle",
  "glutes",
  "quads",
  "calves",
  "core",
  "abs",
  "voice",
  "head",
]);

/**
 * "hay fever", "cabin fever"; shaking or shivering of a limb ("legs were shaking"), from the cold ("the aircon is
 * freezing") or in an exercise: no fever.
 */
const isOtherFever = (reading: Reading, hit: Span): boolean => {
  const { tokens } = reading;
  const word = tokens[hit.first]?.norm ?? "";
  if (word === "fever" || word === "fevers")
    return FEVER_KINDS.at(reading, hit.first - 1) || tokens[hit.last]?.norm === "pitch";
  if (!SHIVER_WORDS.has(word)) return false;
  // "Both legs were shaking ... Is shaking normal?": a question about the shaking told before.
  if (isQuestion(reading, hit.first)) {
    for (let i = hit.first - 1; i >= 0; i -= 1) {
      if (SHIVER_WORDS.at(reading, i)) return isOtherFever(reading, { first: i, last: i + 1 });
    }
  }
  const { sentenceOf, clauseOf } = reading.segments;
  for (let i = Math.max(0, hit.first - 4); i < hit.first; i += 1) {
    if (clauseOf[i] === clauseOf[hit.first] && SHAKING_PARTS.at(reading, i)) return true;
  }
  if (SHAKING_PARTS.at(reading, hit.last) || SHAKEN_OBJECTS.at(reading, hit.last)) return true;
  // The cause in its sentence, up to the patient's next "I" either side (a run-on sentence tells another time).
  const sentence = sentenceOf[hit.first];
  for (let i = hit.first; i >= 0 && sentenceOf[i] === sentence; i -= 1) {
    const norm = tokens[i]?.norm ?? "";
    if (COLD_CAUSES.has(norm)) return true;
    if (I_WORDS.has(norm)) break;
  }
  for (let i = hit.last; i < tokens.length && sentenceOf[i] === sentence; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (COLD_CAUSES.has(norm)) return true;
    if (I_WORDS.has(norm)) break;
  }
  // "shaking at the end of the plank": muscles shaking in an exercise (not shivering, and not "since the session").
  if (word !== "shaking" && word !== "shakes") return false;
  for (let i = Math.max(0, hit.first - 8); i < Math.min(tokens.length, hit.last + 8); i += 1) {
    if (clauseOf[i] === clauseOf[hit.first] && SHAKING_EFFORT.at(reading, i)) return true;
  }
  return false;
};
/** Exercises that leave muscles shaking. */
const SHAKING_EFFORT = new WordSet([
  "plank",
  "planks",
  "squat",
  "squats",
  "wall",
  "lunge",
  "lunges",
  "bridge",
  "bridges",
  "set",
  "sets",
  "rep",
  "reps",
  "hold",
  "holding",
  "deadlift",
  "deadlifts",
  "raises",
  "workout",
]);
const I_WORDS = new WordSet(["i", "im", "ive", "id"]);
/** What the patient shakes ("shake it out", "shaking my foot", "shook them off"): an act, no shivering. */
const SHAKEN_OBJECTS = new WordSet(["my", "it", "them", "out", "off", "the", "his", "her", "both"]);
const SHIVER_WORDS = new WordSet(["shivering", "shivers", "shivery", "shaking", "shakes"]);

/** Where one flops down to rest: "collapsed on the sofa" is no faint. */
const FLOP_PLACES = new WordSet([
  "sofa",
  "couch",
  "settee",
  "bed",
  "armchair",
  "recliner",
  "beanbag",
  "hammock",
  "chair",
  "lounger",
]);

/** "collapsed on the sofa", "collapsed into bed": flopping down to rest, not fainting. */
const isFlopping = (reading: Reading, hit: Span): boolean => {
  const { tokens } = reading;
  if (tokens[hit.first]?.norm !== "collapsed") return false;
  for (let i = hit.last; i < Math.min(tokens.length, hit.last + 4); i += 1) {
    if (FLOP_PLACES.at(reading, i)) return true;
  }
  return false;
};

/** Words that may open a fragment before "both" ("and both of them", "actually both sides", "in both"). */
const FRAGMENT_LEADS = new Set([
  "and",
  "actually",
  "its",
  "it",
  "yes",
  "yeah",
  "now",
  "well",
  "so",
]);
/** Words that may close it ("Both of them actually", "both sides too"). */
const FRAGMENT_ENDS = new WordSet([
  "actually",
  "too",
  "now",
  "really",
  "honestly",
  "though",
  "equally",
]);
/** Nerve symptoms a fragment of both sides can be told of (pain only as nerve pain: "My knee hurts. Both."). */
const FRAGMENT_SYMPTOMS = [
  "sym-numb",
  "sym-tingle",
  "sym-weak",
  "sym-asleep",
  "legs-fail",
  "legs-obey",
  "weak-metaphor",
] as const;
const NERVE_PAIN_WORDS = new WordSet([
  "sciatica",
  "shooting",
  "burning",
  "electric",
  "electricity",
]);
/** Leg words beyond the site cues: "from the knees down". */
const LEG_PLURALS = new WordSet(["knees", "ankles", "heels", "toes", "soles"]);

/**
 * Whether a both-sides cue stands on its own: from the start of its sentence or after a comma, with only a lead
 * word before it, and a mark or the end after it (closing words aside): "Both sides.", ", both of them actually,".
 */
const isBothFragment = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const start = sentenceStarts[sentenceOf[cue.first] ?? 0] ?? 0;
  for (let i = cue.first - 1; i >= start; i -= 1) {
    const norm = tokens[i]?.norm ?? "";
    if (norm === ",") break;
    if (!FRAGMENT_LEADS.has(norm)) return false;
  }
  let i = cue.last;
  while (FRAGMENT_ENDS.at(reading, i)) i += 1;
  const next = tokens[i];
  return next === undefined || next.kind === "punct";
};

/** A leg named in sentence `sentence`: a site, or a plural such as "knees" ("from the knees down"). */
const hasLegInSentence = (reading: Reading, sentence: number): boolean => {
  const { sentenceOf, sentenceStarts } = reading.segments;
  for (const kind of ["site-leg", "site-both"] as const)
    for (const site of cuesOf(reading, kind)) if (sentenceOf[site.first] === sentence) return true;
  const end = sentenceStarts[sentence + 1] ?? reading.tokens.length;
  for (let i = sentenceStarts[sentence] ?? 0; i < end; i += 1)
    if (LEG_PLURALS.at(reading, i)) return true;
  return false;
};

/** The nearest nerve symptom before `index`, in its sentence or the one before, or undefined. */
const nerveSymptomBefore = (reading: Reading, index: number): Span | undefined => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[index] ?? 0;
  let best: Span | undefined;
  for (const kind of FRAGMENT_SYMPTOMS) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.first >= index) break;
      if ((sentenceOf[cue.first] ?? 0) >= sentence - 1 && (!best || cue.first > best.first))
        best = cue;
    }
  }
  for (const cue of cuesOf(reading, "sym-pain")) {
    if (cue.first >= index) break;
    if (
      (sentenceOf[cue.first] ?? 0) >= sentence - 1 &&
      NERVE_PAIN_WORDS.at(reading, cue.first) &&
      (!best || cue.first > best.first)
    )
      best = cue;
  }
  return best;
};

/**
 * "Numb from the knees down. Both sides.", "My leg has gone heavy and numb from the knee down. Both of them
 * actually": both sides told as a fragment after a nerve symptom told of a leg (or with both legs named in the
 * fragment) is that symptom in both legs.
 */
const addBothFragment = (
  reading: Reading,
  both: CueHit,
  add: (concept: ConceptId, detail: string | undefined, span: Span, status?: FindingStatus) => void,
): void => {
  if (!isBothFragment(reading, both)) return;
  const symptom = nerveSymptomBefore(reading, both.first);
  if (symptom === undefined) return;
  const symptomSentence = reading.segments.sentenceOf[symptom.first] ?? 0;
  if (!isLegSite(reading, both) && !hasLegInSentence(reading, symptomSentence)) return;
  // ("My thighs are burning on the stairs today, both of them, squats yesterday": the muscles' work)
  if (
    NERVE_PAIN_WORDS.at(reading, symptom.first) &&
    isEffortNear(reading, symptom.first, EFFORT_REACH) &&
    !goesDownALeg(reading, symptom)
  )
    return;
  // ("burning down my leg since monday. both legs? no, just the right": asked of oneself and answered no)
  const status =
    precededByNegation(reading, both) || isAskedAndAnsweredNo(reading, both)
      ? "denied"
      : statusOf(reading, symptom, "bilateral-neuro");
  add("bilateral-neuro", "both-legs", union(symptom, both), status);
};

/** Words that point back at a place named before ("tingles there too"). */
const PLACE_POINTERS = new Set(["there", "here"]);

/** Pronouns that stand for a symptom named before ("it's in both legs now"). */
const SYMPTOM_PRONOUNS = new Set(["it", "its", "this", "that", "they", "theyre"]);
/** Leg words: a pronoun at "both sides" or "both hips" is no two-leg sign. */
const LEG_WORDS = new WordSet([
  "legs",
  "feet",
  "thighs",
  "calves",
  "shins",
  "knees",
  "ankles",
  "leg",
]);
/** How many tokens a pronoun may stand before the site ("it's now going down both legs"). */
const PRONOUN_REACH = 4;
const NEURO_SYMPTOM_CUES = ["sym-pain", "sym-numb", "sym-tingle", "sym-weak"] as const;

/** Whether a site cue names a leg ("both feet", "the other leg"). */
const isLegSite = (reading: Reading, site: CueHit): boolean => {
  for (let i = site.first; i < site.last; i += 1) {
    if (LEG_WORDS.at(reading, i)) return true;
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
 * An accident told as a likeness: "feels like I've been hit by a truck", "as if I'd fallen down the stairs". Only
 * for trauma: "like someone is sticking a knife in" is a real sharp pain.
 */
const isFigurative = (reading: Reading, hit: Span & { concept: ConceptId }): boolean => {
  if (hit.concept !== "trauma") return false;
  const { sentenceOf } = reading.segments;
  for (let i = Math.max(0, hit.first - 4); i < hit.first; i += 1) {
    // ("too stiff to move like that. I fell off a ladder": a likeness ends with its sentence)
    if (sentenceOf[i] !== sentenceOf[hit.first]) continue;
    const norm = reading.tokens[i]?.norm ?? "";
    if (
      (norm === "like" && !NOT_A_LIKENESS.at(reading, i + 1) && !isFillerLike(reading, i, hit)) ||
      ((norm === "if" || norm === "though") && reading.tokens[i - 1]?.norm === "as")
    )
      return true;
  }
  return false;
};

/** Words of seeming before "like" that make it a likeness whatever follows ("feels like, I got hit by a bus"). */
const SEEMING = new WordSet([
  "feel",
  "feels",
  "felt",
  "feeling",
  "look",
  "looks",
  "looked",
  "seem",
  "seems",
  "seemed",
  "sound",
  "sounds",
]);

/**
 * "like" as a filler, not a likeness of the accident after it: before a number ("on steroids for like 5 yrs,
 * tripped on the kerb") or with a comma or other mark between it and the accident ("like, I tripped"), unless a
 * word of seeming comes before it.
 */
const isFillerLike = (reading: Reading, like: number, hit: Span): boolean => {
  const { tokens } = reading;
  if (tokens[like + 1]?.kind === "number") return true;
  if (SEEMING.at(reading, like - 1)) return false;
  for (let i = like + 1; i < hit.first; i += 1) if (tokens[i]?.kind === "punct") return true;
  return false;
};

/** Words after "like" that make it "as" ("stiff like usual I fell off a ladder"), not a likeness. */
const NOT_A_LIKENESS = new WordSet(["usual", "normal", "always", "before", "ever"]);

/** Words of a normal state after a recovery time ("they were totally normal"). */
const NORMAL_AGAIN = new WordSet([
  "normal",
  "fine",
  "ok",
  "okay",
  "gone",
  "recovered",
  "better",
  "settled",
  "passed",
]);

/** How far (in tokens) after the minutes the normal state may be told. */
const RECOVERY_REACH = 8;

/**
 * Minutes followed by a normal state ("after about 20 min sitting down they were totally normal"), not the length
 * of an activity ("after 20 minutes of walking") and not "fine otherwise".
 */
const isRecoveryTime = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  if (tokens[cue.last]?.norm === "of") return false;
  const end = Math.min(cue.last + RECOVERY_REACH, tokens.length);
  for (let i = cue.last; i < end; i += 1) {
    if (reading.segments.sentenceOf[i] !== reading.segments.sentenceOf[cue.first]) return false;
    if (NORMAL_AGAIN.at(reading, i)) return tokens[i + 1]?.norm !== "otherwise";
  }
  return false;
};

/**
 * Shaky legs recovered after it in its sentence: a word of recovery ("fine after a sit down") or minutes followed
 * by a normal state, with no other symptom told between (run-on messages: the recovery is the nearer one's).
 */
const isRecoveredAfter = (reading: Reading, symptom: CueHit): boolean =>
  !isFailingAfter(reading, symptom) && isRecoveredLater(reading, symptom);

/** How many sentences after shaky legs their tiring told again, after a recovery, is read as back. */
const TIRED_AGAIN_SENTENCES = 3;

/** Words of legs that fail or lose feeling: told after a tiring that recovered, the legs did not stay recovered. */
const FAILING_KINDS = ["sym-numb", "sym-tingle", "sym-weak", "legs-fail"] as const;

/**
 * Legs failing or losing feeling told after shaky legs, in their sentence or the next, not denied ("shaky after the
 * squats, then fine, then an hour later they gave way", "... then fine. Now they're numb"): whatever recovered, the
 * legs did not stay well. A weakness told with the tiring word ("shaky and weak") is the same tiring.
 */
const isFailingAfter = (reading: Reading, symptom: CueHit): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[symptom.first] ?? 0;
  for (const kind of FAILING_KINDS) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.first < symptom.last) continue;
      if ((sentenceOf[cue.first] ?? 0) > sentence + 1) break;
      // (denied in a list too: "... back to normal, no numbness or tingling")
      if (precededByNegation(reading, cue) || isNegated(reading, cue)) continue;
      if (kind === "sym-weak" && isJoinedToTiring(reading, cue)) continue;
      return true;
    }
  }
  if (isStandingLostAfter(reading, symptom.last, sentence + 1)) return true;
  // ("wobbly after the lunges, then totally fine, but tonight they're wobbly again": tired again after recovering,
  // also told in a sentence after the recovery's: "... Within the hour they were back to normal. Now this evening
  // they've gone wobbly again")
  for (const kind of TIRED_LEG_KINDS) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.first < symptom.last) continue;
      if ((sentenceOf[cue.first] ?? 0) > sentence + TIRED_AGAIN_SENTENCES) break;
      if (
        !precededByNegation(reading, cue) &&
        hasCueBetween(reading, "recovered", symptom.last, cue.first)
      )
        return true;
    }
  }
  return false;
};

/** What legs that will not hold the patient fail at: "could barely stand", "couldn't walk". */
const STANDING = new WordSet(["stand", "standing", "walk", "walking", "balance", "weight"]);
/** Words that say the patient could not or hardly could ("barely", "couldn't"). */
const HARDLY = new WordSet(["barely", "hardly", "scarcely", "cant", "cannot", "couldnt", "unable"]);

/**
 * Standing or walking that the patient could not or hardly could manage, told from token `from` to the end of
 * sentence `lastSentence` ("shaky and weak, I could barely stand, then fine"): legs that would not hold them.
 */
const isStandingLostAfter = (reading: Reading, from: number, lastSentence: number): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  for (let i = from; i < tokens.length && (sentenceOf[i] ?? 0) <= lastSentence; i += 1) {
    if (!STANDING.at(reading, i)) continue;
    for (let j = Math.max(from, i - 3); j < i; j += 1) if (HARDLY.at(reading, j)) return true;
  }
  return false;
};

/**
 * A recovery told as "then fine" after the patient opened another report ("both legs feel weak and wobbly today I
 * had one bad day after the session, then ok"): what was fine then is what that report told.
 */
const isThenOfOtherReport = (reading: Reading, symptom: Span, recovery: Span): boolean => {
  const { tokens } = reading;
  let then = false;
  for (let i = recovery.first; i < recovery.last; i += 1)
    if (tokens[i]?.norm === "then") then = true;
  if (!then) return false;
  for (let i = symptom.last; i < recovery.first; i += 1) if (I_WORDS.at(reading, i)) return true;
  return false;
};

/** A recovery told after shaky legs (see `isRecoveredAfter`). */
const isRecoveredLater = (reading: Reading, symptom: CueHit): boolean =>
  (isEffortNear(reading, symptom.first, EFFORT_REACH) && isRecoveredNext(reading, symptom)) ||
  inSentence(reading, "recovered", symptom.first).some(
    (cue) =>
      cue.first >= symptom.last &&
      !precededByNegation(reading, cue) &&
      !hasOtherSymptomBetween(reading, symptom, cue, OTHER_THAN_TIRING) &&
      !isTreatmentBetween(reading, symptom, cue) &&
      // ("both my legs have gone wobbly ... a couple of nights it was worse after the session but it's fine now":
      // what is fine now is what got worse)
      !hasCueBetween(reading, "trend-worse", symptom.last, cue.first) &&
      !isThenOfOtherReport(reading, symptom, cue),
  ) ||
  inSentence(reading, "recovery-time", symptom.first).some(
    (cue) =>
      cue.first >= symptom.last &&
      isRecoveryTime(reading, cue) &&
      !hasOtherSymptomBetween(reading, symptom, cue, OTHER_THAN_TIRING) &&
      !isTreatmentBetween(reading, symptom, cue),
  );

/**
 * Manipulation or needling told between a symptom and a recovery word, in a run-on sentence ("both my legs have
 * gone wobbly ... acupuncture yesterday afternoon, my back felt bruised but it's all gone this morning"): what
 * recovered is the treatment's soreness.
 */
const isTreatmentBetween = (reading: Reading, symptom: Span, recovery: Span): boolean =>
  cuesOf(reading, "manual-therapy").some(
    (cue) =>
      cue.first >= symptom.last && cue.last <= recovery.first && !isPinsAndNeedles(reading, cue),
  ) || isWarmUpSorenessBetween(reading, symptom, recovery);

/**
 * Soreness dated by a start of its own between a symptom and a recovery word ("both my legs have gone wobbly ... a
 * bit sore in the warm-up as usual but it went away after five minutes", "... bit stiff at the start of the class
 * but by the end of the session it had gone"): what went away is that soreness, the soreness rules' own statement
 * (soreness that goes as the body warms up), not the symptom told before it.
 */
const isWarmUpSorenessBetween = (reading: Reading, symptom: Span, recovery: Span): boolean =>
  hasOwnTimeSorenessBetween(reading, symptom.last, recovery.first);

/**
 * After an exercise, a recovery told in the next sentence ("both legs shaky straight after; I sat down and in 15
 * minutes everything settled"), with no other symptom between.
 */
const isRecoveredNext = (reading: Reading, symptom: CueHit): boolean => {
  const { sentenceOf } = reading.segments;
  const next = (sentenceOf[symptom.first] ?? 0) + 1;
  for (const kind of ["recovered", "recovery-time"] as const) {
    for (const cue of cuesOf(reading, kind)) {
      if (
        sentenceOf[cue.first] !== next ||
        hasOtherSymptomBetween(reading, symptom, cue, OTHER_THAN_TIRING)
      )
        continue;
      // (nothing else told between, soreness included: "... my glutes are sore ... it went away" is theirs; the same
      // tiring told again is no other: "shaky and wobbly walking back to the car. Within the hour ...")
      if (
        reading.hits.some(
          (hit) =>
            hit.first >= symptom.last && hit.first < cue.first && !hasTiringWordIn(reading, hit),
        )
      )
        continue;
      if (kind === "recovered" ? !precededByNegation(reading, cue) : isRecoveryTime(reading, cue))
        return true;
    }
  }
  return false;
};

/** Words of legs that only tire: "wobbly", "shaky", "like jelly", "heavy". */
const TIRED_LEG_KINDS = ["sym-wobbly", "legs-limp"] as const;

/**
 * A tiring word of a two-leg finding that is recovered after it (`isRecoveredAfter`): not a "gone" before it ("legs
 * have gone wobbly"), a "normal" of before ("totally normal this morning") or the recovery of another symptom.
 */
const isTiredWordRecovered = (reading: Reading, draft: Draft): boolean => {
  for (const kind of TIRED_LEG_KINDS) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.first >= draft.first && cue.last <= draft.last && isRecoveredAfter(reading, cue))
        return true;
    }
  }
  return false;
};

/**
 * Shaky legs in a two-leg finding ("legs felt like jelly"), told of an exercise and recovered after it: the
 * two-leg fatigue of the rules' borderline case, not legs that will not do what they are told.
 */
const isRecoveredExerciseWobble = (reading: Reading, draft: Draft): boolean => {
  const wobble =
    cuesOf(reading, "sym-wobbly").find(
      (cue) => cue.first >= draft.first && cue.last <= draft.last,
    ) ?? wobbleJoinedTo(reading, draft);
  return (
    wobble !== undefined &&
    (isExerciseSentence(reading, draft.first) || isAfterEffort(reading, draft.first)) &&
    isRecoveredAfter(reading, wobble)
  );
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
    // "I don't have that, just tired legs": a turn to something else, no pronoun of the symptom.
    const norm = reading.tokens[i]?.norm ?? "";
    if (norm === "," || norm === "just" || norm === "only") return -1;
    if (SYMPTOM_PRONOUNS.has(norm)) {
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

/** Symptom cues a site can be denied with ("my legs aren't numb"). */
const SITE_SYMPTOMS = ["sym-numb", "sym-tingle", "sym-weak", "sym-pain"] as const;

/** Whether a symptom cue starts within `reach` tokens after token `from`. */
const symptomStartsNear = (reading: Reading, from: number, reach: number): boolean => {
  for (const kind of SITE_SYMPTOMS) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.first >= from && cue.first <= from + reach) return true;
    }
  }
  return false;
};

/** A site followed by its own denied symptom ("my legs aren't numb"): that site is spoken for. */
const isDeniedSymptomSite = (reading: Reading, site: CueHit): boolean => {
  for (let i = site.last; i < Math.min(site.last + 3, reading.tokens.length); i += 1) {
    if (isNegationWord(reading.tokens[i]?.norm ?? "")) return symptomStartsNear(reading, i + 1, 2);
  }
  return false;
};

/** Whether a one-leg site follows the symptom as its place ("a fizzy feeling in the left foot"). */
const hasOwnLegSite = (reading: Reading, symptom: CueHit): boolean => {
  const place = reading.tokens[symptom.last]?.norm;
  if (place !== "in" && place !== "on" && place !== "down") return false;
  for (const site of cuesOf(reading, "site-leg")) {
    if (site.first > symptom.last && site.first - symptom.last <= 3) return true;
  }
  return false;
};

/**
 * "My legs aren't numb, it's more of a fizzy feeling in the left foot": a symptom with a one-leg place of its own
 * does not belong to a both-legs site that is spoken for by its own denial. ("My legs aren't numb, they're
 * tingly" has no place of its own, so it stays both legs.)
 */
const isSitedElsewhere = (reading: Reading, symptom: CueHit, bothSite: CueHit): boolean =>
  isDeniedSymptomSite(reading, bothSite) && hasOwnLegSite(reading, symptom);

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

const NUMB_CORE = new WordSet([
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
  "fizzy",
  "buzzy",
  "fuzzy",
  "fuzziness",
  "cant",
  "cannot",
  "couldnt",
  "lost",
  "losing",
  "lose",
  "reduced",
  "less",
  "altered",
  "numbish",
  "numby",
  "numbed",
  // Feeling only just there ("can hardly feel my toes") and likenesses of feeling gone, crawling or not one's own
  // ("like cotton wool", "like ants walking", "belongs to someone else", "as if it's wrapped in cling film").
  "can",
  "could",
  "like",
  "as",
  "ants",
  "insects",
  "bugs",
  "spiders",
  "beetles",
  "crawling",
  "creepy",
  "formication",
  "belong",
  "belongs",
  "belonged",
  "belonging",
  "someone",
  "somebody",
  "detached",
  "disconnected",
  "walking",
  "walk",
  "standing",
  "stand",
  "stepping",
]);

const FAST = new WordSet(["fast", "quickly", "rapidly", "hour", "hours", "suddenly", "minute"]);

/** Numbness getting worse fast ("can't feel my foot and it's getting worse fast"): a rapidly progressing deficit. */
const isSpreadingFast = (reading: Reading, span: Span): boolean =>
  inSentence(reading, "trend-worse", span.first).some((cue) => {
    if (precededByNegation(reading, cue)) return false;
    for (let i = cue.last; i < Math.min(cue.last + 4, reading.tokens.length); i += 1) {
      if (FAST.at(reading, i)) return true;
    }
    return false;
  });

/**
 * In the sentence of token `index`: a level above the usual one, said as such ("still higher than before the
 * session") or as a denied return ("wasn't back to where it was"). Undefined when the sentence says neither.
 */
const aboveBaselineIn = (reading: Reading, index: number): CueHit | undefined => {
  const above = inSentence(reading, "above-baseline", index).find(
    (cue) => !precededByNegation(reading, cue),
  );
  return (
    above ?? inSentence(reading, "baseline", index).find((cue) => precededByNegation(reading, cue))
  );
};

/** Pronouns that stand for a symptom spreading ("it's spreading down my leg", "they're creeping further"). */
const SPREAD_PRONOUNS = new WordSet(["it", "its", "they", "theyre", "this", "that", "which"]);
/** How far before a word of spreading its pronoun may stand ("it has started creeping"). */
const SPREAD_PRONOUN_REACH = 3;

/**
 * What is spreading is a symptom: a pain word in the sentence, a finding told before the spreading, "it" just
 * before it, or a finding after it that is more than soreness. Not the patient reaching further in a stretch with a
 * bit of tightness told after ("Reaching further down to my toes in the stretch today, just a bit of tightness").
 */
const hasSpreadingSymptom = (reading: Reading, spread: CueHit): boolean => {
  if (inSentence(reading, "sym-pain", spread.first).length > 0) return true;
  for (let i = spread.first - 1; i >= Math.max(0, spread.first - SPREAD_PRONOUN_REACH); i -= 1)
    if (SPREAD_PRONOUNS.at(reading, i)) return true;
  const { sentenceOf } = reading.segments;
  for (const hit of reading.hits) {
    if (sentenceOf[hit.first] !== sentenceOf[spread.first]) continue;
    if (hit.first < spread.first || !SORENESS_CONCEPTS.has(hit.concept)) return true;
  }
  return false;
};

/**
 * "someone-else" when what spreads is a symptom told just before it as someone else's ("My dad's sciatica is moving
 * lower, he says it's reaching his ankle"): the spreading is theirs too. Else undefined (its own status counts).
 */
const othersSpreading = (reading: Reading, spread: CueHit): FindingStatus | undefined => {
  const { sentenceOf } = reading.segments;
  let subject: LexiconHit | undefined;
  for (const hit of reading.hits) {
    if (hit.first >= spread.first) break;
    if (sentenceOf[hit.first] === sentenceOf[spread.first]) subject = hit;
  }
  return subject !== undefined && statusOf(reading, subject, subject.concept) === "someone-else"
    ? "someone-else"
    : undefined;
};

/**
 * In the sentence of token `index`: the level as high as the evening before or straight after the session ("woke
 * up just as sore as when I went to bed", "still where I was straight after"), not denied.
 */
const asThenIn = (reading: Reading, index: number): CueHit | undefined =>
  inSentence(reading, "as-then", index).find((cue) => !precededByNegation(reading, cue));

/** "didn't stay up", "never stayed high": a staying up that is denied (the "doesn't calm down" forms are no such). */
const isNegatedStaying = (reading: Reading, cue: CueHit): boolean =>
  !isNegationWord(reading.tokens[cue.first]?.norm ?? "") && precededByNegation(reading, cue);

/** Words of being fine, told before how long it lasted ("was fine for the rest of the session"). */
const FINE_WORDS = new WordSet([
  "fine",
  "ok",
  "okay",
  "good",
  "great",
  "alright",
  "normal",
  "perfect",
  "comfortable",
  "comfy",
  "grand",
  "brilliant",
  "easy",
  "painless",
  "free",
  "better",
  "loose",
  "looser",
]);
/** How far before the lasting words a word of being fine may stand ("felt totally fine for the rest of the day"). */
const FINE_REACH = 3;

/**
 * Lasting words told of being fine, not of pain: "it warmed up and was fine for the rest of the session", "felt good
 * for the rest of the day", "pain free the whole class".
 */
const isFineLasting = (reading: Reading, cue: CueHit): boolean => {
  const { clauseOf } = reading.segments;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - FINE_REACH); i -= 1) {
    if (clauseOf[i] !== clauseOf[cue.first]) return false;
    if (FINE_WORDS.at(reading, i)) return !isNegationWord(reading.tokens[i - 1]?.norm ?? "");
  }
  return false;
};

/** Words that turn from one time or state to another ("it usually goes, but today it stayed"). */
const TURN_WORDS = new WordSet(["but", "however", "though", "although", "yet", "whereas"]);

/** Whether a turn word stands at tokens `from` to `to` (an easing before it is not what stayed after it). */
const isTurnBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) if (TURN_WORDS.at(reading, i)) return true;
  return false;
};

/** How far (in tokens) an easing may stand from the warm-up or the lasting words and still be theirs. */
const WARM_UP_EASING_REACH = 6;

/**
 * Whether an easing (`goes`) is told of the soreness in the warm-up that lasted: between the warm-up and the lasting
 * words, or near either ("sore in the warm-up but it went away", "it lasted the whole class, or so I feared, but it
 * went"). Told before them, it is theirs only with no symptom between ("usually the soreness goes once I'm warmed
 * up"): a symptom told after the easing opens the warm-up's own statement ("... goes as soon as I stop my back was
 * tight in the warmups and it wouldnt let up").
 */
const isEasingNear = (
  reading: Reading,
  goes: CueHit,
  warmUp: CueHit,
  persists: CueHit,
): boolean => {
  const from = Math.min(warmUp.first, persists.first);
  const to = Math.max(warmUp.last, persists.last);
  if (goes.first >= from && goes.last <= to) return true;
  if (goes.last <= from)
    return (
      from - goes.last <= WARM_UP_EASING_REACH &&
      !reading.hits.some((hit) => hit.first >= goes.last && hit.last <= from)
    );
  return goes.first - to <= WARM_UP_EASING_REACH;
};

/** An exercise or a flare near token `index`, in its sentence: what made the pain go up. */
const isExerciseFlare = (reading: Reading, index: number): boolean =>
  // (an exercise named in the sentence: "after the leg press my pain was a 5")
  isExerciseSentence(reading, index) ||
  isEffortNear(reading, index, EFFORT_REACH) ||
  reading.hits.some(
    (hit) =>
      hit.concept === "flare-after-new-exercise" &&
      reading.segments.sentenceOf[hit.first] === reading.segments.sentenceOf[index],
  );

/** Something that flares or hurts in the sentence of token `index`: a pain or flare word, an exercise. */
const hasPainContext = (reading: Reading, index: number): boolean =>
  inSentence(reading, "sym-pain", index).length > 0 ||
  inSentence(reading, "exercise", index).length > 0 ||
  reading.hits.some(
    (hit) =>
      !SORENESS_CONCEPTS.has(hit.concept) &&
      reading.segments.sentenceOf[hit.first] === reading.segments.sentenceOf[index],
  );

/** How near (in tokens) to a stop an easing must be told to be about it ("after I stopped it eased off"). */
const STOP_EASING_REACH = 5;

/** Symptom words other than soreness, told between a finding and a word about it. */
const OTHER_SYMPTOMS = [
  "sym-numb",
  "sym-tingle",
  "sym-weak",
  "sym-pain",
  "sym-wobbly",
  "legs-limp",
] as const;
/**
 * Symptom words other than the tiring of shaky legs: "wobbly and shaky", "wobbly ..., like jelly" tell the one
 * tiredness again, so a recovery told after them is still its own.
 */
const OTHER_THAN_TIRING = ["sym-numb", "sym-tingle", "sym-weak", "sym-pain"] as const;

/** Whether a word of shaky or limp legs ("wobbly", "like jelly") lies inside `span`. */
const hasTiringWordIn = (reading: Reading, span: Span): boolean => {
  for (const kind of TIRED_LEG_KINDS) {
    for (const cue of cuesOf(reading, kind))
      if (cue.first >= span.first && cue.last <= span.last) return true;
  }
  return false;
};

/** Whether another symptom (a lexicon finding or a symptom word, not soreness) lies between `a` and `b`. */
const hasOtherSymptomBetween = (
  reading: Reading,
  a: Span,
  b: Span,
  kinds: readonly CueKind[] = OTHER_SYMPTOMS,
): boolean => {
  const from = Math.min(a.last, b.last);
  const to = Math.max(a.first, b.first);
  // (the legs named again between are a second report: "both legs have gone wobbly ... legs were wobbly after the
  // squats, ... fine after five minutes")
  const tiringIsSame = kinds === OTHER_THAN_TIRING && !hasLegSiteBetween(reading, from, to);
  if (kinds === OTHER_THAN_TIRING && !tiringIsSame)
    return hasOtherSymptomBetween(reading, a, b) || hasOtherPartSorenessBetween(reading, from, to);
  // A pain score or a movement held back between ("... numb It got to a 5 on the curls but once I stopped it came
  // straight down"): what settled is that.
  for (let i = from; i < to; i += 1) if (isScoreLike(reading, i)) return true;
  for (const cue of cuesOf(reading, "lost-move"))
    if (cue.first >= from && cue.last <= to) return true;
  // (soreness dated by a start of its own is another report: "... bit stiff at the start of the class but it went")
  if (hasOwnTimeSorenessBetween(reading, from, to)) return true;
  for (const hit of reading.hits) {
    if (hit.first < from || hit.last > to || SORENESS_CONCEPTS.has(hit.concept)) continue;
    // ("trembly and wobbly walking": the wobbly walk is the same tiring)
    if (tiringIsSame && hasTiringWordIn(reading, hit)) continue;
    if (tiringIsSame && isEffortBurn(reading, hit)) continue;
    return true;
  }
  for (const kind of kinds) {
    for (const cue of cuesOf(reading, kind)) {
      if (cue.first < from || cue.last > to) continue;
      if (tiringIsSame && isEffortBurn(reading, cue)) continue;
      // ("shaky and weak", "wobbly and weak-feeling": the weakness of the same tiring, told with its word)
      if (tiringIsSame && kind === "sym-weak" && isJoinedToTiring(reading, cue)) continue;
      return true;
    }
  }
  return false;
};

/** Words of a muscle burn ("just the burn from the exercise"). */
const BURN_WORDS = new WordSet(["burn", "burning", "burns"]);

/**
 * A burn told as the exercise's own ("it was just the burn from the exercise", "the burn of the squats"): the
 * tiring muscles, not another symptom between the tiring and its recovery.
 */
const isEffortBurn = (reading: Reading, span: Span): boolean => {
  let burn = -1;
  for (let i = span.first; i < span.last; i += 1) if (BURN_WORDS.at(reading, i)) burn = i;
  if (burn < 0) return false;
  const of = reading.tokens[burn + 1]?.norm;
  if (of !== "from" && of !== "of") return false;
  for (let i = burn + 2; i <= burn + 4; i += 1) if (isExertionWordAt(reading, i)) return true;
  return false;
};

/**
 * The shaky-legs word a weakness in `draft` is joined to by "and" ("shaky and weak-feeling ..., both of them",
 * "legs went a bit weak and wobbly"): the one tiring told in two words.
 */
const wobbleJoinedTo = (reading: Reading, draft: Span): CueHit | undefined => {
  const { tokens } = reading;
  for (const weak of cuesOf(reading, "sym-weak")) {
    if (weak.first < draft.first || weak.last > draft.last) continue;
    for (const wobble of cuesOf(reading, "sym-wobbly")) {
      if (wobble.last === weak.first - 1 && tokens[weak.first - 1]?.norm === "and") return wobble;
      if (wobble.first === weak.last + 1 && tokens[weak.last]?.norm === "and") return wobble;
    }
  }
  return undefined;
};

/** Whether a symptom word is joined by "and" to a word of legs that only tire: "shaky and weak", "weak and wobbly". */
const isJoinedToTiring = (reading: Reading, cue: Span): boolean => {
  const { tokens } = reading;
  for (const kind of TIRED_LEG_KINDS) {
    for (const tiring of cuesOf(reading, kind)) {
      if (tiring.last === cue.first - 1 && tokens[cue.first - 1]?.norm === "and") return true;
      if (tiring.first === cue.last + 1 && tokens[cue.last]?.norm === "and") return true;
    }
  }
  return false;
};

/**
 * A "still" in the sentence of a stop ("even though I stopped") where something flared or hurt, and nothing near it
 * settles or eases: the pain did not settle after stopping. The settling words of the stop itself ("stopped"), and
 * those told far off or of another symptom, do not count.
 */
const stillAfterStopping = (reading: Reading, stop: CueHit): CueHit | undefined => {
  // (with nothing of pain or exercise in the sentence, only a pain that does not settle tells what it is: "even
  // after I finished and lay down it didn't want to settle")
  const context = hasPainContext(reading, stop.first) || isExerciseSentence(reading, stop.first);
  // ("I stopped the set ...": a stop told as the verb itself; an easing told before it is of something else)
  const stopFirst = STOP_VERBS.at(reading, stop.first);
  const eases = (kind: CueKind): boolean =>
    inSentence(reading, kind, stop.first).some(
      (cue) =>
        ((cue.last <= stop.first && !stopFirst) || cue.first >= stop.last) &&
        Math.max(cue.first - stop.last, stop.first - cue.last) <= STOP_EASING_REACH &&
        !precededByNegation(reading, cue) &&
        !isInsteadOf(reading, cue) &&
        // ("after stopping it's gone up to 5": the pain rising, not gone)
        !isGoneUp(reading, cue) &&
        !hasOtherSymptomBetween(reading, stop, cue),
    );
  // (Back to normal by the next morning does not undo a pain that did not settle after stopping.)
  if (eases("settle") || eases("trend-better")) return undefined;
  // "still flared hours later", or a staying after the stop ("when I stopped it just stayed at 5").
  const still = !context
    ? undefined
    : inSentence(reading, "still", stop.first).find(
        (cue) =>
          (reading.tokens[cue.first]?.norm === "still" ||
            (cue.first >= stop.last && STAYED.at(reading, cue.first))) &&
          !precededByNegation(reading, cue),
      );
  if (still) return still;
  // Words of it lasting or staying up, before or after the stop ("built up ... and kept going even after I
  // stopped", "stays ramped for hours after, instead of easing off when I stop", "after I stop ... it stays just
  // as bad"): not a spell of seconds ("it lasted a few seconds after I stopped").
  for (const kind of context ? LASTING_KINDS : STAYS_UP) {
    for (const cue of inSentence(reading, kind, stop.first)) {
      if (cue.first >= stop.first && cue.first < stop.last) continue;
      // (on its own, only a denied settling: "didn't want to settle", not "for the rest of the day")
      if (!context && !isNegationWord(reading.tokens[cue.first]?.norm ?? "")) continue;
      if (
        isNegatedStaying(reading, cue) ||
        isBriefAfter(reading, cue) ||
        isFineLasting(reading, cue) ||
        isWishToGoOn(reading, cue) ||
        isDownSomewhere(reading, cue)
      )
        continue;
      if (isEasedAfter(reading, cue, stop)) continue;
      return cue;
    }
  }
  return undefined;
};

/** Words that open a stop told as the verb itself ("I stopped the set", "had to stop the exercise"). */
const STOP_VERBS = new WordSet(["i", "stopped", "stop", "had"]);

/**
 * A word of a simile for the pain's quality, not a change of the calf: "into my calf, like a hot wire", "like a
 * tight band".
 */
const isSimileWord = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const article = tokens[cue.first - 1]?.norm;
  return (
    ((article === "a" || article === "an") && tokens[cue.first - 2]?.norm === "like") ||
    isPainQualityHeat(reading, cue)
  );
};

/** Words of heat that can tell a pain's quality, not the skin's ("a hot burning pain", "a warm ache"). */
const HEAT_WORDS = new WordSet(["hot", "warm"]);
/** Words of a pain's kind after heat ("hot burning pain", "hot searing", "a hot stabbing pain"). */
const PAIN_QUALITIES = new WordSet([
  "burning",
  "searing",
  "stabbing",
  "sharp",
  "shooting",
  "stinging",
  "scalding",
  "electric",
]);
/** Pain nouns a heat word may describe straight before them ("a hot pain", "a warm ache"). */
const PAIN_NOUNS = new WordSet(["pain", "pains", "ache", "aching", "sensation", "feeling"]);

/**
 * "hot" or "warm" told of the pain, not of the calf: a pain's kind or a pain noun straight after it ("a hot
 * burning pain in my left calf", "a hot pain in the calf", "a hot, stabbing pain"). Not "my calf is hot and
 * burning", "hot, red calf".
 */
const isPainQualityHeat = (reading: Reading, cue: CueHit): boolean => {
  if (cue.last - cue.first !== 1 || !HEAT_WORDS.at(reading, cue.first)) return false;
  // ("a hot, stabbing pain": with a comma, the pain itself named after its kind)
  if (reading.tokens[cue.last]?.norm === ",")
    return PAIN_QUALITIES.at(reading, cue.last + 1) && PAIN_NOUNS.at(reading, cue.last + 2);
  return PAIN_QUALITIES.at(reading, cue.last) || PAIN_NOUNS.at(reading, cue.last);
};

/** Words before "to keep going" that make it the patient's wish to go on, not a pain that lasts. */
const WISH_WORDS = new WordSet([
  "want",
  "wants",
  "wanted",
  "going",
  "plan",
  "planning",
  "hoping",
  "hope",
  "trying",
  "try",
  "like",
  "prefer",
  "rather",
]);

/**
 * The patient's wish or plan to carry on, not a pain that keeps going: "my partner keeps telling me to stop the
 * exercises but I want to keep going".
 */
const isWishToGoOn = (reading: Reading, cue: CueHit): boolean =>
  reading.tokens[cue.first - 1]?.norm === "to" && WISH_WORDS.at(reading, cue.first - 2);

/** Words of pain lasting or staying up ("kept going", "stays", "stays ramped", "hasn't calmed down"). */
const LASTING_KINDS = ["persists", "stays-up", "not-calmed"] as const;
/** Words of pain staying up ("didn't want to settle", "hasn't calmed down"), which tell of a pain on their own. */
const STAYS_UP = ["stays-up", "not-calmed"] as const;

/** How far after a word of lasting a spell of seconds or minutes may say how long ("lasted a minute or two"). */
const BRIEF_REACH = 3;

/** A spell of seconds or a few minutes told right after `cue` ("lasted a few seconds"): brief, no lasting. */
const isBriefAfter = (reading: Reading, cue: CueHit): boolean => {
  for (const brief of cuesOf(reading, "brief-spell")) {
    if (brief.first >= cue.last && brief.first - cue.last <= BRIEF_REACH) return true;
  }
  return false;
};

/** How near after a word of lasting an easing answers it ("lasted maybe 10 minutes then went away"). */
const LASTED_EASING_REACH = 6;

/**
 * An easing or settling told soon after a word of lasting, in its sentence, not denied or "instead of", and not
 * the stop's own word ("kept going after I stopped").
 */
const isEasedAfter = (reading: Reading, cue: CueHit, stop: Span): boolean => {
  const sentence = reading.segments.sentenceOf[cue.first];
  for (const kind of ["settle", "trend-better", "baseline"] as const) {
    for (const easing of cuesOf(reading, kind)) {
      if (easing.first < cue.last || easing.first - cue.last > LASTED_EASING_REACH) continue;
      if (easing.first >= stop.first && easing.first < stop.last) continue;
      if (reading.segments.sentenceOf[easing.first] !== sentence) continue;
      if (!precededByNegation(reading, easing) && !isInsteadOf(reading, easing)) return true;
    }
  }
  return false;
};

/** "instead of easing off", "rather than settling": an easing told as what did not happen. */
const isInsteadOf = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const prev = tokens[cue.first - 1]?.norm;
  const prev2 = tokens[cue.first - 2]?.norm;
  return (prev === "of" && prev2 === "instead") || (prev === "than" && prev2 === "rather");
};

/** Words of the pain staying where it was (read after the patient stopped). */
const STAYED = new WordSet(["stayed", "stays", "remained", "remains", "persisted", "persists"]);

/** Whether a cue of `kind` lies between two token positions (either order). */
const hasCueBetween = (reading: Reading, kind: CueKind, a: number, b: number): boolean => {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  for (const cue of cuesOf(reading, kind)) if (cue.first >= from && cue.last <= to) return true;
  return false;
};

/**
 * Numbness or tingling said to settle: the settling word nearest after it (else nearest before it), in its
 * sentence or the next one that continues it, is not denied, and no "constantly" or "persists" stands between.
 * The nearest, so that "pins and needles that hasn't gone away" told beside another tingle that "goes away when
 * I stop" stays lasting.
 */
const settlesSoon = (reading: Reading, draft: Draft): boolean => {
  // ("the tingle that used to clear when I stood up has been constant": it no longer clears; "my foot has been numb
  // since Monday" persists, whatever settled in the rest of a run-on message)
  if (clearedOnlyOnce(reading, draft) || isToldDaysLong(reading, draft)) return false;
  let best: CueHit | undefined;
  let bestDistance = Infinity;
  for (const cue of inSentenceOrNext(reading, "settle", draft.first)) {
    // A settling told of another symptom in between ("... numb. It hurt in the lunges but settled") is not its.
    if (hasOtherSymptomBetween(reading, draft, cue)) continue;
    // One told before it is its own only in its clause ("comes and goes, the tingle in my toes"): past a "but" it is
    // of what came before ("my back was sore but it went away, but my foot has been numb since Monday").
    // So is one told after another finding ("my back was sore but it went away and my foot has been numb").
    if (
      cue.last <= draft.first &&
      (!isSameClause(reading, cue.first, draft.first) || hasFindingBefore(reading, cue.first))
    )
      continue;
    // Words after the symptom say what it does; those before it only when nothing follows.
    const distance =
      cue.first >= draft.last ? cue.first - draft.last : 1000 + draft.first - cue.last;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  // ("don't go even when I change position": the condition is told as not helping)
  if (best === undefined || precededByNegation(reading, best) || isHeldDespite(reading, best))
    return false;
  const at = best.first >= draft.last ? draft.last : draft.first;
  return (
    !hasCueBetween(reading, "ongoing", at, best.first) &&
    !hasCueBetween(reading, "persists", at, best.first)
  );
};

const isSameClause = (reading: Reading, a: number, b: number): boolean =>
  reading.segments.clauseOf[a] === reading.segments.clauseOf[b];

/** Whether a lexicon finding is told before token `index` in its sentence. */
const hasFindingBefore = (reading: Reading, index: number): boolean => {
  const { sentenceOf } = reading.segments;
  for (const hit of reading.hits)
    if (hit.last <= index && sentenceOf[hit.first] === sentenceOf[index]) return true;
  return false;
};

/** Words after "the right" or "the left" that make it no side of the body ("going the right way"). */
const NOT_A_SIDE_AFTER = new WordSet([
  "way",
  "direction",
  "track",
  "thing",
  "things",
  "time",
  "answer",
  "call",
  "amount",
  "decision",
  "choice",
  "idea",
  "path",
  "lines",
  "stuff",
  "questions",
  "question",
  "person",
  "people",
  "exercises",
]);

/** Sitting on something that presses on the bottom: a hard chair, a bench, a bike saddle, a long drive. */
const SEAT_WORDS = new Set([
  "sitting",
  "sat",
  "sit",
  "sits",
  "seat",
  "seats",
  "seated",
  "chair",
  "chairs",
  "bench",
  "benches",
  "bleachers",
  "stool",
  "stools",
  "pew",
  "pews",
  "bike",
  "bikes",
  "bicycle",
  "cycling",
  "cycle",
  "cycled",
  "riding",
  "ride",
  "rode",
  "driving",
  "drive",
  "drove",
  "spin",
  "spinning",
  // (the bike's saddle; "saddle area", "my seat" and "sit bones" are the body, see `isSeatPressureCleared`)
  "saddle",
]);
/** Words after "saddle" that make it the body's saddle area, not a seat. */
const SITE_AFTER_SADDLE = new WordSet(["area", "region", "anaesthesia", "anesthesia", "numbness"]);
/** Wiping: an altered feeling when wiping is a cauda equina sign however briefly it is told. */
const WIPING_WORDS = new Set(["wipe", "wiping", "wiped", "wipes", "paper", "tissue"]);

/**
 * Numbness of the bottom told with sitting on something in its sentence ("my bum went numb on the hard bleachers")
 * that clears within minutes as the patient gets up ("came back as soon as I got off"), with no word of wiping in
 * that sentence: pressure from the seat. Numbness that lasts ("still numb", "for hours since") does not clear (see
 * `clearsOnGettingUp`).
 */
const isSeatPressureCleared = (reading: Reading, draft: Draft): boolean => {
  const { tokens } = reading;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[draft.first] ?? 0;
  const end = sentenceStarts[sentence + 1] ?? tokens.length;
  let seat = false;
  for (let i = sentenceStarts[sentence] ?? 0; i < end; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (WIPING_WORDS.has(norm)) return false;
    if (
      SEAT_WORDS.has(norm) &&
      !SITE_AFTER_SADDLE.at(reading, i + 1) &&
      !inSpanOf(reading, "site-saddle", i)
    )
      seat = true;
  }
  return seat && clearsOnGettingUp(reading, draft);
};

/** Numbness or tingling said to settle, to clear within minutes or to last seconds or a few minutes. */
const isPassingTingle = (reading: Reading, draft: Draft): boolean =>
  (settlesSoon(reading, draft) ||
    clearsWithinMinutes(reading, draft) ||
    isBriefSpell(reading, draft)) &&
  // ("on and off for a few minutes at a time, but since Monday it's there all the time")
  !isLastingNowAfter(reading, draft);

/** How far after a loss of movement its coming back may be told. */
const MOTION_BACK_REACH = 14;
/** Words before "back to normal" that say it is not there yet ("almost back to normal"). */
const NOT_YET = new WordSet(["almost", "nearly", "mostly", "not", "never"]);

/**
 * A word of movement coming back after a loss, soon after it in its sentence or the next, not denied, not "almost",
 * and nothing between that it could be said of instead: another symptom or a score ("... 7 for a sec then straight
 * back to normal"). A loss said to last ("still stuck", "isn't coming back") stays.
 */
const isMovementBack = (reading: Reading, draft: Draft): boolean => {
  if (inSentence(reading, "move-persist", draft.first).length > 0) return false;
  for (const cue of inSentenceOrNext(reading, "motion-back", draft.first)) {
    if (cue.first < draft.last || cue.first - draft.last > MOTION_BACK_REACH) continue;
    if (precededByNegation(reading, cue) || NOT_YET.at(reading, cue.first - 1)) continue;
    if (!hasOtherSymptomBetween(reading, draft, cue) && !hasNumberBetween(reading, draft, cue))
      return true;
  }
  // ("my back seized up, the worst in months, but it's easing a bit each day and today I'm moving much better")
  for (const cue of inSentence(reading, "moving-better", draft.first)) {
    if (cue.first < draft.last || cue.first - draft.last > MOVING_BETTER_REACH) continue;
    if (!precededByNegation(reading, cue)) return true;
  }
  return false;
};

/** How far after a loss of movement, in its sentence, moving better may be told of it. */
const MOVING_BETTER_REACH = 30;

/** Whether a number (a score, most often) is told between a span and a cue after it. */
const hasNumberBetween = (reading: Reading, span: Span, cue: CueHit): boolean => {
  for (let i = span.last; i < cue.first; i += 1) {
    if (reading.tokens[i]?.kind === "number") return true;
  }
  return false;
};

/** Verbs of a symptom travelling ("the ache runs down", "it's reaching into", "the soreness creeps down"). */
const TRAVEL_VERBS = new WordSet([
  "runs",
  "run",
  "running",
  "ran",
  "goes",
  "going",
  "went",
  "gone",
  "travels",
  "travelling",
  "traveling",
  "travelled",
  "traveled",
  "reaches",
  "reaching",
  "reached",
  "extends",
  "extending",
  "extended",
  "spreads",
  "spreading",
  "spread",
  "creeps",
  "creeping",
  "crept",
  "moves",
  "moving",
  "moved",
  "radiates",
  "radiating",
  "radiated",
  "wraps",
  "wrapping",
  "heads",
  "heading",
  "trickles",
  "trickling",
]);
/** Words that may stand between the verb and where it goes ("runs right down", "goes all the way into"). */
const TRAVEL_FILLERS = new WordSet([
  "right",
  "all",
  "the",
  "way",
  "on",
  "further",
  "straight",
  "now",
  "also",
]);
/** Words between a denial and the travel verb it denies ("it's not really going down my leg"). */
const DENIED_TRAVEL_FILLERS = new WordSet([
  "really",
  "actually",
  "ever",
  "even",
  "at",
  "all",
  "always",
]);

/**
 * A travel verb right before the direction, denied ("it's not going down my leg", "it doesn't go down into my
 * leg", "never spreads down my leg"): the negation reads as "not going down" (not improving) when no place follows,
 * so it is looked for here.
 */
const isTravelDenied = (reading: Reading, direction: CueHit): boolean => {
  const { tokens } = reading;
  let verb = direction.first - 1;
  while (verb > direction.first - 4 && TRAVEL_FILLERS.at(reading, verb)) verb -= 1;
  if (!TRAVEL_VERBS.at(reading, verb) && !TRAVEL_PAIN_VERBS.at(reading, verb)) return false;
  let before = verb - 1;
  while (before > verb - 3 && DENIED_TRAVEL_FILLERS.at(reading, before)) before -= 1;
  return isNegationWord(tokens[before]?.norm ?? "");
};
/** Verbs of pain that travel ("not shooting down my leg"). */
const TRAVEL_PAIN_VERBS = new WordSet([
  "go",
  "spread",
  "travel",
  "shooting",
  "shoot",
  "shoots",
  "radiating",
  "radiate",
  "radiates",
]);

/**
 * Ache words that travel (pain words are `sym-pain`, and count wherever they are in the clause), and "it" as the
 * subject of a travel verb ("it has started reaching into my left butt cheek").
 */
const TRAVELLERS = new Set([
  "it",
  "its",
  "ache",
  "aches",
  "aching",
  "achy",
  "achiness",
  "soreness",
  "discomfort",
  "niggle",
  "throb",
  "throbbing",
]);
/** Words that name someone doing something: "I went down to my knees" is the patient moving, not an ache. */
const PERSON_WORDS = new Set(["i", "im", "ive", "we", "you", "he", "she", "they", "someone"]);
/** How far before its verb the ache may be named ("the dull ache that sat across my lower back now creeps down"). */
const ACHE_REACH = 9;

/**
 * An ache that travels down or into a leg ("The ache now also runs down the side of my right leg", "it has started
 * reaching into my left butt cheek"): a travel verb right before the direction (fillers aside) and an ache word or
 * "it" before it in its clause, with no one else doing the moving between.
 */
const isAcheTravelling = (reading: Reading, direction: CueHit): boolean => {
  const { tokens } = reading;
  const { clauseOf } = reading.segments;
  let verb = direction.first - 1;
  while (verb > direction.first - 4 && TRAVEL_FILLERS.at(reading, verb)) verb -= 1;
  if (!TRAVEL_VERBS.at(reading, verb)) return false;
  const clause = clauseOf[direction.first];
  for (let i = verb - 1; i >= Math.max(0, verb - ACHE_REACH) && clauseOf[i] === clause; i -= 1) {
    const norm = tokens[i]?.norm ?? "";
    if (PERSON_WORDS.has(norm)) return false;
    if (TRAVELLERS.has(norm)) return !isNegated(reading, { first: i, last: i + 1 });
  }
  return false;
};

/** Muscles among the leg sites: a burn in them while exercising is the muscle working ("my quads burn"). */
const MUSCLE_WORDS = new WordSet([
  "quad",
  "quads",
  "quadricep",
  "quadriceps",
  "muscle",
  "muscles",
  "thigh",
  "thighs",
  "calf",
  "calves",
  "glute",
  "glutes",
  "hamstring",
  "hamstrings",
  "hip",
  "hips",
  "flexors",
]);

/** Whether a leg site is a muscle worked in the exercise ("quads", "thigh muscles"), not a place pain goes to. */
const isMuscleSite = (reading: Reading, site: CueHit): boolean => {
  for (let i = site.first; i < site.last; i += 1) {
    if (MUSCLE_WORDS.at(reading, i)) return true;
  }
  return false;
};

/**
 * In the sentence of `span`: an exercise, a settling that is not denied, and nothing going down a leg (a leg site
 * other than a muscle).
 */
const isExerciseBurn = (reading: Reading, span: Span): boolean =>
  (inSentence(reading, "exercise", span.first).length > 0 ||
    isEffortNear(reading, span.first, EFFORT_REACH)) &&
  settlesOrIsSoreness(reading, span) &&
  inSentence(reading, "direction", span.first).length === 0 &&
  inSentence(reading, "site-leg", span.first).every((site) => isMuscleSite(reading, site));

/** How near after a burn its settling must be told. */
const BURN_REACH = 12;

/**
 * A burn said to settle ("stops as soon as I stop") near after it in its sentence and not said to go on ("burning
 * pain in my calf that doesn't go away"), or called muscle soreness in its sentence or the next.
 */
const settlesOrIsSoreness = (reading: Reading, span: Span): boolean => {
  let settles = false;
  for (const cue of inSentence(reading, "settle", span.first)) {
    if (cue.first < span.last || cue.first - span.last > BURN_REACH) continue;
    if (precededByNegation(reading, cue)) return false;
    settles = true;
  }
  if (settles) return true;
  const { sentenceOf } = reading.segments;
  const own = sentenceOf[span.first] ?? 0;
  for (const hit of reading.hits) {
    const sentence = sentenceOf[hit.first] ?? 0;
    if (hit.concept !== "doms" || (sentence !== own && sentence !== own + 1)) continue;
    if (statusOf(reading, hit, "doms") === "present") return true;
  }
  return false;
};

/** Words of a flare bigger than usual: "bigger than normal", "worse than usual". */
const BIGGER = new Set([
  "bigger",
  "worse",
  "nastier",
  "larger",
  "stronger",
  "longer",
  "more",
  "higher",
]);
// ("bigger than any so far", "sorer than I've ever been", "worse than the others", "than previous ones")
const USUAL = new Set([
  "normal",
  "usual",
  "normally",
  "usually",
  "before",
  "last",
  "any",
  "ever",
  "others",
  "previous",
  "previously",
]);
/** Words of soreness itself that can be told bigger or longer than usual. */
const SORENESS_WORDS: ReadonlySet<string> = new Set(["mild-soreness", "doms", "stiffness"]);

/**
 * "than usual", "than my usual", "than normal for me", "instead of the usual (one)", "instead of my normal": the
 * usual size or length, told from token `at`.
 */
const usualAfter = (reading: Reading, at: number): boolean => usualWordAfter(reading, at) !== "";

/** The word of the usual that `usualAfter` finds from token `at` ("usual", "ever", "any"...), or "". */
const usualWordAfter = (reading: Reading, at: number): string => {
  const { tokens } = reading;
  const norm = tokens[at]?.norm;
  let i = at + 1;
  // ("rather than the usual one" is told as "instead of the usual one")
  if (norm === "instead" && tokens[i]?.norm === "of") i += 1;
  else if (norm === "rather" && tokens[i]?.norm === "than") i += 1;
  else if (norm !== "than") return "";
  if (tokens[i]?.norm === "my" || tokens[i]?.norm === "the" || tokens[i]?.norm === "what") i += 1;
  // ("than what I usually get", "than I've ever been", "longer than it normally does")
  if (tokens[i]?.norm === "i" || tokens[i]?.norm === "ive" || tokens[i]?.norm === "it") i += 1;
  // ("instead of one like usual", "rather than a day as normal": the usual length, then the word of the usual)
  if (norm !== "than" || tokens[i - 1]?.norm === "than") {
    let j = i;
    if (tokens[j]?.norm === "a" || tokens[j]?.norm === "an" || numberValue(tokens[j]) !== undefined)
      j += 1;
    if (LENGTH_UNITS.at(reading, j)) j += 1;
    if (j > i && (tokens[j]?.norm === "like" || tokens[j]?.norm === "as")) i = j + 1;
  }
  const usual = tokens[i]?.norm ?? "";
  return USUAL.has(usual) ? usual : "";
};

/** Words of the usual that make a comparison the most ever ("sorer than ever", "than any session so far"). */
const EVER = new Set(["ever", "any"]);
/** How far after a flare its size may be told. */
const FLARE_SIZE_REACH = 8;

/** Words of size before "one" that call a flare big ("was a big one this time", "a really nasty one"). */
const BIG_ONE = new WordSet([
  "big",
  "bigger",
  "bad",
  "nasty",
  "huge",
  "massive",
  "major",
  "proper",
  "rough",
  "serious",
  "monster",
]);
/** Words of degree between "a" and such a word ("a really big one"). */
const BIG_ONE_DEGREE = new WordSet([
  "really",
  "very",
  "pretty",
  "proper",
  "real",
  "right",
  "fairly",
]);

/** "a big one", "a really nasty one": a flare called big, the "one" at `i`. */
const isBigOneAt = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  if (tokens[i]?.norm !== "one" || !BIG_ONE.at(reading, i - 1)) return false;
  const article = BIG_ONE_DEGREE.at(reading, i - 2) ? i - 3 : i - 2;
  return tokens[article]?.norm === "a";
};

/** Whether the flare's size is told at token `i`: "bigger than normal", "instead of the usual", "a big one". */
const isFlareSizeAt = (reading: Reading, i: number): boolean => {
  const norm = reading.tokens[i]?.norm ?? "";
  return (
    ((BIGGER.has(norm) && usualAfter(reading, i + 1)) ||
      ((norm === "instead" || norm === "rather") && usualAfter(reading, i)) ||
      isBigOneAt(reading, i)) &&
    !precededByNegation(reading, { first: i, last: i + 1 })
  );
};

/** Words that may open a sentence before the size of a flare told before it ("Much worse than my usual ache"). */
const SIZE_OPENERS = new WordSet([
  "much",
  "way",
  "far",
  "a",
  "lot",
  "loads",
  "it",
  "was",
  "its",
  "so",
]);
/** How many such words may open it. */
const SIZE_OPENER_REACH = 3;

/**
 * "Bit of a flare after Thursday's session, bigger than normal", "flare after pt was a big one this time": the
 * flare's size, told after it in its sentence; or at the start of the next one, its subject left out ("Flared
 * once, last week, after the session with the heavier band. Much worse than my usual post-PT ache.").
 */
const isBiggerThanUsual = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[span.first] ?? 0;
  const end = Math.min(tokens.length, span.last + FLARE_SIZE_REACH);
  for (let i = span.last; i < end && sentenceOf[i] === sentence; i += 1)
    if (isFlareSizeAt(reading, i)) return true;
  const next = sentenceStarts[sentence + 1];
  if (next === undefined) return false;
  for (let i = next; i <= next + SIZE_OPENER_REACH && sentenceOf[i] === sentence + 1; i += 1) {
    if (isFlareSizeAt(reading, i)) return true;
    if (!SIZE_OPENERS.at(reading, i)) return false;
  }
  return false;
};

/** Words of soreness bigger or longer than usual ("sore for longer than normal", "stiffness stronger than usual"). */
const SORER = new WordSet([
  "bigger",
  "worse",
  "stronger",
  "longer",
  "higher",
  "sorer",
  "stiffer",
  "achier",
]);
/**
 * "for a day instead of the usual two": the length told before "instead of" / "rather than" (at `at`) is no more
 * than the usual one's number told after it, so the soreness was shorter than usual, not longer.
 */
const isShorterThanUsual = (reading: Reading, at: number): boolean => {
  const { tokens } = reading;
  const unit = LENGTH_UNITS.at(reading, at - 1) ? at - 1 : at - 2;
  const before = tokens[unit - 1];
  const told = before?.norm === "a" || before?.norm === "an" ? 1 : numberValue(before);
  let i = at + 2;
  while (i < at + 5 && numberValue(tokens[i]) === undefined) i += 1;
  const usual = numberValue(tokens[i]);
  return told !== undefined && usual !== undefined && told <= usual;
};

/** Time units before "instead of the usual": a length ("for two days instead of the usual one"). */
const LENGTH_UNITS = new WordSet(["day", "days", "hours", "hour", "week", "weeks", "nights"]);

/**
 * Soreness told after it, in its sentence, to be bigger or longer than the patient's usual (or told as the most
 * ever in its own word, "sorer than I've ever been"): "grumpy for two days
 * instead of the usual one", "achy for longer than normal", "sore, more than usual". Not "sore but I did more than
 * usual" (what was more is what was done) or "squats instead of the usual lunges".
 */
const isSorenessBiggerThanUsual = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  // The soreness word itself the comparison, told as the most ever ("sorer than I've ever been after PT"); "a bit
  // sorer than usual" alone stays the usual soreness.
  if (
    SORER.at(reading, span.last - 1) &&
    EVER.has(usualWordAfter(reading, span.last)) &&
    !precededByNegation(reading, { first: span.last - 1, last: span.last })
  )
    return true;
  const end = Math.min(tokens.length, span.last + FLARE_SIZE_REACH);
  for (let i = span.last; i < end; i += 1) {
    if (sentenceOf[i] !== sentenceOf[span.first]) return false;
    const norm = tokens[i]?.norm ?? "";
    const bigger =
      (SORER.has(norm) || (norm === "more" && i - span.last <= 1)) && usualAfter(reading, i + 1);
    const longer =
      (norm === "instead" || norm === "rather") &&
      usualAfter(reading, i) &&
      (LENGTH_UNITS.at(reading, i - 1) || LENGTH_UNITS.at(reading, i - 2)) &&
      !isShorterThanUsual(reading, i);
    if ((bigger || longer) && !precededByNegation(reading, { first: i, last: i + 1 })) return true;
  }
  return false;
};

/**
 * A flare called the worst or biggest since some time, in its sentence or the next ("The flare-up ... is almost
 * gone. It was the worst I've had since starting PT"), not denied.
 */
const isWorstFlareNear = (reading: Reading, span: Span): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first] ?? 0;
  for (const cue of cuesOf(reading, "worst-flare")) {
    const at = sentenceOf[cue.first] ?? -1;
    if (at < sentence) continue;
    if (at > sentence + 1) break;
    // (not "nothing that kept me off work")
    const before = reading.tokens[cue.first - 2]?.norm;
    if (!precededByNegation(reading, cue) && before !== "nothing" && before !== "none") return true;
  }
  return false;
};

/** Laughs and jokes after a word: "lol", "haha", "😂", "jk". */
const LAUGHS = new WordSet([
  "lol",
  "lmao",
  "lmfao",
  "rofl",
  "haha",
  "hahaha",
  "hehe",
  "jk",
  "joking",
  "kidding",
  "😂",
  "🤣",
  "😅",
  "😆",
]);

/** A laugh right after the span, and the pain scored out of ten at 6 or less, never more. */
const isJokingSevere = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  let laugh = false;
  for (let i = span.last; i < Math.min(tokens.length, span.last + 3); i += 1) {
    if (LAUGHS.at(reading, i)) laugh = true;
  }
  if (!laugh) return false;
  let mild = false;
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    if (tokens[i]?.kind !== "number") continue;
    // (any 7 to 10 in the message may be a score of it: "my pain score is 8")
    const value = Number(tokens[i]?.norm);
    if (value >= 7 && value <= 10 && tokens[i - 1]?.norm !== "/") return false;
    const outOfTen =
      (tokens[i + 1]?.norm === "/" || tokens[i + 1]?.norm === "out") &&
      (tokens[i + 2]?.norm === "10" || tokens[i + 3]?.norm === "10");
    if (!outOfTen) continue;
    if (Number(tokens[i]?.norm) > 6) return false;
    mild = true;
  }
  return mild;
};

/** Calf words that tell of both calves. */
const BOTH_CALVES = new Set(["calves", "both"]);
/** Signs in a calf that exercise leaves ("tight", "sore"), not swelling, heat or redness. */
const WORKED_CALF = new Set([
  "tight",
  "tightness",
  "tender",
  "sore",
  "painful",
  "aching",
  "achy",
  "stiff",
  "cramping",
  "hurting",
  "hurt",
  "hurts",
]);

/**
 * Both calves (the plural, or "both" told with them) tight or sore after an exercise in their sentence, with no
 * word of swelling, heat or redness among the signs: the calves' work.
 */
const isBothCalvesWorked = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  let both = false;
  let worked = false;
  for (let i = span.first; i < span.last; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (BOTH_CALVES.has(norm)) both = true;
    if (WORKED_CALF.has(norm)) worked = true;
    else if (inSpanOf(reading, "calf-sign", i)) return false;
  }
  // "..., both of them": a "both" soon after, with no other leg named between and no side named in the span.
  const end = Math.min(tokens.length, span.last + BOTH_REACH);
  for (let i = span.last; i < end && sentenceOf[i] === sentenceOf[span.first]; i += 1) {
    if (tokens[i]?.norm !== "both") continue;
    // ("... after the heel raises the physio tested both big toes": both of something else)
    if (OTHER_PAIRS.has(tokens[i + 1]?.norm ?? "")) break;
    if (!hasSideIn(reading, span) && !hasLegSiteBetween(reading, span.last, i)) both = true;
    break;
  }
  return both && worked && isEffortNear(reading, span.first, EFFORT_REACH);
};

/**
 * One calf tight or sore after a calf exercise in its sentence ("after the new calf raises my right calf is tight
 * and sore ..., no swelling, not red or hot"), with no recent spinal surgery told: the worked muscle. The clot rule
 * of one calf is about a calf after spinal surgery; without it, tightness and soreness alone after exercise are
 * the calf's work. Not when a sign of swelling, heat, redness or colour is told present in the sentence.
 */
const isOneCalfWorked = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  for (let i = span.first; i < span.last; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (!WORKED_CALF.has(norm) && inSpanOf(reading, "calf-sign", i)) return false;
  }
  if (!isEffortNear(reading, span.first, EFFORT_REACH) || findRecentSurgery(reading)) return false;
  return !inSentence(reading, "calf-sign", span.first).some(
    (cue) =>
      !WORKED_CALF.has(tokens[cue.first]?.norm ?? "") &&
      !precededByNegation(reading, cue) &&
      !isNegated(reading, cue),
  );
};

/** Parts named after a "both" that make it both of them, not both calves ("both big toes", "both knees"). */
const OTHER_PAIRS = new Set([
  "big",
  "toes",
  "feet",
  "legs",
  "knees",
  "hips",
  "thighs",
  "arms",
  "hands",
  "shoulders",
  "ankles",
  "heels",
  "buttocks",
]);

/** How far after a calf finding a "both" may say it is both calves. */
const BOTH_REACH = 8;
const SIDE_WORDS = new WordSet(["left", "right", "one"]);

const hasSideIn = (reading: Reading, span: Span): boolean => {
  for (let i = span.first; i < span.last; i += 1) {
    if (SIDE_WORDS.at(reading, i)) return true;
  }
  return false;
};

const hasLegSiteBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const kind of ["site-leg", "site-both"] as const) {
    for (const site of cuesOf(reading, kind))
      // (a leg that names an exercise is no second report: "like after leg day", "after the calf raises")
      if (site.first >= from && site.first < to && !isExertionWordAt(reading, site.first))
        return true;
  }
  return false;
};

/** Whether a cue of `kind` covers token `i`. */
const inSpanOf = (reading: Reading, kind: CueKind, i: number): boolean => {
  for (const cue of cuesOf(reading, kind)) if (cue.first <= i && i < cue.last) return true;
  return false;
};

/** A muscle named in the sentence of `span`: a leg site that is a muscle, or a muscle word ("glutes", "muscles"). */
const isMuscleNamedIn = (reading: Reading, span: Span): boolean => {
  for (const site of inSentence(reading, "site-leg", span.first))
    if (isMuscleSite(reading, site)) return true;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[span.first] ?? 0;
  const end = sentenceStarts[sentence + 1] ?? reading.tokens.length;
  for (let i = sentenceStarts[sentence] ?? 0; i < end; i += 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (BURN_MUSCLES.has(norm) || (MUSCLE_NAMES.has(norm) && !isBackMuscleAt(reading, i)))
      return true;
  }
  return false;
};

/** Words before "muscles" that make them the back's ("my lower back muscles"): a burn there is no limb's work. */
const BACK_MUSCLE_WORDS = new WordSet([
  "back",
  "spine",
  "spinal",
  "lumbar",
  "paraspinal",
  "erector",
]);

/** Whether the muscle word at token `i` names the back's muscles ("lower back muscles burning"). */
const isBackMuscleAt = (reading: Reading, i: number): boolean =>
  BACK_MUSCLE_WORDS.at(reading, i - 1);

/** "muscle burn": a burn named as the muscles'. */
const MUSCLE_NAMES = new WordSet(["muscle", "muscles", "muscular"]);
const isMuscleBurnWord = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  const word = tokens[span.first]?.norm;
  if (word !== "burn" && word !== "burning") return false;
  if (MUSCLE_NAMES.at(reading, span.first - 1) && !isBackMuscleAt(reading, span.first - 1))
    return true;
  // "the dead bugs made my abs burn", "my glutes were burning on the bridges": a worked muscle burning, told as its
  // subject, with an exercise in the sentence (a trunk muscle needs none: no burn of the abs goes down a leg).
  const subject = burnSubjectBefore(reading, span.first);
  if (
    subject >= 0 &&
    (TRUNK_MUSCLES.at(reading, subject) || isExerciseSentence(reading, span.first)) &&
    inSentence(reading, "direction", span.first).length === 0
  )
    return true;
  // "they make my bum burn (the good muscle kind lol)": the patient calls the burn the muscles' own, just after it,
  // with an exercise told and nothing going down a leg (not "not the muscle kind").
  if (isCalledMuscleBurn(reading, span)) return true;
  // "a burn in the glutes from the clams": a burn in a muscle, an exercise told with it, nothing going down a leg.
  if (tokens[span.last]?.norm !== "in") return false;
  const muscle = tokens[span.last + 2]?.norm ?? "";
  return (
    (BURN_MUSCLES.has(muscle) ||
      (MUSCLE_NAMES.has(muscle) && !isBackMuscleAt(reading, span.last + 2))) &&
    inSentence(reading, "exercise", span.first).length > 0 &&
    inSentence(reading, "direction", span.first).length === 0
  );
};
/** How far after a burn the patient may call it the muscles' ("burn (the good muscle kind lol)"). */
const CALLED_MUSCLE_REACH = 5;

/**
 * A burn the patient calls the muscles' just after it, in its sentence ("my bum burn (the good muscle kind)", "a
 * burn, muscle burn I mean"), with an exercise in the sentence and nothing going down a leg; not when the muscle
 * is denied ("not the muscle kind") or the back's ("back muscles").
 */
const isCalledMuscleBurn = (reading: Reading, span: Span): boolean =>
  calledMuscleAfter(reading, span) === "called" &&
  isExerciseSentence(reading, span.first) &&
  inSentence(reading, "direction", span.first).length === 0;

/**
 * Whether the patient calls a burn the muscles' just after it, in its sentence ("burn (the good muscle kind)"), or
 * says it is not ("burn, not the muscle kind, more like a nerve"); undefined when no muscle word follows.
 */
const calledMuscleAfter = (reading: Reading, span: Span): "called" | "denied" | undefined => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  const end = Math.min(reading.tokens.length, span.last + CALLED_MUSCLE_REACH);
  for (let i = span.last; i < end && sentenceOf[i] === sentence; i += 1) {
    if (!MUSCLE_NAMES.at(reading, i) || isBackMuscleAt(reading, i)) continue;
    return precededByNegation(reading, { first: i, last: i + 1 }, 3) ? "denied" : "called";
  }
  return undefined;
};

/**
 * A burn the patient says is not the muscles' ("they make my bum burn, not the muscle kind, more like a nerve"):
 * nerve pain as told, whatever muscle soreness is told beside it ("... honestly just DOMS" of the hamstrings).
 */
const isMuscleBurnDenied = (reading: Reading, span: Span): boolean =>
  calledMuscleAfter(reading, span) === "denied";

/** Words between a muscle and its burn: "my glutes were burning", "abs really burn". */
const BURN_LINKS = new WordSet([
  "are",
  "were",
  "is",
  "was",
  "really",
  "both",
  "started",
  "begin",
  "began",
]);
/** Muscles of the trunk, whose burn is never a leg's: "my abs burn". */
const TRUNK_MUSCLES = new WordSet(["abs", "core", "obliques", "tummy", "stomach"]);

/** The muscle told as what burns, up to two link words before the burn word at `at` ("my glutes were burning"), or -1. */
const burnSubjectBefore = (reading: Reading, at: number): number => {
  let i = at - 1;
  if (BURN_LINKS.at(reading, i)) i -= 1;
  if (BURN_LINKS.at(reading, i)) i -= 1;
  const norm = reading.tokens[i]?.norm ?? "";
  return BURN_MUSCLES.has(norm) || TRUNK_MUSCLES.at(reading, i) ? i : -1;
};

/** Muscles an exercise burns ("in the glutes", "in my quads"). */
const BURN_MUSCLES = new Set([
  "glutes",
  "glute",
  "quads",
  "hamstrings",
  "abs",
  "core",
  "thighs",
  "calves",
  "obliques",
]);

/** Pain words that after an exercise are the muscles' soreness when said of both thighs or calves. */
const MUSCLE_PAIN = new WordSet([
  "burning",
  "hurts",
  "hurt",
  "hurting",
  "pain",
  "pains",
  "painful",
]);
/** Both-legs sites that are muscles worked in an exercise (not "legs", "feet" or "buttocks"). */
const MUSCLE_SITES = new WordSet([
  "thighs",
  "calves",
  "quads",
  "hamstrings",
  "glutes",
  "thigh",
  "calf",
]);

/** How near (in tokens) an exercise must be told to a soreness for the soreness to be its. */
const EFFORT_REACH = 16;

/** A word of going down or into with a leg after it, in the sentence of `span` ("down both legs", not "down the stairs"). */
const goesDownALeg = (reading: Reading, span: Span): boolean => {
  for (const direction of inSentence(reading, "direction", span.first)) {
    for (const kind of ["site-leg", "site-both"] as const) {
      for (const site of cuesOf(reading, kind)) {
        if (site.first >= direction.last && site.first - direction.last <= 4) return true;
      }
    }
  }
  return false;
};

/**
 * "My thighs are burning on the stairs today, both of them, squats yesterday": an ache or burn in both thighs or
 * calves told with an exercise in its sentence and nothing going down the legs is the muscles' soreness after the
 * exercise, not pain in both legs.
 */
const isBothMusclesWorked = (reading: Reading, symptom: CueHit, site: CueHit): boolean => {
  if (symptom.last - symptom.first !== 1 || !MUSCLE_PAIN.at(reading, symptom.first)) return false;
  let muscle = false;
  for (let i = site.first; i < site.last; i += 1) {
    if (MUSCLE_SITES.at(reading, i)) muscle = true;
  }
  return (
    muscle && isEffortNear(reading, symptom.first, EFFORT_REACH) && !goesDownALeg(reading, symptom)
  );
};

/** How near (in tokens) after a finding an easing must follow to answer it. */
const EASING_REACH = 8;

/**
 * A time said without a denial of improvement ("over 72 hours", not "no better after 3 days") that an easing
 * follows closely in its sentence ("... and the soreness is fading").
 */
const isAnsweredByEasing = (reading: Reading, span: Span): boolean => {
  for (let i = span.first; i < span.last; i += 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (norm === "without" || isNegationWord(norm)) return false;
  }
  return inSentence(reading, "trend-better", span.first).some(
    (cue) =>
      cue.first >= span.last &&
      cue.first - span.last <= EASING_REACH &&
      !precededByNegation(reading, cue),
  );
};

/**
 * A "no harm done" in the sentence of `span`, after it, and no strain after that ("caught myself but twisted":
 * a fall caught half-way can still hurt).
 */
const hasNoHarm = (reading: Reading, span: Span): boolean => {
  const noHarm = inSentence(reading, "no-harm", span.first).find((cue) => cue.first >= span.last);
  return (
    noHarm !== undefined &&
    !hasStrainAfter(reading, noHarm) &&
    !isOtherFallBetween(reading, span.last, noHarm.first)
  );
};

/**
 * Another fall the patient tells between `from` and `to`, as a new report ("I slipped on the wet floor ... I
 * tripped over the cat but didn't fall"): a "no harm" after it is about that one.
 */
const isOtherFallBetween = (reading: Reading, from: number, to: number): boolean => {
  // (the last fall told before the "no harm", and whether the patient starts a new report before it: "... landed on
  // my back I'm 35, tripped on the stairs but caught myself")
  let last = -1;
  for (const hit of reading.hits) {
    if (hit.first >= to) break;
    if (hit.first >= from && hit.concept === "trauma") last = hit.first;
  }
  for (let i = from; i <= last; i += 1) {
    if (I_WORDS.at(reading, i)) return true;
  }
  return false;
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

/** How many tokens into the next sentence "it already has" may come ("Actually I think it already has a bit"). */
const CONFIRM_REACH = 8;
/** Words that point back at what was imagined ("it already has", "that's already happened"). */
const CONFIRM_SUBJECTS = new Set(["it", "its", "that", "thats", "this", "which"]);
/** Words of it having happened, with "already" ("it already has", "it's already started"). */
const HAPPENED = new Set([
  "has",
  "have",
  "did",
  "is",
  "happened",
  "happening",
  "started",
  "starting",
  "begun",
  "spread",
  "spreading",
  "there",
  "going",
  "gone",
]);
/** Negations that keep it imagined ("it hasn't already, has it?", "not already"). */
const NOT_CONFIRMED = new Set([
  "not",
  "hasnt",
  "havent",
  "isnt",
  "didnt",
  "dont",
  "doesnt",
  "no",
  "never",
]);

/**
 * "What if the numbness spreads to the other leg? Actually I think it already has a bit": the next sentence says
 * what was imagined has already happened ("it already has", "it's already started", "that has already happened"),
 * with no negation, so it is present.
 */
const isConfirmedNext = (reading: Reading, span: Span): boolean => {
  const { sentenceOf, sentenceStarts } = reading.segments;
  const { tokens } = reading;
  const next = (sentenceOf[span.first] ?? 0) + 1;
  const start = sentenceStarts[next];
  if (start === undefined) return false;
  const end = Math.min(tokens.length, start + CONFIRM_REACH);
  let subject = false;
  for (let i = start; i < end && sentenceOf[i] === next; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (NOT_CONFIRMED.has(norm)) return false;
    if (CONFIRM_SUBJECTS.has(norm)) subject = true;
    if (norm !== "already" || !subject) continue;
    // "it already has", "it has already", "it's already started" (not "it's already bad enough")
    const after = tokens[i + 1];
    const before = tokens[i - 1]?.norm ?? "";
    return (
      HAPPENED.has(after?.norm ?? "") ||
      (HAPPENED.has(before) && (after === undefined || after.kind === "punct"))
    );
  }
  return false;
};

/** A word of meaning to lose weight, not denied ("not dieting", "without trying" are none). */
const isIntendedCue = (reading: Reading, cue: CueHit): boolean =>
  !precededByNegation(reading, cue, 2) &&
  reading.tokens[cue.first - 1]?.norm !== "without" &&
  reading.tokens[cue.first - 2]?.norm !== "without";

/** Words that point back at a weight loss already told ("the weight loss", "that weight loss"). */
const BACK_POINTERS = new Set(["the", "that", "this", "said"]);

/**
 * A weight loss meant: a word of meaning to lose weight in its sentence, or, for a weight loss pointed back at ("Just
 * mentioning the weight loss cos the form asked"), one told before it in the message ("I've lost 6kg but that's on
 * purpose - weight watchers").
 */
const isIntendedWeightLoss = (reading: Reading, span: Span): boolean => {
  const own = inSentence(reading, "weight-intended", span.first);
  if (own.some((cue) => isIntendedCue(reading, cue))) return true;
  // ("The weight loss this month is different, I'm not trying": its own sentence says it is not meant)
  if (own.length > 0 || !BACK_POINTERS.has(reading.tokens[span.first - 1]?.norm ?? ""))
    return false;
  return cuesOf(reading, "weight-intended").some(
    (cue) => cue.last <= span.first && isIntendedCue(reading, cue),
  );
};

/**
 * "... have been completely gone for 2 weeks now": said to be over for weeks or more (a time told with the word of
 * it being over, in the sentence of `span`), so no passing tingle of today.
 */
const isOverForWeeks = (reading: Reading, span: Span): boolean =>
  inSentence(reading, "resolved-long-ago", span.first).some((cue) => {
    for (let i = cue.first; i < cue.last; i += 1)
      if (reading.tokens[i]?.norm === "for") return true;
    return false;
  });

/** After "fell": asleep, ill or in love, not down. (After "hit the ground": "running", an idiom.) */
const FELL_INTO = new Set([
  "running",
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
/** A disc named after "slipped": "I've slipped a disc" names a disc problem, not a slip or a fall. */
const DISCS = new WordSet(["disc", "disk", "discs", "disks"]);
const DISC_LEADS = new Set(["a", "my", "the"]);
const isNotAFall = (reading: Reading, span: Span): boolean => {
  const next = reading.tokens[span.last]?.norm ?? "";
  if (FELL_INTO.has(next) || DISCS.has(next)) return true;
  return DISC_LEADS.has(next) && DISCS.at(reading, span.last + 1);
};

/** Turns drafts into their final meaning using what surrounds them. */
const refine = (reading: Reading, drafts: Draft[]): Draft[] =>
  drafts.map((draft) => {
    // Woken on rolling over and straight back to sleep: discomfort of a position, not night pain.
    if (draft.concept === "night-pain" && isPositionalWaking(reading, draft))
      return { ...draft, concept: "mild-soreness" as const, detail: "positional-waking" };
    // "a bit of a dead leg feeling in the muscle" after needling: the idiom's bruised muscle, not lost feeling.
    if (draft.concept === "numbness-tingling" && isDeadLegBruise(reading, draft))
      return { ...draft, concept: "flare-after-new-exercise" as const, detail: "dead-leg-bruise" };
    // "The stretch gives me a tearing feeling in the back of my thighs": the stretch felt in a limb, no aortic sign.
    if (
      draft.concept === "vascular" &&
      draft.detail === "tearing-pain" &&
      isStretchTearingInLimb(reading, draft)
    )
      return { ...draft, concept: "mild-soreness" as const, detail: "stretch-sensation" };
    // A fall is an event, not a state that lasts: a "for years" told before it is of something else ("on steroids
    // for years for my arthritis, fell over yesterday").
    // ("since a motorbike crash in 2010": the crash was in 2010, whatever has lasted since)
    if (draft.concept === "trauma" && draft.status !== "past" && isEventOfSinceYear(reading, draft))
      return { ...draft, status: "past" as const };
    if (draft.concept === "trauma" && draft.status === "long-standing") {
      // ("foot drop since a motorbike crash 15 years ago": the crash is the start of what lasted, long gone)
      return isYearsAgoAfter(reading, draft)
        ? { ...draft, status: "past" as const }
        : { ...draft, status: "present" as const };
    }
    // "it was 30 seconds in my heel during the stretch and it hasn't come back": over only in that it went
    // within minutes, with no word of a time gone by; the passing tingle of the rules (monitor), not a past episode.
    if (
      draft.status === "past" &&
      draft.concept === "numbness-tingling" &&
      !hasPastTimeInSentence(reading, draft.first) &&
      !isOverForWeeks(reading, draft) &&
      !isDatedOverEpisode(reading, draft) &&
      isPassingTingle(reading, draft)
    ) {
      return { ...draft, concept: "tingling-settling" as const, status: "present" as const };
    }
    // "diabetic neuropathy, both feet numb in a sock pattern for 8 years, unchanged": the patient's known condition,
    // not a two-leg sign (new or spreading numbness is not long-standing, and stays one).
    if (
      draft.concept === "bilateral-neuro" &&
      draft.status === "long-standing" &&
      isKnownNeuropathy(reading, draft)
    )
      return { ...draft, concept: "numbness-tingling" as const, detail: "known-neuropathy" };
    // "What if it spreads to the other leg? Actually I think it already has": imagined, then said to have happened.
    if (draft.status === "hypothetical" && isConfirmedNext(reading, draft))
      return { ...draft, status: "present" as const };
    if (draft.status !== "present") return draft;
    // "My friend reckons it's sciatica but it goes nowhere near my leg": the label, with the going denied.
    if (draft.concept === "shooting-radiating-pain" && isLabelSpreadDenied(reading, draft))
      return { ...draft, status: "denied" as const };
    // "the leg pain I came in with has pulled back up to my buttock": pain down the leg drawing back towards the
    // spine is on its way out (centralisation), no spread down the leg.
    if (draft.concept === "shooting-radiating-pain" && isCentralising(reading, draft))
      return { ...draft, status: "past" as const };
    // "I couldn't bend as far after Tuesday but it came back by the evening": a loss of movement that came back is
    // over (the rules' concern is movement that does not come back).
    if (draft.concept === "loss-of-motion" && isMovementBack(reading, draft)) {
      return { ...draft, status: "past" as const };
    }
    // Tingling or a numb patch that clears within minutes of rest or moving: monitor.
    if (draft.concept === "numbness-tingling" && isSpreadingFast(reading, draft)) {
      return { ...draft, concept: "progressive-weakness" as const, detail: "worsening-numbness" };
    }
    if (
      draft.concept === "numbness-tingling" &&
      isPassingTingle(reading, draft) &&
      !isDatedEpisodeBack(reading, draft)
    ) {
      return { ...draft, concept: "tingling-settling" as const };
    }
    // A numb bottom from sitting on a hard seat or a saddle that comes back as soon as the patient gets up: the
    // rules' numb patch that clears on changing position, not saddle numbness that stays.
    if (draft.concept === "saddle-anesthesia" && isSeatPressureCleared(reading, draft)) {
      return { ...draft, concept: "tingling-settling" as const, detail: "seat-pressure" };
    }
    // A burn in the muscles while exercising that stops when the exercise stops ("glutes burning during the
    // bridges but fine once I stopped") is the work, not nerve pain; a burn going down the leg stays nerve pain.
    if (
      draft.concept === "burning-nerve-pain" &&
      !isMuscleBurnDenied(reading, draft) &&
      isMuscleBurnWord(reading, draft)
    ) {
      return { ...draft, concept: "mild-soreness" as const, detail: "muscle-fatigue" };
    }
    // A burn while exercising that settles with rest is the muscles' work when told of a muscle; told of the back or
    // of nothing named ("a bit of burning in my low back during the last exercise that went away when I rested"),
    // it is the rules' mild burning that subsides with rest: keep an eye on it.
    if (
      draft.concept === "burning-nerve-pain" &&
      !isMuscleBurnDenied(reading, draft) &&
      isExerciseBurn(reading, draft)
    ) {
      return isMuscleNamedIn(reading, draft)
        ? { ...draft, concept: "mild-soreness" as const, detail: "muscle-fatigue" }
        : { ...draft, concept: "tingling-settling" as const, detail: "burning-settling" };
    }
    // "My calves are tight after the heel raises, both of them": both calves worked in an exercise, not a clot
    // (clot signs are in one calf).
    if (
      draft.concept === "vascular" &&
      draft.detail === "calf-clot-signs" &&
      isBothCalvesWorked(reading, draft)
    ) {
      return { ...draft, concept: "mild-soreness" as const, detail: "muscle-fatigue" };
    }
    // One calf tight or sore after calf raises, no swelling, heat or redness and no spinal surgery: worth tracking.
    if (
      draft.concept === "vascular" &&
      draft.detail === "calf-clot-signs" &&
      isOneCalfWorked(reading, draft)
    ) {
      return { ...draft, concept: "mild-soreness" as const, detail: "one-calf-worked" };
    }
    // "Worst pain EVER lol ... just DOMS, 5/10": a laugh straight after it and a score of 6 or less said for the
    // pain make the severe words a joke.
    // "my pain is severe... well not severe severe, I'd say a 5": taken back with a lower score.
    if (draft.concept === "severe-pain" && isSevereTakenBack(reading, draft)) {
      return { ...draft, status: "denied" as const };
    }
    if (draft.concept === "severe-pain" && isJokingSevere(reading, draft)) {
      return { ...draft, status: "hypothetical" as const };
    }
    // "I can't get it up the stairs", "trouble getting it up onto the shelf": a thing lifted, no erection.
    if (draft.concept === "sexual-dysfunction" && isLiftedUpSomewhere(reading, draft)) {
      return { ...draft, status: "hypothetical" as const };
    }
    // A trip or stumble the patient says did no harm is no fall to check ("tripped over the cat but didn't fall").
    if (draft.concept === "trauma" && draft.detail === "fall" && hasNoHarm(reading, draft)) {
      return { ...draft, status: "denied" as const };
    }
    // "over 72 hours since the session and the soreness is fading": the time alone is no standstill when an
    // easing answers it straight after (the timing facts then read it as late but improving).
    if (draft.concept === "persistent-pain" && isAnsweredByEasing(reading, draft)) {
      return { ...draft, concept: "soreness-timeline" as const };
    }
    // "Both legs felt like jelly after the squats but within 10 minutes they were fine": fatigue that recovered.
    // So is a wobbly walk out of the gym that was fine again within the hour (not the unsteady walk of pressure on
    // the spinal cord, which does not pass with a sit-down).
    if (
      (draft.concept === "bilateral-neuro" ||
        (draft.concept === "progressive-weakness" && draft.detail === "cord-compression")) &&
      isRecoveredExerciseWobble(reading, draft)
    ) {
      return { ...draft, concept: "mild-soreness" as const, detail: "muscle-fatigue" };
    }
    // "my thigh won't do it, it's too sore after the squats": pain, not strength, stops the leg (the reason told
    // just after it; "not sore, just can't" is no such reason).
    if (
      draft.concept === "leg-weakness" &&
      draft.detail === "fails-task" &&
      inSentence(reading, "pain-limited", draft.first).some(
        (cue) =>
          cue.first >= draft.last &&
          cue.first - draft.last <= PAIN_REASON_REACH &&
          !precededByNegation(reading, cue),
      )
    ) {
      return { ...draft, status: "hypothetical" as const };
    }
    // Weakness or foot drop that is getting worse: emergency.
    if (draft.concept === "leg-weakness") {
      const worse = [
        ...inSentence(reading, "trend-worse", draft.first),
        ...inSentence(reading, "sudden", draft.first),
        ...inSentence(reading, "weak-progress", draft.first),
        // ("not getting any worse": the fillers between hide the negation from `precededByNegation`)
      ].filter((cue) => !precededByNegation(reading, cue) && !isChangeDenied(reading, cue.first));
      if (
        worse.length > 0 ||
        isWeakeningOverTime(reading, draft) ||
        isWeakeningNext(reading, draft) ||
        isWorseByDay(reading, draft)
      )
        return { ...draft, concept: "progressive-weakness" as const };
    }
    // Two legs that only tired after exercise and recovered, the recovery told after the tiring and of it.
    if (
      draft.concept === "bilateral-neuro" &&
      isTiredLegsRecovered(reading, draft) &&
      isTiredWordRecovered(reading, draft)
    ) {
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
    // "a flare after Thursday's session, bigger than normal": a bigger flare than the patient's usual ones. So is
    // one called the worst since starting ("It was the worst I've had since starting PT").
    if (
      draft.concept === "flare-after-new-exercise" &&
      draft.detail === "flare-up" &&
      (isBiggerThanUsual(reading, draft) || isWorstFlareNear(reading, draft))
    ) {
      return { ...draft, detail: "big-flare" };
    }
    // "made my back grumpy for two days instead of the usual one", "sore for longer than normal": soreness bigger
    // or longer than the patient's usual is a bigger flare.
    if (
      SORENESS_WORDS.has(draft.concept) &&
      draft.detail === undefined &&
      isSorenessBiggerThanUsual(reading, draft)
    ) {
      return { ...draft, concept: "flare-after-new-exercise" as const, detail: "big-flare" };
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

/** How far after a leg failing at a task pain may be told as the reason ("won't do the last reps, too sore"). */
const PAIN_REASON_REACH = 8;

/** Words after "going down" that make it a way down the body ("it isn't going down my leg anymore"). */
const DOWN_PLACES = new WordSet([
  "my",
  "the",
  "into",
  "to",
  "past",
  "towards",
  "toward",
  "his",
  "her",
  "your",
]);

/** Whether `cue` ends on "down" with a place after it: pain moving down the leg, not a level coming down. */
const isDownSomewhere = (reading: Reading, cue: CueHit): boolean =>
  reading.tokens[cue.last - 1]?.norm === "down" && DOWN_PLACES.at(reading, cue.last);

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

/** Whether `finding` is among the first `count` of `kept`. */
const isKept = (kept: readonly Finding[], count: number, finding: Finding): boolean => {
  for (let k = 0; k < count; k += 1) {
    const other = kept[k];
    if (other !== undefined && isSameFinding(other, finding)) return true;
  }
  return false;
};

/**
 * Each finding once, in place (a message has a few dozen, so a linear check beats building keys for a set, and
 * no second array is made).
 */
const dedupe = (findings: Finding[]): Finding[] => {
  let count = 0;
  for (const finding of findings) {
    if (isKept(findings, count, finding)) continue;
    findings[count] = finding;
    count += 1;
  }
  findings.length = count;
  return findings;
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
  // "Should I stop if the pain goes sharp? It hasn't": supposed, then said not to be so.
  setAsideAnswered(reading, findings);
  // "... said to call if I got numb down there, and now I am": imagined or someone else's, then said to be theirs.
  confirmOwn(reading, findings);
  insertionSort(findings, (a, b) =>
    a.evidence.kind === "text" && b.evidence.kind === "text"
      ? a.evidence.start - b.evidence.start
      : 0,
  );
  return { findings: dedupe(findings), facts: addSessionSeries(reading, readTextFacts(reading)) };
};

/** What was recognised in a text, with spans and status (the portal highlights these as the patient types). */
export const extractFindings = (text: string): Finding[] => [...understandText(text).findings];
