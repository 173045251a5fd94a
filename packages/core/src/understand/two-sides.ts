import type { FindingStatus } from "../model/finding";
import { WordSet } from "../text/word-set";
import { cueIndexFrom, cuesOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import { areLinked, isAfterEffort, pairStatus, sideOf } from "./red-flag-signs";
import type { AddFinding } from "./red-flag-signs";
import { isNegated, statusOf } from "./status";
import type { Span } from "./status";
import { PAIN_WORDS } from "./body-words";

/**
 * Two-leg symptoms told one leg at a time: "left leg sciatica, same as always ... but the right leg has started
 * getting pins and needles", "my left foot is numb and my right calf tingles", "it was just my left leg for months
 * ... my other leg has started too". Pain, numbness, tingling or weakness in both legs is an emergency however it
 * is told (triage-rules.md), as long as each side's symptom is the patient's own and current.
 */

/** The symptom words a side is told with. */
const SIDE_SYMPTOMS = ["sym-numb", "sym-tingle", "sym-weak", "sym-pain", "sym-asleep"] as const;

/** How far (in tokens) a symptom and the leg it is told of may stand apart ("left leg sciatica"). */
const SIDE_REACH = 6;

/** Words that make a site a place in the leg ("left calf", not "left side" or "left hand"). */
const LEG_PARTS = new Set([
  "leg",
  "thigh",
  "calf",
  "shin",
  "foot",
  "toes",
  "toe",
  "ankle",
  "knee",
  "heel",
  "hamstring",
  "buttock",
  "hip",
  "sole",
  "instep",
]);
/** Leg parts where plain pain is a joint's ("my right knee hurts"), not pain down a leg. */
const JOINTS = new Set(["knee", "hip", "ankle", "heel", "toe", "toes"]);

/** Words after "the left" or "the right" that leave it a leg told by its side ("sciatica on the left, tingling on the right too"). */
const BARE_SIDE_NEXT = new Set(["too", "now", "and", "also", "as", "is", "has", "one", "leg"]);

/** Plain pain words: in a leg after exertion they are worked muscles, and at a joint they are the joint's. */
const PLAIN_PAIN = new WordSet(["pain", "pains", "painful", "hurts", "hurt", "hurting"]);

/** Numbness words among `sym-numb` (not "feels odd" or "like someone else's", which are no symptom of a leg alone). */
const NUMB_WORDS = new WordSet([
  "numb",
  "numbness",
  "dead",
  "deadness",
  "feeling",
  "sensation",
  "feel",
]);

/** The leg part a sided site names, or undefined when it is no leg ("left side", "the right thing"). */
const legPartOf = (reading: Reading, site: Span): string | undefined => {
  const { tokens } = reading;
  for (let i = site.first; i < site.last; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (LEG_PARTS.has(norm)) return norm;
  }
  // "on the left", "the right one": a side told bare, when nothing after makes it another thing.
  const next = tokens[site.last];
  if (tokens[site.first]?.norm !== "the") return undefined;
  return next === undefined || next.kind === "punct" || BARE_SIDE_NEXT.has(next.norm)
    ? "leg"
    : undefined;
};

/** Whether a symptom word counts for a side (numbness words only, and plain pain only as above). */
const countsAt = (reading: Reading, symptom: CueHit, part: string, kind: string): boolean => {
  const word = reading.tokens[symptom.first]?.norm ?? "";
  if (kind === "sym-numb") {
    for (let i = symptom.first; i < symptom.last; i += 1)
      if (NUMB_WORDS.at(reading, i)) return true;
    return false;
  }
  if (kind !== "sym-pain" || !PLAIN_PAIN.has(word)) return true;
  return !JOINTS.has(part) && !isAfterEffort(reading, symptom.first);
};

/** A symptom told of one side: where, the words, and how it stands. */
type Side = { side: string; span: Span; status: FindingStatus };

/** The better of two reports of a side: a present one over a long-standing one. */
const better = (a: Side | undefined, b: Side): Side =>
  a === undefined || (a.status !== "present" && b.status === "present") ? b : a;

/** Sites joined to `site` by a list word, of the other side ("my left foot and right calf"). */
const LIST_WORDS = new WordSet(["and", ",", "&", "/", "my", "the", "in", "on"]);

/** How many tokens may stand between two sites listed together. */
const LIST_GAP = 3;

const listedWith = (reading: Reading, site: CueHit, side: string): CueHit | undefined => {
  const sites = cuesOf(reading, "site-leg");
  for (let k = cueIndexFrom(sites, site.last); ; k += 1) {
    const other = sites[k];
    if (other === undefined || other.first - site.last > LIST_GAP) return undefined;
    const otherSide = sideOfLeg(reading, other);
    if (otherSide === undefined || otherSide === side || otherSide === "one") continue;
    let listed = true;
    for (let i = site.last; i < other.first; i += 1) if (!LIST_WORDS.at(reading, i)) listed = false;
    if (listed && legPartOf(reading, other) !== undefined) return other;
  }
};

/** Words after a symptom that lead to where it is ("weakness in the right ankle", "burning down my left calf"). */
const TO_PLACE = new WordSet(["in", "into", "down", "through", "on", "around", "of", "at"]);
/** How far after such a word the leg site may start ("in the back of my right thigh"). */
const PLACE_REACH = 5;

/** The leg site a preposition right after the symptom leads to, in its clause. */
const siteAfterPreposition = (
  reading: Reading,
  sites: readonly CueHit[],
  symptom: CueHit,
): CueHit | undefined => {
  if (!TO_PLACE.at(reading, symptom.last)) return undefined;
  const { clauseOf } = reading.segments;
  for (let k = cueIndexFrom(sites, symptom.last + 1); ; k += 1) {
    const site = sites[k];
    if (site === undefined || site.first - symptom.last > PLACE_REACH) return undefined;
    // ("the right ankle": the ankle, not the bare "the right" inside it)
    if (clauseOf[site.first] === clauseOf[symptom.first] && legPartOf(reading, site) !== undefined)
      return site;
  }
};

/** Words between a side and the leg part it names ("right big toe", "left outer thigh"). */
const PART_ADJECTIVES = new WordSet([
  "big",
  "little",
  "outer",
  "inner",
  "lower",
  "upper",
  "whole",
  "front",
  "back",
  "bottom",
]);

/** The side of a leg site: `sideOf`, or a side one word before it ("my right big toe"). */
const sideOfLeg = (reading: Reading, site: Span): string | undefined => {
  const side = sideOf(reading, site);
  if (side !== undefined) return side;
  const { tokens } = reading;
  if (!PART_ADJECTIVES.at(reading, site.first - 1)) return undefined;
  const before = tokens[site.first - 2]?.norm;
  return before === "left" || before === "right" ? before : undefined;
};

/** How far (in tokens) around a symptom its leg site is looked for (`SIDE_REACH` and the length of a site). */
const NEAR_WINDOW = 12;

/** The leg site nearest a symptom among those said of it (linked in its clause, within `SIDE_REACH`). */
const nearestLinkedSite = (
  reading: Reading,
  sites: readonly CueHit[],
  symptom: CueHit,
): CueHit | undefined => {
  let best: CueHit | undefined;
  // (only the sites near it: the cue lists are in text order, and a long message names many)
  for (let k = cueIndexFrom(sites, symptom.first - NEAR_WINDOW); k < sites.length; k += 1) {
    const site = sites[k];
    if (site === undefined || site.first > symptom.last + NEAR_WINDOW) break;
    if (site.first < symptom.last && symptom.first < site.last) continue;
    if (!areLinked(reading, site, symptom, SIDE_REACH, false)) continue;
    if (
      best === undefined ||
      Math.abs(site.first - symptom.first) < Math.abs(best.first - symptom.first)
    )
      best = site;
  }
  return best;
};

/** Sciatica words, which tell of a leg without naming it. */
const SCIATICA = new WordSet(["sciatica", "sciatic", "siatica"]);
/** Words between a side and "sciatica" ("left sided sciatica", "right-side sciatica"). */
const SIDED = new WordSet(["sided", "side", "-"]);

/** The side word before a sciatica word ("left sided sciatica"), as a site of one token, or undefined. */
const sidedSciatica = (reading: Reading, symptom: CueHit): CueHit | undefined => {
  const { tokens } = reading;
  if (!SCIATICA.at(reading, symptom.first)) return undefined;
  let at = symptom.first - 1;
  while (SIDED.at(reading, at) && symptom.first - at <= 2) at -= 1;
  const side = tokens[at]?.norm;
  if (side !== "left" && side !== "right") return undefined;
  const token = tokens[at];
  return {
    value: "site-leg",
    first: at,
    last: at + 1,
    start: token?.start ?? 0,
    end: token?.end ?? 0,
  };
};

/** The symptoms told of each side, the patient's own and current: a present or long-standing one per side. */
const readSides = (reading: Reading): { left?: Side; right?: Side } => {
  const sides: { left?: Side; right?: Side } = {};
  const sites = cuesOf(reading, "site-leg");
  for (const kind of SIDE_SYMPTOMS) {
    for (const symptom of cuesOf(reading, kind)) {
      // The leg site it is told of: the one its preposition leads to ("weakness in the right ankle"), else the
      // nearest.
      let site =
        siteAfterPreposition(reading, sites, symptom) ?? nearestLinkedSite(reading, sites, symptom);
      // ("left-sided sciatica", "right sciatica": sciatica is of a leg, its side told before it)
      const sciatic = site === undefined ? sidedSciatica(reading, symptom) : undefined;
      site ??= sciatic;
      const side = site && sideOfLeg(reading, site);
      if (site === undefined || (side !== "left" && side !== "right")) continue;
      const part = sciatic ? "leg" : legPartOf(reading, site);
      if (part === undefined || !countsAt(reading, symptom, part, kind)) continue;
      const status = pairStatus(reading, symptom, site, "bilateral-neuro");
      if (status !== "present" && status !== "long-standing") continue;
      const span = {
        first: Math.min(site.first, symptom.first),
        last: Math.max(site.last, symptom.last),
      };
      sides[side] = better(sides[side], { side, span, status });
      const other = listedWith(reading, site, side);
      const otherSide = other && sideOfLeg(reading, other);
      if (other && (otherSide === "left" || otherSide === "right") && !isNegated(reading, other))
        sides[otherSide] = better(sides[otherSide], {
          side: otherSide,
          span: { first: span.first, last: Math.max(span.last, other.last) },
          status,
        });
    }
  }
  return sides;
};

/** Whether the message has a word of each side at all (most have none, and are left at once). */
const namesBothSides = (reading: Reading): boolean => {
  let left = false;
  let right = false;
  for (const token of reading.tokens) {
    if (token.norm === "left") left = true;
    else if (token.norm === "right") right = true;
  }
  return left && right;
};

/** Symptoms told of the left leg and of the right: a two-leg finding (long-standing only when both sides are). */
export const addTwoSides = (reading: Reading, add: AddFinding): void => {
  if (!namesBothSides(reading)) return;
  const { left, right } = readSides(reading);
  if (left === undefined || right === undefined) return;
  const status = left.status === "present" || right.status === "present" ? "present" : left.status;
  add(
    "bilateral-neuro",
    "second-side",
    {
      first: Math.min(left.span.first, right.span.first),
      last: Math.max(left.span.last, right.span.last),
    },
    status,
  );
};

/** Words after "the other leg" that say it has started too ("my other leg has started too", "is going now"). */
const STARTED = new WordSet([
  "started",
  "starting",
  "begun",
  "began",
  "joined",
  "going",
  "gone",
  "kicked",
  "doing",
]);
/** Words that may stand between the other leg and its starting ("has", "is now", "has just"). */
const BEFORE_STARTED = new WordSet(["has", "have", "is", "s", "now", "just", "also"]);

/** How far a symptom told of the first leg may stand, in sentences, from the other leg starting. */
const STARTED_SENTENCES = 1;

/** Words that name the leg that was not the bad one ("my other leg", "his 'good' leg"). */
const OTHER_LEG_WORDS = new WordSet(["other", "good", "healthy", "unaffected"]);

/**
 * The other leg named: "my other leg", "the good leg", also with the word in quotes ("his 'good' leg", which the
 * cue, reading words in a row, does not see as one).
 */
const otherLegSites = (reading: Reading): CueHit[] => {
  const { tokens } = reading;
  const sites: CueHit[] = [];
  for (const site of cuesOf(reading, "site-both")) {
    if (OTHER_LEG_WORDS.at(reading, site.last - 2)) sites.push(site);
  }
  for (const site of cuesOf(reading, "site-leg")) {
    if (tokens[site.first]?.norm !== "leg" || tokens[site.first - 1]?.kind !== "punct") continue;
    if (OTHER_LEG_WORDS.at(reading, site.first - 2)) sites.push(site);
  }
  return sites;
};

/**
 * "My other leg has started too. It was just my left leg for months and now ... my right leg has the same shooting
 * pain": the other leg said to have started, with no symptom in its clause, and a current symptom of a leg told in
 * its sentence or the next or last one: the symptom in both legs.
 */
export const addOtherLegStarted = (reading: Reading, add: AddFinding): void => {
  const { sentenceOf } = reading.segments;
  for (const site of otherLegSites(reading)) {
    let at = site.last;
    while (BEFORE_STARTED.at(reading, at) && at - site.last < 3) at += 1;
    if (!STARTED.at(reading, at)) continue;
    const started = { first: site.first, last: at + 1 };
    const status = statusOf(reading, started, "bilateral-neuro");
    if (status !== "present" || isNegated(reading, { first: at, last: at + 1 })) continue;
    const sentence = sentenceOf[site.first] ?? 0;
    for (const kind of SIDE_SYMPTOMS) {
      for (const symptom of cuesOf(reading, kind)) {
        const distance = Math.abs((sentenceOf[symptom.first] ?? 0) - sentence);
        if (distance > STARTED_SENTENCES) continue;
        const own = statusOf(reading, symptom, "bilateral-neuro");
        if (own !== "present" && own !== "long-standing") continue;
        // (nerve symptoms only: plain pain, "my right knee hurts after the lunges", is no first leg of one)
        if (PLAIN_PAIN.at(reading, symptom.first)) continue;
        add("bilateral-neuro", "second-side", started, status);
        return;
      }
    }
  }
};

/**
 * Words after "both" that say what both are when it is not the legs ("in both hands", "in both cases", "in both my
 * arms"; "in both my legs" is a leg site of its own). Anything else after it ("I've got it in both.", "in both now",
 * "in both lol") leaves the legs unsaid.
 */
const BOTH_OF = new Set([
  "hands",
  "hand",
  "arms",
  "arm",
  "shoulders",
  "wrists",
  "elbows",
  "fingers",
  "thumbs",
  "eyes",
  "ears",
  "cases",
  "ways",
  "directions",
  "instances",
  "sessions",
  "exercises",
  "positions",
  "versions",
  "places",
  "the",
  "my",
  "his",
  "her",
  "our",
  "these",
  "those",
  "of",
]);
/** Words just before a bare "both" that say it is all right there ("fine in both", "normal in both"). */
const FINE_BEFORE = new WordSet([
  "fine",
  "normal",
  "ok",
  "okay",
  "good",
  "equal",
  "same",
  "strong",
]);

/** Whether a symptom counts for a leg told without a side: plain pain only when not after exercise. */
const isLegSymptom = (reading: Reading, symptom: CueHit): boolean =>
  !PLAIN_PAIN.at(reading, symptom.first) || !isAfterEffort(reading, symptom.first);

/** The nearest own, current leg symptom at or before `before`, in sentences `from` to `to`. */
const symptomBetween = (
  reading: Reading,
  from: number,
  to: number,
  before: number,
): CueHit | undefined => {
  const { sentenceOf } = reading.segments;
  let found: CueHit | undefined;
  for (const kind of SIDE_SYMPTOMS) {
    for (const symptom of cuesOf(reading, kind)) {
      const sentence = sentenceOf[symptom.first] ?? 0;
      if (symptom.first >= before || sentence < from || sentence > to) continue;
      if (found !== undefined && found.first > symptom.first) continue;
      const status = statusOf(reading, symptom, "bilateral-neuro");
      if ((status === "present" || status === "long-standing") && isLegSymptom(reading, symptom))
        found = symptom;
    }
  }
  return found;
};

/** Words that point back at a symptom told before ("got it in both", "they're in both now"). */
const SYMPTOM_PRONOUNS = new WordSet(["it", "its", "them", "they", "theyre"]);
/** How far before a bare "both" the pronoun may stand ("it's gone into both", "I've now got it in both"). */
const PRONOUN_REACH = 4;

/** A pronoun of the symptom just before token `at`, in its clause. */
const isPronounBefore = (reading: Reading, at: number): boolean => {
  const { clauseOf } = reading.segments;
  for (let i = at - 1; i >= Math.max(0, at - PRONOUN_REACH) && clauseOf[i] === clauseOf[at]; i -= 1)
    if (SYMPTOM_PRONOUNS.at(reading, i)) return true;
  return false;
};

/** A leg named in sentences `from` to `to`, before token `before`. */
const hasLegBefore = (reading: Reading, from: number, to: number, before: number): boolean => {
  const { sentenceOf } = reading.segments;
  for (const kind of ["site-leg", "site-both"] as const) {
    for (const site of cuesOf(reading, kind)) {
      const sentence = sentenceOf[site.first] ?? 0;
      if (site.first < before && sentence >= from && sentence <= to) return true;
    }
  }
  return false;
};

/**
 * "The right leg pain swapped over to the left leg yesterday and today I've got it in both": "both" with the legs
 * left unsaid, after a leg and a symptom of it told in its sentence or the one before, is the symptom in both legs.
 */
export const addBothBare = (reading: Reading, add: AddFinding): void => {
  const { tokens } = reading;
  const { sentenceOf, clauseOf } = reading.segments;
  for (const cue of cuesOf(reading, "both-bare")) {
    const next = tokens[cue.last]?.norm ?? "";
    // ("in both of them" is the legs told before)
    if (BOTH_OF.has(next) && !(next === "of" && tokens[cue.last + 1]?.norm === "them")) continue;
    if (FINE_BEFORE.at(reading, cue.first - 1)) continue;
    const sentence = sentenceOf[cue.first] ?? 0;
    if (!hasLegBefore(reading, sentence - 1, sentence, cue.first)) continue;
    const symptom = symptomBetween(reading, sentence - 1, sentence, cue.first);
    if (symptom === undefined) continue;
    // ("I've got it in both", "the tingling is in both": the symptom, not "I feel the stretch in both")
    if (clauseOf[symptom.first] !== clauseOf[cue.first] && !isPronounBefore(reading, cue.first))
      continue;
    const both = { first: cue.first, last: cue.last };
    const status = statusOf(reading, both, "bilateral-neuro");
    if (status !== "present" || isNegated(reading, both)) continue;
    add("bilateral-neuro", "second-side", { first: symptom.first, last: cue.last }, status);
    return;
  }
};

/** A leg symptom in the clause of `site`, after it ("my right big toe has been numb too"). */
const symptomInClause = (reading: Reading, site: CueHit): CueHit | undefined => {
  const { clauseOf } = reading.segments;
  for (const kind of SIDE_SYMPTOMS) {
    for (const symptom of cuesOf(reading, kind)) {
      if (symptom.first >= site.last && clauseOf[symptom.first] === clauseOf[site.first])
        return symptom;
    }
  }
  return undefined;
};

/** How far after the second leg "as well" or "too" may come ("my right thigh and calf as well"). */
const TOO_REACH = 6;

/** The end of an "as well", "too" or "also" within `TOO_REACH` after `site` in its sentence, or -1. */
const tooAfter = (reading: Reading, site: CueHit): number => {
  const { tokens } = reading;
  const { sentenceOf } = reading.segments;
  const end = Math.min(tokens.length, site.last + TOO_REACH);
  for (let i = site.last; i < end && sentenceOf[i] === sentenceOf[site.first]; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (norm === "too" || norm === "also") return i + 1;
    // ("as well", not "as well as my back": a list)
    if (norm === "as" && tokens[i + 1]?.norm === "well" && tokens[i + 2]?.norm !== "as")
      return i + 2;
  }
  return -1;
};

/** Words of an ache of a leg's own (a knee, a muscle), which in a later sentence are no symptom carried over. */
const MUSCLE_ACHE = new WordSet([
  ...PAIN_WORDS,
  "sore",
  "tight",
  "stiff",
  "ache",
  "aches",
  "aching",
  "achy",
  "tender",
]);

/**
 * The first leg's symptom that the second leg now has "as well", in sentences `from` to `to`: the patient's own,
 * and told as it was ("used to be only down my left leg") as well as it is, since "as well" says it still is.
 */
const carriedSymptom = (reading: Reading, from: number, to: number): CueHit | undefined => {
  const { sentenceOf } = reading.segments;
  for (const kind of SIDE_SYMPTOMS) {
    for (const symptom of cuesOf(reading, kind)) {
      const sentence = sentenceOf[symptom.first] ?? 0;
      if (sentence < from || sentence > to) continue;
      const status = statusOf(reading, symptom, "bilateral-neuro");
      if (
        (status === "present" || status === "long-standing" || status === "past") &&
        isLegSymptom(reading, symptom)
      )
        return symptom;
    }
  }
  return undefined;
};

/** How many sentences before the second leg the first may be told ("... only down my left leg. Since last night
 * it's going down the right one as well"). */
const FIRST_SENTENCES = 2;

/**
 * "It was only my left leg since Monday, and today it's my right thigh and calf as well. Same ache and zingy
 * feeling": a leg of one side, then one of the other side "as well" or "too" in the same sentence (or in one of the
 * two before: "The sciatica used to be only down my left leg. Since last night it's going down the right one as
 * well"), with a symptom told from the first leg's sentence to the one after the second: the symptom has reached
 * the second leg and stayed in the first ("as well" says the first still has it, even told as it "used to be").
 */
export const addSecondLegToo = (reading: Reading, add: AddFinding): void => {
  if (!namesBothSides(reading)) return;
  const { sentenceOf } = reading.segments;
  const sites = cuesOf(reading, "site-leg");
  for (const second of sites) {
    const side = sideOfLeg(reading, second);
    if ((side !== "left" && side !== "right") || legPartOf(reading, second) === undefined) continue;
    const too = tooAfter(reading, second);
    if (too < 0) continue;
    const sentence = sentenceOf[second.first] ?? 0;
    let first: CueHit | undefined;
    for (const site of sites) {
      if (site.first >= second.first) break;
      const otherSide = sideOfLeg(reading, site);
      const at = sentenceOf[site.first] ?? 0;
      if (at < sentence - FIRST_SENTENCES || otherSide === side) continue;
      if (otherSide !== "left" && otherSide !== "right") continue;
      if (legPartOf(reading, site) !== undefined && !isNegated(reading, site)) first = site;
    }
    if (first === undefined) continue;
    // A symptom told in the second leg's own clause decides ("my right big toe has been numb for years too" is
    // long-standing, left to `addTwoSides`); else one told in the sentence or the next ("Same ache and zingy
    // feeling").
    const own = symptomInClause(reading, second);
    if (own !== undefined && statusOf(reading, own, "bilateral-neuro") !== "present") continue;
    // Told in a later sentence, the second leg carries the first one's symptom ("it's going down the right one as
    // well") or a nerve symptom of its own, not an ache of its own ("My right knee is sore too from gardening").
    if (
      sentenceOf[first.first] !== sentence &&
      (own === undefined
        ? !isPronounBefore(reading, second.first)
        : MUSCLE_ACHE.at(reading, own.first) || isAfterEffort(reading, own.first))
    )
      continue;
    const from = sentenceOf[first.first] ?? sentence;
    const symptom =
      own ??
      (from === sentence
        ? symptomBetween(reading, sentence, sentence + 1, Number.MAX_SAFE_INTEGER)
        : carriedSymptom(reading, from, sentence));
    if (symptom === undefined) continue;
    const span = { first: second.first, last: too };
    const status = statusOf(reading, span, "bilateral-neuro");
    if (status !== "present" || isNegated(reading, second)) continue;
    add("bilateral-neuro", "second-side", { first: first.first, last: too }, status);
    return;
  }
};
