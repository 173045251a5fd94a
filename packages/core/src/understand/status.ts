import type { ConceptId } from "../model/concept";
import { WordSet } from "../text/word-set";
import { FINDING_STATUSES } from "../model/finding";
import type { FindingStatus } from "../model/finding";
import { cueIndexFrom, cuePlace, cuesAt, cuesOf, sentenceStartOf } from "./read-text";
import type { CueHit, Reading } from "./read-text";
import type { CueKind } from "./cues";
import { numberValue } from "./numbers";
import { isMedicationLength } from "./medication-length";
import { isPartnerObject } from "./partner-object";
import { isRetractedAfter } from "./retracted";
import { CLEARING_VERBS, isUsedToPassNowLasting } from "./used-to-brief";
import { isSinceYearAt, isSinceYearUnchanged } from "./since-year";
import { isRelativeAsObject } from "./relative-as-object";
import { isRelativesEvent } from "./relatives-event";
import { isDatedOverEpisode } from "./dated-over-episode";
import {
  lastNamedBefore,
  NO_PROXY,
  PRONOUN_PATIENT,
  proxyPatientOf,
  relativeIdOfCue,
} from "./proxy-frame";

/** Places of the cue kinds the status checks read most (see `cuePlace`). */
const NEG_PRE_PLACE = cuePlace("neg-pre");
const NEG_POST_PLACE = cuePlace("neg-post");
const RELATIVE_PLACE = cuePlace("relative");
const RELATIVE_SUBJECT_PLACE = cuePlace("relative-subject");
const THIRD_PERSON_PLACE = cuePlace("third-person");
const PROXY_PLACE = cuePlace("proxy");
const RELATIVE_NOUN_PLACE = cuePlace("relative-noun");
const HYPOTHETICAL_PLACE = cuePlace("hypothetical");
const ASKED_TOPIC_PLACE = cuePlace("asked-topic");
const INSTRUCTION_PLACE = cuePlace("instruction");
const EVER_PLACE = cuePlace("ever");
const TREND_WORSE_PLACE = cuePlace("trend-worse");
const WHEN_I_WAS_PLACE = cuePlace("when-i-was");
const ACTUAL_PLACE = cuePlace("actual");
const HEDGE_PLACE = cuePlace("hedge");
const PET_PLACE = cuePlace("pet");
const RESOLVED_PLACE = cuePlace("resolved");
const RESOLVED_LONG_AGO_PLACE = cuePlace("resolved-long-ago");
const NOT_NEW_PLACE = cuePlace("not-new");
const LONG_STANDING_PLACE = cuePlace("long-standing");
const NEW_PLACE = cuePlace("new");
const CLAUSE_CUE_PLACES = {
  past: cuePlace("past"),
  "long-standing": cuePlace("long-standing"),
  new: cuePlace("new"),
} as const;

/** How far (in tokens) a negation reaches forwards ("no numbness, tingling or weakness"). */
const NEGATION_REACH = 10;
/** How far a trailing normality word reaches back to a body function ("walk, sleep and go to the toilet normally"). */
const POST_FUNCTION_REACH = 12;
/** How far a trailing normality word reaches back to a symptom ("numbness fine" is rare; "sleep fine" common). */
const POST_SYMPTOM_REACH = 3;

/** Words that start a new clause after "and" or a comma, ending a negation's scope ("no pain, and my groin..."). */
const NEW_SUBJECT = new Set([
  "i",
  "im",
  "ive",
  "id",
  "my",
  "it",
  "its",
  "the",
  "there",
  "theres",
  "this",
  "that",
  "she",
  "he",
  "we",
  "everything",
  "something",
  "now",
  "then",
  "today",
  "since",
  "after",
  "when",
  "yesterday",
  "last",
  "also",
  // "...and both my legs", "...but all my toes": a new subject too.
  "both",
  "all",
  "our",
  "your",
  "they",
  "theyre",
  "you",
  "these",
  "those",
]);
/** Words that may stand between a symptom and a normality word that denies it ("tingling is all fine now"). */
const LINKING = new Set([
  "is",
  "are",
  "was",
  "were",
  "s",
  "feels",
  "feel",
  "felt",
  "seems",
  "seem",
  "looks",
  "look",
  "now",
  "all",
  "totally",
  "completely",
  "still",
  "back",
  "to",
]);

/**
 * Words after which a normality word is not about the body function before them: "otherwise fine", "which is
 * normal", "my physio says it's fine", "I guess it's ok".
 */
const NOT_ABOUT_IT = new Set([
  "otherwise",
  "which",
  "says",
  "said",
  "say",
  "thinks",
  "think",
  "thought",
  "guess",
  "hope",
  "hopefully",
  "apparently",
  "told",
  "-",
]);

const SYMPTOM_CUES = ["sym-numb", "sym-tingle", "sym-weak", "sym-pain", "sym-wobbly"] as const;

/** Whether a symptom word lies between two token positions. */
const hasSymptomBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const kind of SYMPTOM_CUES) {
    for (const cue of cuesOf(reading, kind)) if (cue.first >= from && cue.last <= to) return true;
  }
  return false;
};

/** "and", "but", a comma or a dash: where a new clause can start. */
const isJoiner = (norm: string | undefined): boolean =>
  norm === "and" || norm === "but" || norm === "," || norm === "-";

/** Words of how a clause is said, told between its joiner and its subject ("but honestly it's", "and tbh my"). */
const ASIDES = new WordSet(["honestly", "tbh", "frankly", "truthfully", "personally", "really"]);

/**
 * Whether a new subject starts after token `i`: a joiner, then a subject word ("..., and my groin", "but both
 * feet"), unless that word is one of `sameAgain` (words that point back at what came before).
 */
const startsNewSubject = (
  reading: Reading,
  i: number,
  sameAgain?: ReadonlySet<string>,
): boolean => {
  // ("..., but honestly it's just muscle ache": a word of how it is said before the subject)
  const at = ASIDES.at(reading, i + 1) ? i + 2 : i + 1;
  const next = reading.tokens[at]?.norm ?? "";
  return (
    isJoiner(reading.tokens[i]?.norm) && NEW_SUBJECT.has(next) && !(sameAgain?.has(next) ?? false)
  );
};

/** Verbs that follow a clause's subject ("my flow has been", "my pee is", "my stream was"). */
const SUBJECT_LINKS = new WordSet([
  "has",
  "have",
  "is",
  "was",
  "hasnt",
  "isnt",
  "wasnt",
  "keeps",
  "had",
]);

/** "I" as the subject of a new clause. */
const I_SUBJECT = new WordSet(["i", "im", "ive", "id"]);
const FIRST_PERSON = new WordSet(["i", "im", "ive", "id", "me", "myself", "my"]);
const POSSESSIVE_OTHER = new WordSet(["her", "his", "their"]);
const OTHER_SUBJECT = new Set([
  "he",
  "she",
  "his",
  "her",
  "hes",
  "shes",
  "they",
  "their",
  "theyre",
]);

/** Verbs between someone's body part and its symptom: "her legs go numb", "his feet went numb", "her back feels sore". */
const OWNED_PREDICATE = new WordSet([
  "go",
  "goes",
  "went",
  "gone",
  "going",
  "feel",
  "feels",
  "felt",
  "get",
  "gets",
  "got",
  "are",
  "is",
  "were",
  "was",
  "keep",
  "keeps",
]);

/** Concepts that are history or risk factors: a past mention still counts ("I had breast cancer in 2015"). */
const HISTORY_CONCEPTS = new Set<ConceptId>([
  "cancer-history",
  "osteoporosis-steroids",
  "fever-infection",
]);

const sameClause = (reading: Reading, a: number, b: number): boolean =>
  reading.segments.clauseOf[a] === reading.segments.clauseOf[b];
const sameSentence = (reading: Reading, a: number, b: number): boolean =>
  reading.segments.sentenceOf[a] === reading.segments.sentenceOf[b];

const NEITHER_WORDING_PLACES = [cuePlace("sym-numb"), cuePlace("sym-weak")];

/**
 * Whether a symptom wording that opens with its own "neither" starts at token `i` ("neither leg feels right",
 * "neither leg will hold me up").
 */
const isNotNormalWordingAt = (reading: Reading, i: number): boolean =>
  NEITHER_WORDING_PLACES.some((place) => {
    const cues = cuesAt(reading, place);
    return cues[cueIndexFrom(cues, i)]?.first === i;
  });

/** A negation trigger that is a real negation here (not inside "not improving", "no urge to pee"...). */
const isLiveTrigger = (reading: Reading, cue: CueHit): boolean => {
  // "neither leg is weak": the word that names both legs still denies what it is said of ("neither leg feels
  // right", where the normal is what is denied, is read as one wording that starts with it).
  if (
    cue.last - cue.first === 1 &&
    reading.tokens[cue.first]?.norm === "neither" &&
    !isNotNormalWordingAt(reading, cue.first)
  )
    return true;
  for (let i = cue.first; i < cue.last; i += 1) if (reading.masked[i] === 1) return false;
  return true;
};

/**
 * Words that turn from what was denied to what is there ("not shooting, just a heavy ache", "no numbness, only
 * stiffness", "not numb, more like tingling"): the denial ends before them.
 */
const CONTRAST_AFTER_DENIAL = new Set(["just", "only", "rather", "instead", "merely"]);

/** Words straight after a denial that correct it to what is there ("no just the right foot", "not only"). */
const CORRECTING_AFTER_DENIAL = new WordSet(["just", "only", "merely"]);

/** Whether token `i` turns from a denial to what is there (a contrast word, or "more like" / "more of"). */
const turnsFromDenial = (reading: Reading, i: number): boolean => {
  const norm = reading.tokens[i]?.norm ?? "";
  if (CONTRAST_AFTER_DENIAL.has(norm)) return true;
  const next = reading.tokens[i + 1]?.norm;
  return norm === "more" && (next === "like" || next === "of");
};

/** Words before a leg that still leave it the subject: "my left leg", "both legs", "the right foot". */
const LEG_DETERMINERS = new WordSet([
  "my",
  "the",
  "left",
  "right",
  "both",
  "one",
  "other",
  "lower",
  "upper",
]);
const LEG_SUBJECTS = new WordSet([
  "leg",
  "legs",
  "foot",
  "feet",
  "thigh",
  "thighs",
  "calf",
  "calves",
]);
/** What a leg is doing, said with a verb ("feels", "went", "keeps") or an adjective ("weak", "numb"). */
const LEG_PREDICATES = new WordSet([
  "feels",
  "feel",
  "felt",
  "is",
  "are",
  "was",
  "were",
  "went",
  "goes",
  "go",
  "keeps",
  "keep",
  "kept",
  "seems",
  "seem",
  "gave",
  "gives",
  "giving",
  "buckled",
  "buckling",
  "numb",
  "weak",
  "weaker",
  "tingly",
  "dead",
  "heavy",
  "wobbly",
  "shaky",
  "useless",
  "floppy",
]);

/**
 * Whether a clause about a leg starts at token `j`: the leg (after at most two words such as "my left"), then a
 * verb or an adjective telling what it is doing ("leg feels numb", "my legs are weak", "legs weak though"). Not a
 * noun after the leg: "leg numbness" is one more item of a list.
 */
const isLegClauseAt = (reading: Reading, j: number): boolean => {
  let k = j;
  while (k < j + 2 && LEG_DETERMINERS.at(reading, k)) k += 1;
  return LEG_SUBJECTS.at(reading, k) && LEG_PREDICATES.at(reading, k + 1);
};

/** Does a forward negation at `cue` reach token `index`? */
const negationReaches = (reading: Reading, cue: CueHit, index: number): boolean => {
  if (cue.last > index || !sameClause(reading, cue.first, index)) return false;
  if (index - cue.last > NEGATION_REACH) return false;
  for (let i = cue.last; i < index; i += 1) {
    const token = reading.tokens[i];
    const next = reading.tokens[i + 1];
    if (token === undefined || next === undefined) break;
    if (startsNewSubject(reading, i)) return false;
    // "sore, stiff, nothing else I can't pee since this morning": "I" starts a new clause even unpunctuated.
    if (i > cue.last && I_SUBJECT.has(token.norm)) return false;
    // "no numbness, just tingling", "not shooting or electric, more like a heavy ache": what follows the contrast
    // is what the patient does have.
    if (i > cue.last && turnsFromDenial(reading, i)) return false;
    // "hands and feet? no just the right foot", "not only my back, my leg too": "just" or "only" straight after
    // the denial corrects what was asked or thought, and what follows is what the patient has.
    if (i === cue.last && CORRECTING_AFTER_DENIAL.at(reading, i)) return false;
    // "no pain, can't pee", "the tap won't turn off, keeps dripping": a new predicate after a comma.
    if (isJoiner(token.norm) && PREDICATE_START.has(next.norm)) return false;
    // "no soreness at all aching down both legs": "at all" closes what it denies; what follows is told (a run-on
    // without a stop).
    if (i > cue.last && token.norm === "all" && reading.tokens[i - 1]?.norm === "at") return false;
    // "it's not bad at all, easing every day", "no too bad, settling": a judgement denied is said and done; what
    // follows the comma is told.
    if (isJoiner(token.norm) && isDeniedJudgement(reading, cue.last, i)) return false;
    // "No pain, leg feels numb", "no trouble peeing, legs weak though": a leg told with what it is doing is a
    // statement of its own, not one more thing the denial lists ("no pain, leg numbness or weakness" is a list).
    if (isJoiner(token.norm) && isLegClauseAt(reading, i + 1)) return false;
    // So run on without a joiner, once something was denied before it ("no soreness at all my legs feel heavy and
    // tingly"; not "I don't have my legs giving way", where the leg is what is denied).
    if (i > cue.last && isLegClauseAt(reading, i + 1) && isFindingBetween(reading, cue.last, i + 1))
      return false;
    // "no pain after numb around my bum": what was denied came before a word of when or why; what follows it is
    // told, not denied (a run-on without a full stop).
    if (
      i > cue.last &&
      ENDS_DENIED_SYMPTOM.has(token.norm) &&
      isFindingBetween(reading, cue.last, i)
    )
      return false;
    // "no numbness either day 4 - 6, day 5 - 6": a numbered day after what was denied starts an entry of a diary
    // (run on without a full stop), told, not denied.
    if (i > cue.last && token.norm === "day" && next.kind === "number") return false;
    // "no numbness (1) no (2) yes, trouble peeing": a numbered item after what was denied starts an answer of its
    // own (run on without a full stop).
    if (i > cue.last && isItemMarkAt(reading, i)) return false;
    // "no worries had a bowel accident", "no numbness yesterday got pins and needles in my groin": a second verb
    // after what was denied opens a new report (not "never really had numbness").
    if (i > cue.last && isRunOnVerbAt(reading, i)) return false;
  }
  // "I don't have a fever numb around my bum", "no worries numb in my groin": a denial reaches a second symptom
  // only through a list ("no numbness, tingling or weakness"), not one run on after the first without a word
  // joining them.
  return !isUnlistedAfterOther(reading, cue.last, index);
};

/** Words of how things are judged, which a denial may take on its own ("not bad", "not too great"). */
const JUDGEMENTS_DENIED = new WordSet([
  "bad",
  "great",
  "terrible",
  "awful",
  "horrendous",
  "good",
  "ideal",
]);
/** Words around such a judgement ("not too bad at all", "not that bad really"). */
const JUDGEMENT_FILLERS = new WordSet(["too", "so", "that", "as", "at", "all", "really", "very"]);

/**
 * Whether the words from `from` to `to` are a judgement and its fillers only ("bad at all", "too bad"): a denied
 * judgement, which lists nothing after it.
 */
const isDeniedJudgement = (reading: Reading, from: number, to: number): boolean => {
  let judged = false;
  for (let i = from; i < to; i += 1) {
    if (JUDGEMENTS_DENIED.at(reading, i)) judged = true;
    else if (!JUDGEMENT_FILLERS.at(reading, i)) return false;
  }
  return judged;
};

/** A numbered item's mark at token `i`: "(2)" or "2)" (not a bracket aside, "(about a 4)"). */
const isItemMarkAt = (reading: Reading, i: number): boolean => {
  const { tokens } = reading;
  if (tokens[i]?.norm === "(")
    return tokens[i + 1]?.kind === "number" && tokens[i + 2]?.norm === ")";
  return tokens[i]?.kind === "number" && tokens[i + 1]?.norm === ")" && tokens[i - 1]?.norm !== "(";
};

/** Words after a denied word that say what it is about: "no problems with numbness". */
const ABOUT_WORDS = new WordSet(["with", "about", "regarding", "re", "of"]);
/** Words that join the things a denial lists: "no numbness, tingling or weakness". */
// (and the brackets of an aside: "Dad (70, on steroids) slipped", the aside is his)
const LIST_JOINERS = new WordSet([",", "or", "and", "nor", "/", "&", "-", "plus", "(", ")"]);
/**
 * Whether token `index` follows something already told after a negation or a relative (a finding, a symptom word
 * or a "denied-head" cue such as "worries", from token `from` on) with no list word between them: a new report.
 */
const isUnlistedAfterOther = (reading: Reading, from: number, index: number): boolean => {
  // The things told from `from` on, in text order: each must be joined to the one before by a list word ("no
  // numbness, tingling or weakness"), else what follows is a new report ("no problem both calves are burning").
  let previousEnd = -1;
  for (let i = from; i < index; i += 1) {
    const end = itemEndAt(reading, i, index);
    if (end < 0) continue;
    if (previousEnd >= 0 && i >= previousEnd && !isListedAfter(reading, previousEnd, i))
      return true;
    previousEnd = Math.max(previousEnd, end);
  }
  return previousEnd >= 0 && !isListedAfter(reading, previousEnd, index);
};

/** Whether what starts at token `to` is joined to what ended at `from`: a list word between, or "with" / "about". */
const isListedAfter = (reading: Reading, from: number, to: number): boolean =>
  // ("no problems with numbness", "no worries about the tingling": what the denied word is about)
  ABOUT_WORDS.at(reading, from) ||
  isJoinedBetween(reading, from, to) ||
  // ("my sister's got sciatica shooting down both legs", "... going down both legs": where her sciatica goes,
  // told straight after it)
  (from === to &&
    (isWhereItGoesAt(reading, to) ||
      isPlaceOfSymptomBefore(reading, to) ||
      isNounOfSymptomBefore(reading, to))) ||
  (to === from + 1 && TRAVELLING.at(reading, from) && TOWARDS.at(reading, to)) ||
  // ("no pain going in the leg like electric": a likeness of what was denied, told in the same phrase)
  isLikenessOfBefore(reading, from, to);

/**
 * Whether the words from `from` to `to` end in a likeness ("like", "like a") with no punctuation before it: what
 * starts at `to` describes what was told before ("no pain going in the leg like electric"), not a new report.
 */
const isLikenessOfBefore = (reading: Reading, from: number, to: number): boolean => {
  const { tokens } = reading;
  let like = to - 1;
  if (tokens[like]?.norm === "a" || tokens[like]?.norm === "an") like -= 1;
  if (like < from || tokens[like]?.norm !== "like") return false;
  // (only a pain's likeness: "no numbness sorta like a hot wire down my leg" run on tells a new one)
  if (!LIKENED_PAINS.at(reading, from - 1) || NEW_LIKENESS.at(reading, like - 1)) return false;
  for (let i = from; i < like; i += 1) if (tokens[i]?.kind === "punct") return false;
  return true;
};
/** Pains a likeness after them describes ("pain ... like electric", "shooting ... like a shock"). */
const LIKENED_PAINS = new WordSet([
  "pain",
  "pains",
  "ache",
  "aches",
  "shooting",
  "burning",
  "zap",
  "zaps",
  "zapping",
  "twinge",
  "twinges",
]);
/** Words before "like" that open a likeness of its own ("sorta like a hot wire", "it feels like"). */
const NEW_LIKENESS = new WordSet([
  "sorta",
  "kinda",
  "sort",
  "kind",
  "its",
  "it",
  "feels",
  "feel",
  "felt",
  "more",
]);

/** Nouns a symptom word can describe: "sharp pain", "burning sensation", "tingly feeling". */
const SYMPTOM_NOUNS = new WordSet([
  "pain",
  "pains",
  "ache",
  "aches",
  "sensation",
  "sensations",
  "feeling",
  "feelings",
]);
const SYMPTOM_WORD_PLACES = [cuePlace("sym-pain"), cuePlace("sym-tingle"), cuePlace("sym-numb")];

/**
 * Whether token `i` is the noun the symptom word just before it describes ("no sharp pain", "no tingly feeling"):
 * one symptom in two words, denied together.
 */
const isNounOfSymptomBefore = (reading: Reading, i: number): boolean => {
  if (!SYMPTOM_NOUNS.at(reading, i)) return false;
  for (const place of SYMPTOM_WORD_PLACES) {
    const cues = cuesAt(reading, place);
    const before = cues[cueIndexFrom(cues, i) - 1];
    if (before?.last === i) return true;
  }
  return false;
};

/** Verbs of a symptom travelling ("sciatica shooting down both legs", "pain going into my calf"). */
const TRAVELLING = new WordSet([
  "shooting",
  "shoots",
  "going",
  "goes",
  "running",
  "runs",
  "radiating",
  "radiates",
  "spreading",
  "spreads",
  "travelling",
  "traveling",
  "travels",
]);
/** Words after such a verb that lead to where the symptom goes ("down", "into", "through"). */
const TOWARDS = new WordSet([
  "down",
  "into",
  "through",
  "along",
  "to",
  "round",
  "around",
  "across",
]);

/**
 * Whether the item at token `i` tells where the item just before it goes: a travelling verb and a word leading to
 * a place, with no noun of a symptom of its own ("sciatica shooting down both legs"; not "sciatica shooting pain
 * down both legs", a second symptom run on). Whose body it is stays read apart (`namesOwnBody`: "... down both
 * my legs" is the patient's).
 */
const isWhereItGoesAt = (reading: Reading, i: number): boolean =>
  TRAVELLING.at(reading, i) && TOWARDS.at(reading, i + 1);

/**
 * The end of the longest finding, symptom word or denied head ("worries") that starts at token `i` and ends by
 * token `limit`, or -1.
 */
const itemEndAt = (reading: Reading, i: number, limit: number): number => {
  let end = -1;
  // (the hits are in text order: a binary search for the first at token `i`)
  const { hits } = reading;
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((hits[middle]?.first ?? i) < i) low = middle + 1;
    else high = middle;
  }
  for (let h = low; ; h += 1) {
    const hit = hits[h];
    if (hit?.first !== i) break;
    if (hit.last <= limit) end = Math.max(end, hit.last);
  }
  for (const place of ITEM_CUE_PLACES) {
    const cues = cuesAt(reading, place);
    for (let k = cueIndexFrom(cues, i); ; k += 1) {
      const cue = cues[k];
      if (cue?.first !== i) break;
      if (cue.last <= limit) end = Math.max(end, cue.last);
    }
  }
  return end;
};

/** The cue kinds that, with lexicon findings, are the things a denial or a relative's report can list. */
const ITEM_CUES = [...SYMPTOM_CUES, "denied-head"] as const;
const ITEM_CUE_PLACES = ITEM_CUES.map(cuePlace);

/** Verbs that, told after a denial or someone else's symptom without a full stop, open the patient's own report. */
const RUN_ON_VERBS = new WordSet(["had", "has", "got", "gotten", "theres", "wet", "woke", "lost"]);
/**
 * Words before such a verb that keep it inside the denial or the other person's report: "never really had", "not
 * once had", "she has", "and has to strain".
 */
const INSIDE_DENIAL = new WordSet([
  // "never been on steroids or had cancer", "haven't fallen nor had a knock": one denial over both.
  "or",
  "nor",
  "and",
  "but",
  ",",
  "also",
  "then",
  "so",
  "who",
  "which",
  "that",
  "he",
  "she",
  "hes",
  "shes",
  "it",
  "its",
  "really",
  "actually",
  "ever",
  "even",
  "once",
  "properly",
  "truly",
  "yet",
  "still",
  "just",
  "honestly",
  "i",
  "ive",
  "id",
  "you",
  "we",
  "weve",
  "they",
  "anyone",
  "nobody",
  "one",
]);

/** A run-on verb at token `i` (see `RUN_ON_VERBS`), not inside the denial or report before it. */
const isRunOnVerbAt = (reading: Reading, i: number): boolean =>
  RUN_ON_VERBS.at(reading, i) &&
  !INSIDE_DENIAL.at(reading, i - 1) &&
  !isNegationWord(reading.tokens[i - 1]?.norm ?? "");

/** Words of when or why that, after a denied symptom, end its denial ("no pain after ...", "no ache since ..."). */
const ENDS_DENIED_SYMPTOM = new Set([
  "after",
  "afterwards",
  "since",
  "when",
  "while",
  "whilst",
  "until",
  "following",
  "because",
]);

/** A finding or a symptom word from token `from` up to token `to`. */
const isFindingBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const hit of reading.hits) {
    if (hit.first >= to) break;
    if (hit.first >= from && hit.last <= to) return true;
  }
  return hasSymptomBetween(reading, from, to);
};

/** Words that start a new predicate after a comma or "and", so a negation before them ends there. */
const PREDICATE_START = new Set([
  "keeps",
  "keep",
  "kept",
  "cant",
  "cannot",
  "couldnt",
  "can",
  "could",
  "have",
  "has",
  "had",
  "am",
  "started",
  "starting",
  "need",
  "needs",
  "needing",
  "having",
  "getting",
  "got",
  "feel",
  "feels",
  "felt",
  "suddenly",
  // "Today I wasn't - still a 5", "not better, still sore": what is still there is told, not denied.
  "still",
]);

export type Span = { first: number; last: number };

/** A checklist's answer of no after the item ("saddle numbness no, bladder no"). */
const NO_AFTER = new WordSet(["no", "none", "nope", "negative", "nil", "nah"]);
/** Marks between an item and its answer: "both legs: no", "numbness - none". */
const ANSWER_MARKS = new WordSet([":", "-", "="]);
/** Marks that part one checklist item from the next (":" and "-" stand inside one: "both legs - no"). */
const ITEM_BREAKS = new Set([",", ";", ".", "/", "|", "(", ")", "!"]);
/** The most tokens of one checklist item, its answer included ("numbness in the saddle area: none"). */
const ITEM_MOST = 10;
/**
 * Words that make a stretch of words a report rather than a checklist item: a yes, the patient, a verb ("my groin
 * is numb no idea why", "saddle numbness yes bladder no").
 */
const NOT_AN_ITEM = new WordSet([
  "yes",
  "yeah",
  "yep",
  "yh",
  "some",
  "bit",
  "slight",
  "slightly",
  "little",
  "i",
  "im",
  "ive",
  "id",
  "my",
  "me",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "feel",
  "feels",
  "felt",
  "got",
  "been",
  "its",
  "it",
  // A time or a doing: a report run on before the checklist ("cant pee since this morning leakage: no").
  "since",
  "today",
  "yesterday",
  "morning",
  "night",
  "after",
  "when",
  "cant",
  "cannot",
  "dont",
  "doesnt",
  "keeps",
  "keep",
  "started",
  "now",
  "still",
]);
/** The most words between an item's sign and its answer ("numbness | in the saddle area | none"). */
const ITEM_GAP = 4;
/** Words that may stand between an item's sign and its answer besides a place: "numbness in the ... : none". */
const PLACE_LINKS = new WordSet([
  "in",
  "on",
  "at",
  "of",
  "the",
  "my",
  "around",
  "round",
  "down",
  "both",
  ":",
  "-",
  "=",
]);
const PLACE_KINDS = ["site-saddle", "site-leg", "site-both"] as const;

/** Whether only a place and its links lie from token `from` up to `to` ("in the saddle area", "down below"). */
const isPlaceOnlyBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) {
    if (PLACE_LINKS.at(reading, i)) continue;
    let placed = false;
    for (const kind of PLACE_KINDS) {
      const sites = cuesOf(reading, kind);
      for (let k = cueIndexFrom(sites, Math.max(0, i - ITEM_GAP)); k < sites.length; k += 1) {
        const site = sites[k];
        if (site === undefined || site.first > i) break;
        if (site.last > i) placed = true;
      }
    }
    if (!placed) return false;
  }
  return true;
};

/** Whether token `i` parts checklist items: a mark between items, or the start of another sentence than `of`'s. */
const isItemBreak = (reading: Reading, i: number, of: number): boolean => {
  const token = reading.tokens[i];
  if (token === undefined || (token.kind === "punct" && ITEM_BREAKS.has(token.norm))) return true;
  return reading.segments.sentenceOf[i] !== reading.segments.sentenceOf[of];
};

/**
 * The answer straight after a colon that ends the sentence of token `colon` + 1 ("tingling: none."): its token, when
 * it is a no that ends its own sentence too, else -1.
 */
const noAfterColon = (reading: Reading, colon: number): number => {
  if (reading.tokens[colon]?.norm !== ":") return -1;
  const answer = colon + 1;
  return NO_AFTER.at(reading, answer) && isItemBreak(reading, answer + 1, answer) ? answer : -1;
};

/**
 * A checklist answered item by item: "saddle numbness no, bladder no, both legs no", "numbness down below - none",
 * "tingling: none". The item (the few words between two commas, in one sentence) ends in a no and holds no yes, no
 * "I" and no verb: what it names is denied. Not a tag question ("both legs are numb, no?") nor a no that goes on
 * ("numb no idea why", "numb down there: no idea why").
 */
const isAnsweredNoAfter = (reading: Reading, span: Span): boolean => {
  if (isAskedAndAnsweredNo(reading, span)) return true;
  let end = span.last;
  let answer = listAnswerAfter(reading, span.last);
  if (answer >= 0) end = answer + 1;
  else {
    while (!isItemBreak(reading, end, span.first)) {
      if (end - span.last === ITEM_MOST) return false;
      end += 1;
    }
    answer = end - 1;
    if (!NO_AFTER.at(reading, answer) || answer < span.last) {
      answer = noAfterColon(reading, end - 1);
      if (answer < 0) return false;
    } else if (reading.tokens[end]?.norm === "?") return false;
    // (the answer is that of the item the sign ends: a sign told further back, or before another word, is another
    // report: "they're tingly leakage: no")
    if (answer - span.last > ITEM_GAP + 1 || !isPlaceOnlyBetween(reading, span.last, answer))
      return false;
  }
  let start = span.first;
  while (start > 0 && !isItemBreak(reading, start - 1, span.first)) {
    if (span.first - start === ITEM_MOST) return false;
    start -= 1;
  }
  for (let i = start; i < end - 1; i += 1) {
    if (NOT_AN_ITEM.at(reading, i)) return false;
  }
  return true;
};

/** Words after a no that end it as an answer: "no, just a bit stiff", "nope but ...", "no thank god". */
const AFTER_ANSWER_NO = new WordSet([
  "just",
  "only",
  "but",
  "and",
  "thank",
  "thankfully",
  "luckily",
]);
/** How far after the sign its question mark may stand, with only its place between ("numbness in my feet? no"). */
const ASKED_REACH = 5;

/**
 * A sign asked of oneself and answered no at once: "numbness? no, just a bit of stiffness", "any tingling in my
 * feet? nope". Not "numbness? no idea" (no answer) nor a no that goes on to something else.
 */
export const isAskedAndAnsweredNo = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  // (the sign is the whole question, opening it: "numbness? no", "any tingling in my feet? nope", not "... I have
  // to look to check numbness? no")
  const opener = tokens[span.first - 1]?.norm === "any" ? span.first - 1 : span.first;
  const before = tokens[opener - 1];
  if (before !== undefined && before.kind !== "punct" && sameSentence(reading, opener - 1, opener))
    return false;
  let mark = span.last;
  while (mark < span.last + ASKED_REACH && tokens[mark]?.norm !== "?") mark += 1;
  if (tokens[mark]?.norm !== "?" || !NO_AFTER.at(reading, mark + 1)) return false;
  if (mark > span.last && !isPlaceOnlyBetween(reading, span.last, mark)) return false;
  const next = tokens[mark + 2];
  return (
    next === undefined ||
    (next.kind === "punct" && next.norm !== "?") ||
    AFTER_ANSWER_NO.at(reading, mark + 2)
  );
};

/** Words that join the signs of one checklist item answered once ("numbness/tingling/weakness: none"). */
const ITEM_LIST_JOINERS = new WordSet(["/", ",", "or", "and", "&", "nor"]);
/** The most signs joined after the first in one such item. */
const LIST_MOST = 6;

/** The end of the longest sign (a lexicon hit or a symptom word) that starts at token `at`, or -1. */
const signEndAt = (reading: Reading, at: number): number => {
  let end = -1;
  for (const hit of reading.hits) {
    if (hit.first > at) break;
    if (hit.first === at && hit.last > end) end = hit.last;
  }
  for (const kind of SYMPTOM_CUES) {
    const cues = cuesOf(reading, kind);
    for (let k = cueIndexFrom(cues, at); k < cues.length; k += 1) {
      const cue = cues[k];
      if (cue === undefined || cue.first > at) break;
      if (cue.first === at && cue.last > end) end = cue.last;
    }
  }
  return end;
};

/**
 * The "no" that answers a list of signs joined to the one ending at token `from` ("numbness/tingling/weakness:
 * none", "numbness and tingling - no", "numbness, tingling, weakness: none"): every sign of the list is the item,
 * and the one answer denies them all. -1 when no list follows or it is not answered no. A list joined by commas
 * needs the colon or dash of an answer ("numbness, leaking no" may be a report and an answer).
 */
const listAnswerAfter = (reading: Reading, from: number): number => {
  const { tokens } = reading;
  if (!ITEM_LIST_JOINERS.at(reading, from)) return -1;
  let at = from;
  let comma = false;
  for (let n = 0; n < LIST_MOST; n += 1) {
    const joiner = tokens[at]?.norm ?? "";
    if (!ITEM_LIST_JOINERS.has(joiner)) break;
    // ("numbness, tingling, or weakness")
    const next = joiner === "," && ITEM_LIST_JOINERS.at(reading, at + 1) ? at + 2 : at + 1;
    const end = signEndAt(reading, next);
    if (end < 0 || !sameSentence(reading, end - 1, from)) break;
    if (joiner === ",") comma = true;
    at = end;
  }
  if (at === from) return -1;
  const marked = ANSWER_MARKS.at(reading, at);
  if (comma && !marked) return -1;
  const answer = marked ? at + 1 : at;
  if (!NO_AFTER.at(reading, answer)) return -1;
  // (not a tag question, nor a no that goes on: "numbness/tingling: no idea why")
  if (!isItemBreak(reading, answer + 1, answer) || tokens[answer + 1]?.norm === "?") return -1;
  return answer;
};

/** Marks after the number of a numbered reply's item: "1)", "1.", "1:", "1 -". */
const NUMBER_MARKS = new Set([")", ".", ":", "-"]);

/** Whether token `at` ends the number of a numbered item ("2" in "2) yes", "2." or "(2)"), or is that number. */
const isItemNumberAt = (reading: Reading, at: number): boolean => {
  const token = reading.tokens[at];
  if (token?.kind === "number") return true;
  return NUMBER_MARKS.has(token?.norm ?? "") && reading.tokens[at - 1]?.kind === "number";
};

/**
 * A numbered reply's "no" ("1) no 2) yes, trouble peeing since Sunday", "1. no, 2. no, 3. yes - ..."): told
 * straight after its item's number and followed by the next number or a break, it answers that item alone.
 */
const isNumberedAnswer = (reading: Reading, cue: CueHit): boolean => {
  if (cue.last - cue.first !== 1 || !NO_AFTER.at(reading, cue.first)) return false;
  if (!isItemNumberAt(reading, cue.first - 1)) return false;
  const next = reading.tokens[cue.last];
  return (
    next === undefined ||
    next.kind === "number" ||
    (next.norm === "(" && reading.tokens[cue.last + 1]?.kind === "number") ||
    (isItemBreak(reading, cue.last, cue.first) && next.norm !== "?")
  );
};

/** A "no" that answers the item before it ("numbness no, leaking yes"): it denies that item, not the next one. */
const isItemAnswer = (reading: Reading, cue: CueHit): boolean =>
  isNumberedAnswer(reading, cue) ||
  (cue.last - cue.first === 1 &&
    NO_AFTER.at(reading, cue.first) &&
    // (after its item's words, or after the colon or dash that ends them: "numbness down below: none, ...")
    (ANSWER_MARKS.at(reading, cue.first - 1) ||
      (cue.first > sentenceStartOf(reading, cue.first) &&
        !isItemBreak(reading, cue.first - 1, cue.first))) &&
    isItemBreak(reading, cue.last, cue.first) &&
    reading.tokens[cue.last]?.norm !== "?");

/** Is the span negated by a trigger before it, or by a normality word right after it? */
export const isNegated = (reading: Reading, span: Span): boolean => {
  // ("sitting on the toilet felt weird - actually no, scratch that, I mean ...": taken back straight after)
  if (isRetractedAfter(reading, span.last)) return true;
  // (a negation reaches only within its clause, so none from before the span's sentence)
  const negations = cuesAt(reading, NEG_PRE_PLACE);
  for (let k = cueIndexFrom(negations, sentenceStartOf(reading, span.first)); ; k += 1) {
    const cue = negations[k];
    if (cue === undefined || cue.first >= span.first) break;
    // "sore, stiff, nothing else": a summary of what came before, not a denial of what follows.
    if (reading.tokens[cue.last]?.norm === "else") continue;
    // "numbness no, leaking yes": the no answers the item before it.
    if (isItemAnswer(reading, cue)) continue;
    // "sore for two days instead of one like usual, calming down now": the usual length, no denial.
    if (isInsteadOfUsual(reading, cue)) continue;
    if (
      isLiveTrigger(reading, cue) &&
      negationReaches(reading, cue, span.first) &&
      !isNeverBefore(reading, cue, span)
    )
      return true;
  }
  if (isAnsweredNoAfter(reading, span)) return true;
  return hasTrailingNormal(reading, span, POST_SYMPTOM_REACH, false);
};

/** Words of the usual, after "instead of" or "rather than" ("instead of the usual one", "rather than one as normal"). */
const USUAL_AFTER_CONTRAST = new WordSet(["usual", "normal", "usually", "normally", "always"]);
/** How far after "instead of" the word of the usual may stand ("instead of one day like usual"). */
const USUAL_AFTER_CONTRAST_REACH = 5;

/**
 * "instead of the usual one", "rather than a day like usual": a contrast with what usually happens, which denies
 * nothing told after it ("grumbly for two days instead of one like usual, calming down now").
 */
const isInsteadOfUsual = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const first = tokens[cue.first]?.norm;
  if (first !== "instead" && first !== "rather") return false;
  const to = Math.min(tokens.length, cue.last + USUAL_AFTER_CONTRAST_REACH);
  for (let i = cue.last - 1; i < to; i += 1) {
    if (tokens[i]?.kind === "punct") return false;
    if (!USUAL_AFTER_CONTRAST.at(reading, i)) continue;
    // (the usual told as a length or an amount, not a usual symptom: "instead of the usual sharp pain" denies it)
    const before = tokens[i - 1]?.norm;
    const next = tokens[i + 1];
    return (
      before === "like" ||
      before === "as" ||
      next === undefined ||
      next.kind === "punct" ||
      numberValue(next) !== undefined ||
      USUAL_AMOUNTS.at(reading, i + 1)
    );
  }
  return false;
};

/** Words after "the usual" that make it an amount or a length ("instead of the usual one", "my usual day or so"). */
const USUAL_AMOUNTS = new WordSet(["one", "day", "days", "hours", "amount", "length", "time"]);

/** Negation words that, with "before" after what they deny, tell of a first time ("never had this before"). */
const FIRST_TIME_NEGATIONS = new WordSet(["never", "not", "no", "havent", "hasnt", "hadnt"]);
/** Words after "before" that keep it "before now": "never had bladder issues before now", "before this week". */
const BEFORE_NOW = new Set(["now", "this", "today", "ever", "then", "in", "my", "life"]);
/** Words after "before" that keep the denial ("never had sciatica before, just a sore back", "before or since"). */
const STILL_DENIED = new Set(["just", "only", "either", "nor", "neither", "or", "still"]);
/** How far after the denied words "before" may stand ("never had bladder issues at all before"). */
const BEFORE_REACH = 4;

/**
 * "Never had bladder issues before", "I haven't had this problem before": a negation with "before" after what
 * it names tells that it is new now, not that it is absent (unless the sentence goes on to deny it still or to
 * say what there is instead: "never had sciatica before, just a sore back", "never had any before or since").
 */
const isNeverBefore = (reading: Reading, cue: CueHit, span: Span): boolean => {
  const { tokens } = reading;
  if (!FIRST_TIME_NEGATIONS.at(reading, cue.last - 1)) return false;
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  let before = -1;
  for (let i = span.last; i < Math.min(tokens.length, span.last + BEFORE_REACH); i += 1) {
    if (sentenceOf[i] !== sentence) return false;
    if (tokens[i]?.norm === "before") {
      before = i;
      break;
    }
  }
  if (before < 0) return false;
  const next = tokens[before + 1];
  if (next !== undefined && sentenceOf[before + 1] === sentence) {
    if (next.kind !== "punct" && !BEFORE_NOW.has(next.norm)) return false;
  }
  for (let i = before + 1; i < tokens.length && sentenceOf[i] === sentence; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    // ("no tingling before, none now": denied now too)
    if (STILL_DENIED.has(norm) || isNegationWord(norm) || norm === "none" || norm === "nothing")
      return false;
  }
  return true;
};

/** Words that open a question: "Is numbness between my legs normal?" asks, it does not deny. */
const QUESTION_OPENERS = new WordSet([
  "is",
  "are",
  "am",
  "does",
  "do",
  "should",
  "would",
  "could",
  "can",
  "will",
  "isnt",
  "arent",
  "how",
  "why",
  "what",
]);

/** Whether the sentence of token `index` is a question (a question mark, or a question word first). */
export const isQuestion = (reading: Reading, index: number): boolean => {
  const sentence = reading.segments.sentenceOf[index] ?? 0;
  const start = reading.segments.sentenceStarts[sentence] ?? 0;
  const end = reading.segments.sentenceStarts[sentence + 1] ?? reading.tokens.length;
  if (QUESTION_OPENERS.at(reading, start)) return true;
  for (let i = end - 1; i >= start && reading.tokens[i]?.kind === "punct"; i -= 1) {
    if (reading.tokens[i]?.norm === "?") return true;
  }
  return false;
};

/** Words that end what went before a checklist's label: "back is fine now but waterworks: ...". */
const LABEL_BREAKS = new WordSet(["but", "and", ",", "-", "so", "though", "also"]);

/** The most words in a question of the checklist kind, that only names a sign ("Pins and needles?", "Bladder?"). */
const CHECKLIST_WORDS = 5;
const CHECKLIST_PATIENT = new Set(["i", "im", "ive", "id", "my", "me", "mine", "myself"]);

/**
 * Whether sentence `sentence` is a checklist question: a few words ending in "?" that name a sign or a body
 * function, with no word of the patient ("Pins and needles?", "Bladder?"). What the next sentence says answers it.
 * With `orLabel`, a checklist's label ending in a colon asks the same ("Bladder: yes, leaking since Monday").
 */
export const isChecklistQuestion = (
  reading: Reading,
  sentence: number,
  orLabel = false,
): boolean => {
  const { tokens, segments } = reading;
  const start = segments.sentenceStarts[sentence];
  if (start === undefined) return false;
  const end = segments.sentenceStarts[sentence + 1] ?? tokens.length;
  const mark = tokens[end - 1]?.norm;
  if (mark !== "?" && !(orLabel && mark === ":")) return false;
  // (a label is the words of its own clause: "back is fine now but waterworks: a bit slow")
  let from = start;
  if (mark === ":") {
    for (let i = end - 2; i > start; i -= 1) {
      if (LABEL_BREAKS.at(reading, i)) {
        from = i + 1;
        break;
      }
    }
  }
  let words = 0;
  for (let i = from; i < end; i += 1) {
    const token = tokens[i];
    if (token?.kind !== "word" && token?.kind !== "number") continue;
    if (CHECKLIST_PATIENT.has(token.norm)) return false;
    words += 1;
  }
  return words > 0 && words <= CHECKLIST_WORDS;
};

/**
 * A normality word ("fine", "normal") after the span in the same clause, not itself negated ("not normal") and
 * not asked about ("is numbness between my legs normal?").
 */
/** Words that, before what is said to be normal, deny the normal instead ("neither of my legs feels normal"). */
const NEITHER_NONE = new WordSet(["neither", "none"]);

export const hasTrailingNormal = (
  reading: Reading,
  span: Span,
  reach: number,
  allowCommas: boolean,
): boolean => {
  if (isQuestion(reading, span.first)) return false;
  const normals = cuesAt(reading, NEG_POST_PLACE);
  for (let k = cueIndexFrom(normals, span.last); ; k += 1) {
    const cue = normals[k];
    if (cue === undefined || cue.first - span.last > reach) break;
    if (!sameClause(reading, span.first, cue.first)) continue;
    // "sciatica as usual": a symptom as it usually is, not one said to be normal (a body function "as usual" is).
    if (!allowCommas && isAsUsual(reading, cue)) continue;
    let blocked = false;
    for (let i = span.last; i < cue.first; i += 1) {
      const norm = reading.tokens[i]?.norm ?? "";
      if (allowCommas) {
        // A body function: "peeing fine", "bladder and bowels are normal", "legs, feet, all fine". Not when
        // a symptom comes between ("legs have gone weak, otherwise fine") or the words judge something else.
        if (reading.masked[i] === 1 || NOT_ABOUT_IT.has(norm)) blocked = true;
      } else if (!LINKING.has(norm)) {
        // A symptom: only "numbness is fine now", never "numb and peeing is fine" or "numb, which is normal".
        blocked = true;
      }
    }
    // "fine otherwise", "but otherwise fine", "anyway feeling ok": about everything else.
    if (reading.tokens[cue.last]?.norm === "otherwise") blocked = true;
    if (isAboutEverythingElse(reading, cue.first)) blocked = true;
    // "is that normal", "not sure if it's normal": asked, without a question mark.
    if (isAskedNormal(reading, cue.first)) blocked = true;
    // "ok so ...", "okay then": a word that opens what comes next, not one of something being fine.
    if (isDiscourseOk(reading, cue)) blocked = true;
    // "legs have gone weak and peeing is fine": the symptom between is not what is fine.
    if (allowCommas && hasSymptomBetween(reading, span.last, cue.first)) blocked = true;
    // "not normal", "doesn't feel right" are not denials.
    for (let i = Math.max(span.last, cue.first - 3); i < cue.first; i += 1) {
      const norm = reading.tokens[i]?.norm ?? "";
      if (isNegationWord(norm)) blocked = true;
    }
    // "neither of my legs feels normal", "none of my toes feel right", "neither foot feels normal" (the span
    // itself opening with the word): the normal is what is denied.
    for (let i = Math.max(0, span.first - 3); i <= span.first; i += 1)
      if (NEITHER_NONE.at(reading, i)) blocked = true;
    if (!blocked) return true;
  }
  return false;
};

/** Last words of "as usual", "like always", "as I always do". */
const AS_USUAL_ENDS = new Set(["usual", "normal", "always", "ever", "do", "have", "could"]);
/** First words of them. */
const AS_USUAL_STARTS = new WordSet(["as", "like", "same"]);

/**
 * "as usual", "as normal", "same as usual", "like always": what a thing is like, normal only for a body function
 * ("sciatica as usual", "numb like always" tell a symptom as it usually is).
 */
const isAsUsual = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const last = tokens[cue.last - 1]?.norm ?? "";
  return (
    AS_USUAL_ENDS.has(last) &&
    (tokens[cue.last - 2]?.norm === "as" ||
      tokens[cue.first - 1]?.norm === "as" ||
      (cue.last - cue.first > 1 && AS_USUAL_STARTS.at(reading, cue.first)))
  );
};

/** Words shortly before a normality word that ask rather than tell: "is that normal", "not sure if normal". */
const ASKING = new Set([
  "is",
  "isnt",
  "if",
  "whether",
  "wonder",
  "wondering",
  "sure",
  "know",
  "hope",
]);
/** How far before the normality word an asking word may stand ("not sure if this is normal"). */
const ASKING_REACH = 3;

/** Whether the normality word at token `index` is asked about: an asking word just before it in its clause. */
export const isAskedNormal = (reading: Reading, index: number): boolean => {
  for (let i = index - 1; i >= Math.max(0, index - ASKING_REACH); i -= 1) {
    if (!sameClause(reading, i, index)) return false;
    const norm = reading.tokens[i]?.norm ?? "";
    // ("is" only as the question's own verb: "is that normal", "is it ok", not "peeing is fine")
    if (norm === "is" || norm === "isnt") {
      const next = reading.tokens[i + 1]?.norm ?? "";
      if (next === "that" || next === "it" || next === "this" || next === "thats") return true;
      continue;
    }
    if (ASKING.has(norm)) return true;
  }
  return false;
};

/** Words before a normality word that make it about everything else ("but otherwise fine", "anyway feeling ok"). */
const EVERYTHING_ELSE = new WordSet([
  "otherwise",
  "anyway",
  "anyways",
  "overall",
  "generally",
  "else",
]);

/** Whether `EVERYTHING_ELSE` stands right before token `index` or one word before ("otherwise feeling fine"). */
export const isAboutEverythingElse = (reading: Reading, index: number): boolean =>
  EVERYTHING_ELSE.at(reading, index - 1) || EVERYTHING_ELSE.at(reading, index - 2);

/** "ok", "okay" or "alright" opening what follows ("ok so the clamshells ...", "okay then"). */
const OK_WORDS = new WordSet(["ok", "okay", "alright", "right"]);
const AFTER_DISCOURSE_OK = new WordSet(["so", "then", "well", "anyway", "anyways", "now", "lol"]);
const isDiscourseOk = (reading: Reading, cue: Span): boolean =>
  cue.last - cue.first === 1 &&
  OK_WORDS.at(reading, cue.first) &&
  AFTER_DISCOURSE_OK.at(reading, cue.last);

/** A body function said to be normal ("peeing fine", "I can walk, sleep and go to the toilet normally"). */
export const isFunctionDenied = (reading: Reading, span: Span): boolean => {
  if (isNegated(reading, span)) return true;
  return hasTrailingNormal(reading, span, POST_FUNCTION_REACH, true);
};

/**
 * Verbs by which someone else tells of what they see in the patient ("my wife noticed ..."). Not "says" or
 * "thinks": "my friend said burning in the leg means nerve trouble" is what they know, not what they saw.
 */
const REPORTING = new WordSet([
  "noticed",
  "notice",
  "notices",
  "noticing",
  "saw",
  "spotted",
  "spots",
]);

/**
 * "My wife noticed both legs are numb": what a relative sees is the patient's, unless it is theirs again ("my
 * mum noticed she has ...", "... her legs ...").
 */
const reportsOnPatient = (reading: Reading, i: number): boolean => {
  if (!REPORTING.at(reading, i)) return false;
  let next = i + 1;
  if (reading.tokens[next]?.norm === "that") next += 1;
  const word = reading.tokens[next]?.norm ?? "";
  return !OTHER_SUBJECT.has(word) && !POSSESSIVE_OTHER.has(word);
};

/** Whether the relative named at `cue`, before token `index`, is still the subject there. */
const relativeReaches = (reading: Reading, cue: CueHit, index: number): boolean => {
  // The relative's symptom ends where the patient speaks of themself ("my", "I"), a new subject starts that is
  // not the relative again ("My mum has sciatica and both feet are tingling": the feet are the patient's), or the
  // relative tells of what they see in the patient ("my wife noticed both legs are numb"). So does a finding that
  // opens with the patient as its subject ("my partner says I've been leaking").
  if (FIRST_PERSON.at(reading, index)) return false;
  for (let i = cue.last; i < index; i += 1) {
    if (FIRST_PERSON.at(reading, i)) return false;
    if (startsNewSubject(reading, i, OTHER_SUBJECT)) return false;
    if (reportsOnPatient(reading, i)) return false;
    // "my mum has sciatica had a bowel accident this morning": a second verb after the relative's symptom, run
    // on without a full stop, is the patient's own report.
    if (isRunOnVerbAt(reading, i) && isFindingBetween(reading, cue.last, i)) return false;
    // "my mum has sciatica no pain, can't pee": a denial after the relative's symptom is the patient speaking.
    if (isNegationWord(reading.tokens[i]?.norm ?? "") && isFindingBetween(reading, cue.last, i))
      return false;
  }
  // "my mum has sciatica numb around my bum": a second symptom run on after the relative's, with no word joining
  // them, is the patient's own.
  return !isUnlistedAfterOther(reading, cue.last, index);
};

/** Verbs by which someone named after a finding tells of it: "didn't realise until a colleague told me". */
const TOLD = new WordSet([
  "told",
  "tells",
  "said",
  "says",
  "noticed",
  "notices",
  "saw",
  "spotted",
  "pointed",
  "mentioned",
  "asked",
]);

const tellsOfPatientAfter = (reading: Reading, cue: CueHit): boolean => {
  for (let i = cue.last; i < Math.min(cue.last + 3, reading.tokens.length); i += 1) {
    if (TOLD.at(reading, i)) return true;
  }
  return false;
};

/** Whether the patient is the subject between two tokens ("... after I helped a mate"): "I", "I'm", "I've". */
const isPatientActingBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from + 1; i < to; i += 1) if (I_SUBJECT.at(reading, i)) return true;
  return false;
};

/** Words that lead from a symptom to where it is: "numb between my legs", "tingling down my leg". */
const PLACE_WORDS = new WordSet([
  "between",
  "in",
  "on",
  "around",
  "round",
  "down",
  "under",
  "across",
  "at",
  "of",
  "near",
  "by",
  "into",
  "through",
  "up",
]);

/**
 * Whether the finding at token `index` opens with where the symptom before it goes ("I used to get pain right down
 * to my calf"): the same symptom told on, not another one run on after it.
 */
const isPlaceOfSymptomBefore = (reading: Reading, index: number): boolean => {
  const norm = reading.tokens[index]?.norm ?? "";
  return PLACE_WORDS.has(norm) || (norm === "right" && PLACE_WORDS.at(reading, index + 1));
};

/**
 * Whether the finding's words, or the place told right after them, name the patient's body after the relative:
 * "my dad has arthritis numb between my legs" (run on from a relative's condition the reader does not know) is the
 * patient's numbness. Not "my" before another relative ("numb like my mum's"), nor a new clause ("my husband has
 * numb feet and my back is sore").
 */
const namesOwnBody = (reading: Reading, cue: CueHit, span: Span): boolean => {
  const { tokens } = reading;
  const relatives = cuesAt(reading, RELATIVE_PLACE);
  const isOwn = (i: number): boolean =>
    tokens[i]?.norm === "my" && relatives[cueIndexFrom(relatives, i)]?.first !== i;
  for (let i = Math.max(cue.last, span.first); i < span.last; i += 1) if (isOwn(i)) return true;
  let i = span.last;
  while (i < span.last + 2 && PLACE_WORDS.at(reading, i)) i += 1;
  return i > span.last && isOwn(i);
};

export const isSomeoneElse = (reading: Reading, span: Span): boolean => {
  const index = span.first;
  // Written for a relative who is the patient ("my husband wants me to ask - he's been doing PT ..."): what is told
  // of them is the patient's (see `proxy-frame.ts`).
  const patient = proxyPatientOf(reading);
  const relatives = cuesAt(reading, RELATIVE_PLACE);
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[index] ?? 0;
  const start = sentenceStarts[sentence] ?? 0;
  for (let k = cueIndexFrom(relatives, start); ; k += 1) {
    const cue = relatives[k];
    if (cue === undefined || sentenceOf[cue.first] !== sentence) break;
    // ("my husband is typing this for me", "writing on behalf of my wife": the one typing, or the patient)
    if (isOfProxy(reading, cue)) continue;
    if (patient > PRONOUN_PATIENT && relativeIdOfCue(reading, cue) === patient) continue;
    // ("had sex with my partner and felt nothing", "can't feel my wife": the one the patient is with or feels)
    if (isPartnerObject(reading, cue)) continue;
    // ("at my daughter's wedding, maybe a 7": the relative owns the event, the patient was there)
    if (isRelativesEvent(reading, cue.last)) continue;
    // ("picked up my toddler and had a bigger flare", "the drive to my daughter's flared my back": what the patient
    // lifted, or where the patient went)
    if (isRelativeAsObject(reading, cue)) continue;
    if (cue.first > index) {
      // "... runs in my family" after the finding; not "... until a colleague told me", who told of the patient,
      // nor "big flare after I helped a mate move house", where the patient did something with them.
      if (
        reading.tokens[cue.first]?.norm !== "my" &&
        !tellsOfPatientAfter(reading, cue) &&
        !isPatientActingBetween(reading, index, cue.first)
      )
        return true;
      continue;
    }
    if (relativeReaches(reading, cue, index) && !namesOwnBody(reading, cue, span)) return true;
  }
  // "Husband says his legs are both numb" (only before the finding: "..., but mum had that too" is the patient's),
  // "my dog's back leg has gone weak".
  if (reachesFromBefore(reading, "relative-subject", start, span, patient)) return true;
  if (reachesFromBefore(reading, "pet", start, span, patient)) return true;
  // Typed for the patient ("my husband is typing this for me. She has tingling in her bottom"): "she" and "her"
  // are the patient.
  if (isProxyBefore(reading, index)) return false;
  // In a proxy frame "he", "she", "his" and "her" are the patient, until another relative is named ("Mum is the
  // patient. Her sister had cauda equina and she ...").
  if (patient !== NO_PROXY) {
    const named = lastNamedBefore(reading, index);
    if (named === 0 || named === patient) return false;
  }
  // "her numb legs", "his sciatica"; "her legs go numb" (the symptom of what is theirs, told straight after it).
  for (let i = Math.max(0, index - 2); i < index; i += 1) {
    if (POSSESSIVE_OTHER.at(reading, i)) return true;
  }
  if (
    POSSESSIVE_OTHER.at(reading, index - 3) &&
    reading.tokens[index - 2]?.kind === "word" &&
    OWNED_PREDICATE.at(reading, index - 1)
  )
    return true;
  if (isRelativeWithParenthesis(reading, index)) return true;
  // "My dad had prostate cancer. He had bone mets.", "... because he had foot drop".
  return isThirdPersonBefore(reading, start, index);
};

/**
 * "My dad had prostate cancer. He had bone mets.", "My husband keeps telling me to see a doctor because he had a
 * herniated disc with foot drop": "he" or "she" in the sentence of token `index`, before it, after a relative is
 * named, is the subject there until the patient speaks of themself (the same reach as a relative's: "he says my
 * legs look weak" tells of the patient's legs; "She says - sorry, I mean I have - tingling in my bottom").
 */
const isThirdPersonBefore = (reading: Reading, start: number, index: number): boolean => {
  const named = Math.min(
    cuesAt(reading, RELATIVE_PLACE)[0]?.first ?? index,
    cuesAt(reading, RELATIVE_SUBJECT_PLACE)[0]?.first ?? index,
  );
  if (named >= index) return false;
  const others = cuesAt(reading, THIRD_PERSON_PLACE);
  for (let k = cueIndexFrom(others, Math.max(start, named + 1)); ; k += 1) {
    const cue = others[k];
    if (cue === undefined || cue.first >= index) return false;
    if (relativeReaches(reading, cue, index)) return true;
  }
};

/**
 * Whether a cue of `kind` from token `start` on, before the finding at `span`, names the one whose symptom it is:
 * not the one typing for the patient, and not when the finding names the patient's own body.
 */
const reachesFromBefore = (
  reading: Reading,
  kind: "relative-subject" | "pet",
  start: number,
  span: Span,
  patient: number,
): boolean => {
  const cues = cuesAt(reading, kind === "pet" ? PET_PLACE : RELATIVE_SUBJECT_PLACE);
  for (let k = cueIndexFrom(cues, start); ; k += 1) {
    const cue = cues[k];
    if (cue === undefined || cue.first >= span.first) return false;
    if (
      !isOfProxy(reading, cue) &&
      !(patient > PRONOUN_PATIENT && kind !== "pet" && relativeIdOfCue(reading, cue) === patient) &&
      relativeReaches(reading, cue, span.first) &&
      !namesOwnBody(reading, cue, span)
    )
      return true;
  }
};

/** How far before a proxy cue a relative may be named as the one typing ("my husband is typing this for me"). */
const PROXY_SUBJECT_REACH = 2;

/** Whether a relative cue names the one typing for the patient, or the patient typed for (see the "proxy" cue). */
const isOfProxy = (reading: Reading, cue: CueHit): boolean => {
  for (const proxy of cuesAt(reading, PROXY_PLACE)) {
    if (cue.first < proxy.last && proxy.first - cue.last <= PROXY_SUBJECT_REACH) return true;
  }
  return false;
};

/** Whether the message says, before token `index`, that it is typed for the patient. */
const isProxyBefore = (reading: Reading, index: number): boolean => {
  const proxies = cuesAt(reading, PROXY_PLACE);
  return proxies.length > 0 && (proxies[0]?.first ?? index) < index;
};

/**
 * "Mum (82, osteoporosis) fell yesterday": a relative's name followed by a parenthesis is the subject of the
 * parenthesis and of what follows it.
 */
const isRelativeWithParenthesis = (reading: Reading, index: number): boolean => {
  const names = cuesAt(reading, RELATIVE_NOUN_PLACE);
  for (let k = cueIndexFrom(names, sentenceStartOf(reading, index)); ; k += 1) {
    const name = names[k];
    if (name === undefined || name.first >= index) break;
    if (reading.tokens[name.last]?.norm === "(" && relativeReaches(reading, name, index))
      return true;
  }
  return false;
};

// The checks below run for every finding of every message: plain loops, so that they allocate nothing.

/** Words that, after a joiner, start the patient's own report: "- I think I've got that", ", and now my...". */
const OWN_REPORT = new Set(["i", "im", "ive", "id", "now", "actually"]);

/**
 * Whether the patient turns from an imagined or quoted sign to their own between `from` and `span` (or in the
 * clause of `span` after it): "The leaflet says X is serious - I've had it since Sunday", "...and my bum has been
 * numb since this morning", "...but my groin is numb". A time it began ("since") is a report, not a what-if.
 */
const turnsToOwnReport = (reading: Reading, from: Span, span: Span): boolean => {
  const { tokens } = reading;
  const clause = reading.segments.clauseOf[span.first];
  for (let i = from.last; i < tokens.length; i += 1) {
    if (i >= span.first && reading.segments.clauseOf[i] !== clause) break;
    const norm = tokens[i]?.norm;
    if (norm === "since" || isPastAnchorAt(reading, i)) return true;
    if (i >= span.first) continue;
    const next = tokens[i + 1]?.norm ?? "";
    if (isJoiner(norm) && OWN_REPORT.has(next)) return true;
    if (norm === "but" && startsNewSubject(reading, i)) return true;
    // "the leaflet says stop if your legs go numb, both legs are numb now": after what was quoted, a leg told with
    // what it is doing opens the patient's own report (run on with a comma).
    if (isJoiner(norm) && isLegClauseAt(reading, i + 1) && isFindingBetween(reading, from.last, i))
      return true;
  }
  return false;
};

/** Words of a time gone by that anchor a report: "yesterday", "two days ago", "this morning", "last night". */
const PAST_ANCHORS = new Set(["yesterday", "ago", "earlier"]);
const PARTS_OF_DAY = new Set(["morning", "afternoon", "night"]);

/** A time gone by at token `i` ("they went numb this morning"): a report, not a supposition. */
const isPastAnchorAt = (reading: Reading, i: number): boolean => {
  const norm = reading.tokens[i]?.norm ?? "";
  if (PAST_ANCHORS.has(norm)) return true;
  const before = reading.tokens[i - 1]?.norm;
  return PARTS_OF_DAY.has(norm) && (before === "this" || (before === "last" && norm === "night"));
};

/**
 * A confirmation after `cue` that the sign at `span` is the patient's own ("ok it's me", "I think I've actually got
 * that"). Not one told after something else the patient describes: in "'stop if you get pain down both legs'. Does
 * that include muscle ache in both thighs? Because that's what I have", what they have is the ache.
 */
const isConfirmedAfter = (reading: Reading, cue: Span, span: Span): boolean => {
  for (const actual of cuesAt(reading, ACTUAL_PLACE)) {
    // "It's me again" greets; "I don't think I have that" denies.
    if (actual.first <= cue.first || reading.tokens[actual.last]?.norm === "again") continue;
    if (precededByNegation(reading, actual, 3)) continue;
    if (actual.first > span.last && isOtherFindingBetween(reading, span.last, actual.first, actual))
      continue;
    return true;
  }
  return false;
};

/** Words of a confirmation that take in everything named before ("I have both", "all of that"). */
const TAKES_ALL = new WordSet(["both", "all"]);

/** A lexicon finding told between two tokens, that a confirmation not of everything is about instead. */
const isOtherFindingBetween = (
  reading: Reading,
  from: number,
  to: number,
  actual: Span,
): boolean => {
  for (let i = actual.first; i < actual.last; i += 1) {
    if (TAKES_ALL.at(reading, i)) return false;
  }
  // (told in a later sentence than the sign: the words of the sign's own sentence are the sign)
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[from - 1] ?? 0;
  for (const hit of reading.hits) {
    if (hit.first >= from && hit.last <= to && (sentenceOf[hit.first] ?? 0) > sentence) return true;
  }
  return false;
};

/** "if the tingling ever went...": an "ever" shortly after "if" in its clause, not "ever since". */
const isConditionalEver = (reading: Reading, cue: CueHit): boolean => {
  if (reading.tokens[cue.last]?.norm === "since") return false;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - 4); i -= 1) {
    if (!sameClause(reading, i, cue.first)) return false;
    if (reading.tokens[i]?.norm === "if") return true;
  }
  return false;
};

/** Whether a cue lies inside a hedge on the telling ("in case it matters"). */
const isInsideHedge = (reading: Reading, cue: CueHit): boolean => {
  for (const hedge of cuesAt(reading, HEDGE_PLACE)) {
    if (hedge.first <= cue.first && cue.last <= hedge.last) return true;
  }
  return false;
};

/** Words that open the condition of a safety-net instruction ("call 999 if ...", "go to A&E should ..."). */
const CONDITIONS = new Set(["if", "should", "incase", "unless", "whenever"]);
/** Words that give a reason or a report instead ("... because both legs are numb", "... as I can't pee"). */
const REASONS = new Set(["because", "cos", "coz", "cause", "since", "as", "so", "now", "after"]);

/**
 * Whether `span` lies in the condition of the instruction at `cue`: a condition word after the instruction, in the
 * clause of the span, and no word of a reason between ("said to call if I got numb down there", not "told me to go
 * to A&E because both legs are numb").
 */
const isInsideCondition = (reading: Reading, cue: CueHit, span: Span): boolean => {
  for (let i = span.first - 1; i >= cue.last; i -= 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (REASONS.has(norm)) return false;
    if (CONDITIONS.has(norm) || (norm === "case" && reading.tokens[i - 1]?.norm === "in"))
      return sameClause(reading, i, span.first);
    // "... if my legs went numb, they went numb this morning": a new clause after the condition is told.
    if (startsNewSubject(reading, i)) return false;
  }
  return false;
};

/** Words that judge what follows an "if": "is it normal if I get ...", "is it bad if I've started ...". */
const JUDGEMENTS = new WordSet([
  "normal",
  "ok",
  "okay",
  "alright",
  "fine",
  "common",
  "usual",
  "expected",
  "bad",
  "serious",
  "worrying",
  "concerning",
  "dangerous",
  "typical",
]);

/**
 * "Is it normal if I get numb down there after the session?": an "if" after a word that judges it asks whether what
 * the patient has is normal, as "Is it normal that ..." does. It is a report, unless an answer sets it aside.
 */
export const isJudgedIf = (reading: Reading, at: number): boolean =>
  reading.tokens[at]?.norm === "if" && JUDGEMENTS.at(reading, at - 1);

/** Verbs by which a page or an app says something ("it said", "the leaflet says"). */
const SAYING = new WordSet([
  "says",
  "said",
  "say",
  "states",
  "stated",
  "mentions",
  "mentioned",
  "warns",
  "warned",
  "reckons",
]);

/**
 * A page or an app saying something of the patient ("the app said I have signs of ...", "it said my numbness
 * needs checking"): a report on the patient's own symptoms, not a quoted warning.
 */
const isSaidOfPatient = (reading: Reading, cue: CueHit): boolean =>
  SAYING.at(reading, cue.last - 1) && FIRST_PERSON.at(reading, cue.last);

/** Sounds a body makes or a fall makes: heard, they are no quote ("heard that crack"). */
const SOUNDS = new WordSet([
  "crack",
  "pop",
  "click",
  "snap",
  "clunk",
  "crunch",
  "thud",
  "bang",
  "noise",
  "sound",
  "cracking",
  "popping",
  "clicking",
]);

/** A quoting "heard that" whose "that" points at a sound ("... but heard that crack and both legs went numb"). */
const isHeardSound = (reading: Reading, cue: CueHit): boolean =>
  reading.tokens[cue.last - 1]?.norm === "that" && SOUNDS.at(reading, cue.last);

/** Whether an imagining or quoting cue before `span` in its sentence reaches it, unconfirmed. */
const reachesImagined = (reading: Reading, cue: CueHit, span: Span): boolean =>
  cue.first < span.first &&
  sameSentence(reading, cue.first, span.first) &&
  !isSaidOfPatient(reading, cue) &&
  !turnsToOwnReport(reading, cue, span) &&
  !isConfirmedAfter(reading, cue, span);

/**
 * Whether the sentence starting at `start` is quoted after a colon that ends an imagining or quoting cue ("The
 * leaflet says: numbness in the saddle area means A&E", "a page I read: it said ..."), and the span in it is not
 * turned into or confirmed as the patient's own.
 */
const isQuotedAfterColon = (reading: Reading, start: number, span: Span): boolean => {
  if (start === 0 || reading.tokens[start - 1]?.norm !== ":") return false;
  const imagined = cuesAt(reading, HYPOTHETICAL_PLACE);
  for (let k = cueIndexFrom(imagined, sentenceStartOf(reading, start - 1)); ; k += 1) {
    const cue = imagined[k];
    if (cue === undefined || cue.first >= start) return false;
    if (cue.last === start - 1)
      return !turnsToOwnReport(reading, cue, span) && !isConfirmedAfter(reading, cue, span);
  }
};

/** How far after "before anyone asks about" its topic may be named ("... about my left leg's numbness"). */
const TOPIC_REACH = 6;

/**
 * Whether `span` is the topic of a question the patient expects (`cue`: "before anyone asks about"): named right
 * after it, with no punctuation between ("before you ask about night pain, yes it wakes me" tells after the comma).
 */
const isTopicOf = (reading: Reading, cue: CueHit, span: Span): boolean => {
  if (span.first < cue.last || span.first - cue.last > TOPIC_REACH) return false;
  for (let i = cue.last; i < span.first; i += 1)
    if (reading.tokens[i]?.kind === "punct") return false;
  return true;
};

/**
 * Whether the span is imagined, asked about or quoted ("what if I get numbness", "the leaflet says numb legs are
 * serious", "if it ever went into both legs"), and not turned into or confirmed as the patient's own report.
 */
const isImagined = (reading: Reading, span: Span): boolean => {
  // (only a cue before the span in its own sentence reaches it; plain loops, which allocate nothing)
  const start = sentenceStartOf(reading, span.first);
  const imagined = cuesAt(reading, HYPOTHETICAL_PLACE);
  for (let k = cueIndexFrom(imagined, start); ; k += 1) {
    const cue = imagined[k];
    if (cue === undefined || cue.first >= span.first) break;
    // ("in case it matters, ..." hedges the telling)
    if (isInsideHedge(reading, cue)) continue;
    if (isHeardSound(reading, cue)) continue;
    if (!isJudgedIf(reading, cue.first) && reachesImagined(reading, cue, span)) return true;
  }
  // "before anyone asks about night pain lol": the topic of a question the patient expects, in its own clause.
  const asked = cuesAt(reading, ASKED_TOPIC_PLACE);
  for (let k = cueIndexFrom(asked, start); ; k += 1) {
    const cue = asked[k];
    if (cue === undefined || cue.first >= span.first) break;
    if (isTopicOf(reading, cue, span)) return true;
  }
  const instructions = cuesAt(reading, INSTRUCTION_PLACE);
  for (let k = cueIndexFrom(instructions, start); ; k += 1) {
    const cue = instructions[k];
    if (cue === undefined || cue.first >= span.first) break;
    if (isInsideCondition(reading, cue, span) && reachesImagined(reading, cue, span)) return true;
  }
  // "The leaflet says: numbness in the saddle area means A&E": what is quoted after a colon.
  if (isQuotedAfterColon(reading, start, span)) return true;
  const evers = cuesAt(reading, EVER_PLACE);
  for (let k = cueIndexFrom(evers, start); ; k += 1) {
    const cue = evers[k];
    if (cue === undefined || cue.first >= span.first) break;
    if (
      sameClause(reading, cue.first, span.first) &&
      isConditionalEver(reading, cue) &&
      reachesImagined(reading, cue, span)
    )
      return true;
  }
  return false;
};

/** Whether `cue` lies inside a cue of `kind` ("new" inside "nothing new"). */
const insideKind = (reading: Reading, kind: CueKind, cue: CueHit): boolean => {
  for (const other of cuesOf(reading, kind)) {
    if (other.first <= cue.first && other.last >= cue.last) return true;
  }
  return false;
};

/** Words after which "now" says how it is, not that it is new: "long gone now", "fine now", "none now". */
const SETTLED_NOW = new WordSet([
  "gone",
  "none",
  "stopped",
  "disappeared",
  "vanished",
  "fine",
  "better",
  "ok",
  "okay",
  "resolved",
  "settled",
  "cleared",
  "normal",
  "over",
]);

/**
 * A "new" cue that is no news of a symptom: inside "nothing new" or "before I started PT", inside a word of the
 * flow ("stopping and starting", "stop-starting": how it comes, not when it began), or "now" after a word of it
 * being over ("long gone now").
 */
const isNotNews = (reading: Reading, cue: CueHit): boolean =>
  insideKind(reading, "long-standing", cue) ||
  insideKind(reading, "not-new", cue) ||
  insideKind(reading, "abn-voiding", cue) ||
  isRecentlyAfterNoChange(reading, cue) ||
  (cue.last - cue.first === 1 &&
    reading.tokens[cue.first]?.norm === "now" &&
    (SETTLED_NOW.at(reading, cue.first - 1) ||
      isAgoNowAt(reading, cue.first) ||
      isYearsNowAt(reading, cue.first) ||
      isSameNowAt(reading, cue.first) ||
      isAfterKind(reading, RESOLVED_LONG_AGO_PLACE, cue.first)));

/** Words of the recent past that a word of no change before them keeps from being news ("nothing different lately"). */
const LATELY = new WordSet(["lately", "recently"]);
/** Words that may stand between the no-change words and "lately" ("nothing different at all lately"). */
const LATELY_FILLERS = new WordSet(["at", "all", "really", "much", "whatsoever"]);

/**
 * "nothing different at all lately", "hasn't changed recently": "lately" after words of no change says that nothing
 * is new, not that the symptom is.
 */
const isRecentlyAfterNoChange = (reading: Reading, cue: CueHit): boolean => {
  if (cue.last - cue.first !== 1 || !LATELY.at(reading, cue.first)) return false;
  let at = cue.first;
  while (at > cue.first - 3 && LATELY_FILLERS.at(reading, at - 1)) at -= 1;
  return endsAt(reading, cuesAt(reading, NOT_NEW_PLACE), at, false);
};

/**
 * "no different now", "unchanged now", "(youngest is 11 now)": "now" after a word of no change or after an age
 * says how things stand, not that something is new.
 */
const isSameNowAt = (reading: Reading, index: number): boolean => {
  const before = reading.tokens[index - 1];
  if (before?.kind === "number") return true;
  // ("that's 11 years now, and ...", "for years now.": "now" closing how many years it has been, not news; not "I
  // had sciatica for years now my legs are numb", where "now" opens what follows)
  if (
    YEARS_NOW.at(reading, index - 1) &&
    (index + 1 >= reading.tokens.length || CLAUSE_ENDS.at(reading, index + 1))
  )
    return true;
  return (
    endsAt(reading, cuesAt(reading, NOT_NEW_PLACE), index, false) ||
    // (a long-standing cue only when it sums up, "unchanged now", not "for ages now": how long it has been)
    endsAt(reading, cuesAt(reading, LONG_STANDING_PLACE), index, true)
  );
};

/** Years told before "now" ("11 years now", "decades now"): how long it has been (not "days now", which is recent). */
const YEARS_NOW = new WordSet(["years", "yrs", "decades", "year"]);

/** How many tokens before "now" a cue ending right before it may start ("nothing has changed now"). */
const SAME_NOW_REACH = 4;

/** Whether one of `cues` ends right before token `index` (with `summingUp`, one that sums up: "unchanged"). */
const endsAt = (
  reading: Reading,
  cues: readonly CueHit[],
  index: number,
  summingUp: boolean,
): boolean => {
  for (let k = cueIndexFrom(cues, Math.max(0, index - SAME_NOW_REACH)); k < cues.length; k += 1) {
    const cue = cues[k];
    if (cue === undefined || cue.first >= index) break;
    if (cue.last === index && (!summingUp || SUMMING_UP.at(reading, cue.last - 1))) return true;
  }
  return false;
};

/** Whether a cue at the kind's `place` ends right before token `index` ("gone for 2 weeks" before "now"). */
const isAfterKind = (reading: Reading, place: number, index: number): boolean => {
  for (const other of cuesAt(reading, place)) if (other.last === index) return true;
  return false;
};

/** Words that end a clause after "now": "that's 12 years ago now, and ...". */
const CLAUSE_ENDS = new WordSet([",", ".", "!", "?", ";", ")", "-", "and", "but", "so"]);

/**
 * "that's 12 years ago now, and nothing's changed": "now" closing how long ago something was, not news. Not "I had
 * sciatica years ago now my legs are numb", where "now" opens what follows.
 */
const isAgoNowAt = (reading: Reading, index: number): boolean =>
  reading.tokens[index - 1]?.norm === "ago" &&
  (index + 1 >= reading.tokens.length || CLAUSE_ENDS.at(reading, index + 1));

/** Units that count a long time ("12 years now"). */
const LONG_UNITS = new WordSet(["years", "yrs", "decades"]);

/**
 * "that's about 12 years now, and nothing has changed", "going on 15 years now": "now" closing how many years
 * something has lasted, not news (any count of years; not "for years now my legs are numb", where "now" opens what
 * follows).
 */
const isYearsNowAt = (reading: Reading, index: number): boolean =>
  LONG_UNITS.at(reading, index - 1) &&
  (numberValue(reading.tokens[index - 2]) ?? 0) >= 2 &&
  (index + 1 >= reading.tokens.length || CLAUSE_ENDS.at(reading, index + 1));

/**
 * Whether a new subject starts between two places ("clumsy for years, and my back is sore", "I had sciatica
 * years ago, my legs are both numb"): a word about when ("for years", "now", "years ago") on one side does not
 * say when for the other.
 */
const isNewSubjectBetween = (
  reading: Reading,
  cue: Span,
  span: Span,
  kind?: "past" | "long-standing" | "new",
): boolean => {
  const from = Math.min(cue.last, span.last);
  const to = Math.max(cue.first, span.first);
  for (let i = from; i < to; i += 1) {
    // "Last year I had a kidney stone and that was agony": the same past episode again.
    if (kind === "past" && isPastAnaphorAt(reading, i + 1)) continue;
    if (startsNewSubject(reading, i)) return true;
    // "my legs feel numb I had sciatica years ago": after the symptom, "I" starts a new clause even
    // unpunctuated. (Before it, "I" usually follows the words about when: "years ago I had pins and needles".)
    // ("a little leak when I sneeze ever since my second baby": "I" after "when" goes on with the symptom)
    if (span.last <= cue.first && I_SUBJECT.at(reading, i) && !SUBORDINATORS.at(reading, i - 1))
      return true;
    // "my flow has been slow for years, nothing new, back stiff after the session I wet myself": after the episode
    // and something else told, "I" opens a report of its own, run on without a full stop. (Not "for years I have
    // leaked", with nothing told between.)
    if (
      kind !== "new" &&
      cue.last <= span.first &&
      I_SUBJECT.at(reading, i) &&
      !SUBORDINATORS.at(reading, i - 1) &&
      isFindingBetween(reading, cue.last, i)
    )
      return true;
    // "I cant feel the loo roll when i wipe my pee has been slow for years": after the symptom, "my <thing> has been"
    // opens a clause of its own, run on without a stop, and its "for years" is that thing's.
    if (
      kind === "long-standing" &&
      span.last <= i &&
      reading.tokens[i]?.norm === "my" &&
      SUBJECT_LINKS.at(reading, i + 2)
    )
      return true;
    // "slow for years, nothing new, back stiff after the session my legs feel heavy and tingly": after the episode
    // and something else told, a leg told with what it is doing opens a report of its own, run on without a stop.
    if (
      kind !== "new" &&
      cue.last <= span.first &&
      i > cue.last &&
      isLegClauseAt(reading, i) &&
      isFindingBetween(reading, cue.last, i)
    )
      return true;
    // "nothing new really i wet myself": after a word that sums up ("nothing new", "unchanged", "same as ever"),
    // "I" or a run-on verb opens a report of its own.
    if (
      cue.last <= span.first &&
      SUMMING_UP.at(reading, cue.last - 1) &&
      (I_SUBJECT.at(reading, i) || isRunOnVerbAt(reading, i))
    )
      return true;
  }
  // "... slow for years, nothing new, back stiff after the session my legs are both numb": a symptom run on after
  // something else told since the episode, with no list word joining them, is a report of its own (as after a
  // denial, see `negationReaches`).
  if (
    kind !== "new" &&
    cue.last <= span.first &&
    !isPlaceOfSymptomBefore(reading, span.first) &&
    isUnlistedAfterOther(reading, cue.last, span.first)
  )
    return true;
  // "nothing new really numb around my bum", "nothing new really not actually numb, more like pins and needles":
  // a summing-up word sums up what is next to it, not a symptom told further on.
  return (
    cue.last < span.first &&
    SUMMING_UP.at(reading, cue.last - 1) &&
    (!isJoinedBetween(reading, cue.last, span.first) || span.first - cue.last > SUMMING_UP_REACH)
  );
};

/** How many words after a summing-up word ("unchanged", "nothing new") what it sums up may start. */
const SUMMING_UP_REACH = 2;

/** Whether a list word (see `LIST_JOINERS`) lies between tokens `from` and `to`. */
const isJoinedBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) {
    if (LIST_JOINERS.at(reading, i)) return true;
  }
  return false;
};

/** Last words of a long-standing cue that sums up rather than times ("nothing new", "unchanged", "same as ever"). */
const SUMMING_UP = new WordSet(["new", "unchanged", "ever", "always"]);

/** Words that point back at what was just told ("... and that was agony", "but that's been the case since ..."). */
const BACK_POINTERS = new WordSet(["that", "it", "this", "which", "thats", "its"]);
/** Past-tense links after such a word: the episode told again, in the past. */
const PAST_LINKS = new WordSet(["was", "were", "had", "felt", "hurt", "went", "lasted"]);
/** Links that tell how long it has been so: "that's been the case since ...", "it has been like that for years". */
const BEEN_LINKS = new Set(["been", "has", "s", "have", "was", "is", "had"]);

/** "that was", "it was", "which was" at token `i`. */
const isPastAnaphorAt = (reading: Reading, i: number): boolean =>
  BACK_POINTERS.at(reading, i) && PAST_LINKS.at(reading, i + 1);

/**
 * The clause after the clause of `span` in its sentence, when it opens by pointing back at it ("I leak a bit when
 * I sneeze but that's been the case since my daughter was born"): its number, or -1.
 */
const pointingBackClause = (reading: Reading, span: Span): number => {
  const { clauseOf, sentenceOf } = reading.segments;
  const { tokens } = reading;
  const clause = clauseOf[span.first] ?? 0;
  let i = span.last;
  while (i < tokens.length && clauseOf[i] === clause) i += 1;
  if (i >= tokens.length || sentenceOf[i] !== sentenceOf[span.first]) return -1;
  while (i < tokens.length && (isJoiner(tokens[i]?.norm) || tokens[i]?.norm === "though")) i += 1;
  if (!BACK_POINTERS.at(reading, i)) return -1;
  const next = tokens[i + 1]?.norm ?? "";
  return BEEN_LINKS.has(next) ? (clauseOf[i] ?? -1) : -1;
};

/** Acts that last: "when I sit for ages", "after standing on the wobble board for ages". */
const LASTING_ACTS = new WordSet([
  "sit",
  "sat",
  "sitting",
  "stand",
  "stood",
  "standing",
  "kneel",
  "knelt",
  "kneeling",
  "lie",
  "lay",
  "lying",
  "drive",
  "drove",
  "driving",
  "walk",
  "walked",
  "walking",
  "hold",
  "held",
  "holding",
  "wait",
  "waited",
  "waiting",
  "squat",
  "squatting",
  "crouch",
  "crouching",
  "work",
  "worked",
  "working",
  "stay",
  "stayed",
  "staying",
]);
/** How far back (in tokens) from "for ages" the act it tells the length of may stand. */
const ACT_REACH = 6;

/** After "stay", a state it keeps, not a place or a length of time ("trouble staying hard for years"). */
const KEPT_STATES = new WordSet(["hard", "erect", "firm"]);

/** "for ages" told of an act before it in its clause ("when I sit for ages"): how long the act lasted. */
const isActivityLength = (reading: Reading, cue: CueHit): boolean => {
  const { clauseOf } = reading.segments;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - ACT_REACH); i -= 1) {
    if (clauseOf[i] !== clauseOf[cue.first]) return false;
    // ("trouble staying hard for years": how long the trouble has lasted, not the act)
    if (LASTING_ACTS.at(reading, i)) return !KEPT_STATES.at(reading, i + 1);
  }
  return false;
};

/** What is waited for: "nothing happens for ages", "it doesn't come out for ages". */
const WAITED_FOR = new WordSet([
  "happens",
  "happen",
  "happened",
  "happening",
  "comes",
  "come",
  "came",
  "coming",
  "starts",
  "start",
  "started",
  "flows",
  "flow",
  "nothing",
]);

/** Last words of a long-standing cue that can tell the length of a wait ("for ages", "for a long time"), not "years". */
const WAIT_SPANS = new WordSet(["ages", "time", "ever"]);

/**
 * "for ages" told of something waited for just before it ("nothing happens for ages and then it dribbles"): how
 * long the wait is, not how long the symptom has been there.
 */
const isWaitLength = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  if (tokens[cue.first]?.norm !== "for" || !WAIT_SPANS.at(reading, cue.last - 1)) return false;
  // ("nothing comes out for ages")
  const verb = tokens[cue.first - 1]?.norm === "out" ? cue.first - 2 : cue.first - 1;
  // (not "slow to come for a long time": how long the slowness has lasted)
  return WAITED_FOR.at(reading, verb) && tokens[verb - 1]?.norm !== "to";
};

/** Words after which "I" goes on with what came before ("when I sneeze", "if I stand"). */
const SUBORDINATORS = new WordSet([
  "when",
  "whenever",
  "if",
  "as",
  "while",
  "whilst",
  "because",
  "cos",
  "once",
  "until",
  "till",
  "that",
]);

const cueInClause = (
  reading: Reading,
  kind: "past" | "long-standing" | "new",
  span: Span,
): boolean => {
  // (the span's clause and the clause pointing back at it are both in the span's sentence)
  const cues = cuesAt(reading, CLAUSE_CUE_PLACES[kind]);
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  const from = cueIndexFrom(cues, sentenceStartOf(reading, span.first));
  // (most sentences have no such cue: the clause pointing back is looked for only when one is there)
  const first = cues[from];
  if (first === undefined || sentenceOf[first.first] !== sentence) return false;
  const backClause = kind === "new" ? -1 : pointingBackClause(reading, span);
  for (let k = from; ; k += 1) {
    const cue = cues[k];
    if (cue === undefined || sentenceOf[cue.first] !== sentence) break;
    if (backClause >= 0 && reading.segments.clauseOf[cue.first] === backClause) return true;
    if (kind === "long-standing" && (isActivityLength(reading, cue) || isWaitLength(reading, cue)))
      continue;
    // "my legs are tingly on pred for years": how long the steroid was taken, not the tingle.
    if (kind === "long-standing" && isMedicationLength(reading, cue, span)) continue;
    // "which hasn't happened since I was a kid", "not since my 40s": new now, not the same since then.
    if (
      kind === "long-standing" &&
      reading.tokens[cue.first]?.norm === "since" &&
      precededByNegation(reading, cue, SINCE_DENIED_REACH)
    )
      continue;
    // "that didn't used to happen", "never used to": new, not past.
    if (kind === "past" && precededByNegation(reading, cue)) continue;
    // "woman in my 30s, sciatica down my right leg": the patient's age now, no time gone by.
    if (kind === "past" && isOwnAgeNow(reading, cue)) continue;
    // "in the last month", "over the last year": a recent stretch of time, not a past one.
    if (
      kind === "past" &&
      reading.tokens[cue.first]?.norm === "last" &&
      reading.tokens[cue.first - 1]?.norm === "the"
    )
      continue;
    // "the tingle used to go when I moved": how it once cleared, not a past symptom.
    if (kind === "past" && isUsedToClear(reading, cue)) continue;
    // "the tingling used to come and go, now it's there all the time": how it once passed, beside it lasting now.
    if (kind === "past" && isUsedToPassNowLasting(reading, cue.first)) continue;
    // "doesn't ease like it used to", "it used to be just my right foot": a change from before, not a past episode.
    if (kind === "past" && isUsedToChange(reading, cue)) continue;
    if (
      sameClause(reading, cue.first, span.first) &&
      !isNewSubjectBetween(reading, cue, span, kind) &&
      // Words inside the finding itself ("sit there for ages before anything happens") are not its context.
      !(cue.first >= span.first && cue.last <= span.last) &&
      // "new" inside "nothing new" is not news.
      !(kind === "new" && isNotNews(reading, cue)) &&
      // "nothing new otherwise", "otherwise as it has been for years": about everything else.
      reading.tokens[cue.last]?.norm !== "otherwise" &&
      reading.tokens[cue.first - 1]?.norm !== "otherwise" &&
      // "since my operation 3 years ago": since a time long gone, no news (see `isYearsAgoAfter`).
      !(kind === "new" && isYearsAgoAfter(reading, cue)) &&
      // "there since my disc op 2 years ago": how long it has lasted, not a past episode (see
      // `isSinceAgoInClause`).
      !(kind === "past" && isSinceAgo(reading, cue))
    ) {
      return true;
    }
  }
  return false;
};

/** How far before a long-standing "since" a negation makes it new ("hasn't happened to me since my 40s"). */
const SINCE_DENIED_REACH = 4;

/** How far before "2 years ago" its "since" may stand ("since my disc op 2 years ago"). */
const SINCE_AGO_REACH = 6;

/**
 * Words that cannot stand inside "since <event> N years ago": a subject or a verb starts another statement ("only
 * since this week I had sciatica years ago").
 */
const NOT_IN_EVENT = new WordSet([
  "i",
  "im",
  "ive",
  "id",
  "we",
  "he",
  "she",
  "they",
  "it",
  "its",
  "had",
  "have",
  "has",
  "was",
  "were",
  "is",
  "am",
  "got",
  "get",
  "been",
]);

/** "since my disc op 2 years ago": a past cue of "ago" told as the start of what has lasted since. */
const isSinceAgo = (reading: Reading, cue: CueHit): boolean => {
  if (reading.tokens[cue.last - 1]?.norm !== "ago") return false;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - SINCE_AGO_REACH); i -= 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (!sameClause(reading, i, cue.first) || NOT_IN_EVENT.has(norm)) return false;
    if (norm === "since") return true;
  }
  return false;
};

/** How far after a word of a time or an event its "3 years ago" may follow ("since my operation 3 years ago"). */
const AGO_AFTER_REACH = 5;

/**
 * A "years ago" told just after `cue` in its clause ("since my operation 3 years ago", "my op 5 years ago"): the
 * event is long gone, neither news nor recent.
 */
export const isYearsAgoAfter = (reading: Reading, cue: Span): boolean => {
  const cues = cuesAt(reading, CLAUSE_CUE_PLACES.past);
  for (let k = cueIndexFrom(cues, cue.last); ; k += 1) {
    const past = cues[k];
    if (past === undefined || past.first - cue.last > AGO_AFTER_REACH) return false;
    if (!sameClause(reading, past.first, cue.first)) return false;
    for (let i = cue.last; i < past.first; i += 1) if (NOT_IN_EVENT.at(reading, i)) return false;
    const unit = reading.tokens[past.first]?.norm;
    if ((unit === "years" || unit === "year") && reading.tokens[past.last - 1]?.norm === "ago")
      return true;
  }
};

/**
 * A "since ... ago" in the clause of `span` ("The numbness ... has been there since my disc op 2 years ago"): there
 * all that time, long-standing (which for numbness in one leg still counts; see the rules).
 */
const isSinceAgoInClause = (reading: Reading, span: Span): boolean => {
  const cues = cuesAt(reading, CLAUSE_CUE_PLACES.past);
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first];
  for (let k = cueIndexFrom(cues, sentenceStartOf(reading, span.first)); ; k += 1) {
    const cue = cues[k];
    if (cue === undefined || sentenceOf[cue.first] !== sentence) return false;
    if (
      sameClause(reading, cue.first, span.first) &&
      isSinceAgo(reading, cue) &&
      !isNewSubjectBetween(reading, cue, span, "long-standing")
    )
      return true;
  }
};

/** Verbs of a symptom clearing after "used to" ("used to go when I stood up"): how it once cleared, not now. */
export const USED_TO_CLEAR = new WordSet(CLEARING_VERBS);

/** "used to go", "used to settle": a past cue that tells how a symptom once cleared. */
const isUsedToClear = (reading: Reading, cue: CueHit): boolean =>
  reading.tokens[cue.first]?.norm === "used" &&
  USED_TO_CLEAR.at(reading, cue.last) &&
  // ("the leg pain used to go right down to my calf": how far it went, a past extent, not how it cleared)
  !GONE_WHERE.at(reading, cue.last + 1);

/** Words after "used to go" that tell where the symptom went, not that it went away. */
const GONE_WHERE = new WordSet([
  "down",
  "right",
  "all",
  "into",
  "to",
  "past",
  "below",
  "beyond",
  "further",
  "through",
  "round",
  "around",
  "across",
  "up",
]);

/** Words just before "used to" that compare now with then ("like it used to", "not as much as I used to"). */
const COMPARING = new WordSet(["like", "as", "way", "than"]);
/** Words after "used to be" that say where or how far it once stayed ("used to be just my right foot"). */
const CONFINED = new WordSet(["just", "only", "mainly", "mostly"]);
/** Verbs after "used to" of how far a symptom once went ("my sciatica used to end at mid thigh, now ..."). */
const EXTENT_VERBS = new Set([
  "end",
  "finish",
  "stay",
  "reach",
  "extend",
  "spread",
  "run",
  "travel",
  "radiate",
  "be",
]);
/** Words after such a verb that tell a place ("end at", "stay in", "be just above the knee"). */
const EXTENT_PLACES = new Set([
  "at",
  "in",
  "around",
  "above",
  "below",
  "to",
  "into",
  "down",
  "just",
  "only",
  "about",
  "halfway",
  "my",
  "the",
]);
/** How far before "used to" a comparing word may stand ("like it used to", "the way it used to"). */
const COMPARING_REACH = 3;

/** Subjects of an unsaid verb after "used to" ("the power it used to", "as much as I used to"). */
const USED_TO_SUBJECTS = new WordSet(["it", "they", "i", "he", "she", "we", "you"]);
/** Words after "used to" that are no verb of it: the verb is left unsaid. */
const NOT_A_VERB = new Set([
  "for",
  "before",
  "and",
  "but",
  "so",
  "now",
  "anymore",
  "though",
  "because",
  "when",
  "since",
  "or",
  "either",
  "at",
  "yet",
]);

/** How far after "used to" the "now" it is compared with may come ("used to end at mid thigh, now it's ..."). */
const NOW_REACH = 12;

/** A "now" after token `from` in its sentence, within `NOW_REACH`: what was is told beside what is. */
const isNowLater = (reading: Reading, from: number): boolean => {
  const end = Math.min(reading.tokens.length, from + NOW_REACH);
  for (let i = from; i < end && sameSentence(reading, i, from); i += 1)
    if (reading.tokens[i]?.norm === "now") return true;
  return false;
};

/** After "used to be": a symptom there all along ("used to be constant", "used to be there all the time"). */
const ALWAYS_STATES = new WordSet([
  "constant",
  "there",
  "continuous",
  "permanent",
  "nonstop",
  "always",
]);

/** After a "now" of how it is now: words of it gone ("now it's gone", "now it's fine", "now nothing"). */
const GONE_NOW = new WordSet([
  "gone",
  "cleared",
  "clear",
  "fine",
  "away",
  "stopped",
  "disappeared",
  "nothing",
  "ok",
  "okay",
  "resolved",
  "normal",
]);

/** How many tokens after "now" may tell it gone ("now it has completely gone"). */
const GONE_NOW_REACH = 5;

/**
 * A "now" after token `from` in its sentence (see `isNowLater`) not followed by words of the symptom gone: what it is
 * now is the symptom in another form ("but now it comes and goes").
 */
const isStillThereNow = (reading: Reading, from: number): boolean => {
  const end = Math.min(reading.tokens.length, from + NOW_REACH);
  for (let i = from; i < end && sameSentence(reading, i, from); i += 1) {
    if (reading.tokens[i]?.norm !== "now") continue;
    for (let j = i + 1; j <= i + GONE_NOW_REACH && sameSentence(reading, j, i); j += 1)
      if (GONE_NOW.at(reading, j)) return false;
    return true;
  }
  return false;
};

/**
 * "used to" telling of a change rather than a past episode: a comparison ("my stiffness doesn't ease with moving like
 * it used to", "the way I used to") or a symptom that once stayed in one place ("the tingling used to be just my
 * right foot, now the left has it too").
 */
const isUsedToChange = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  if (tokens[cue.first]?.norm !== "used") return false;
  if (tokens[cue.last]?.norm === "be" && CONFINED.at(reading, cue.last + 1)) return true;
  // "the tingling used to be there all the time but now it comes and goes": it was constant and is still there now,
  // only less (not "used to be constant, now it's gone").
  if (
    tokens[cue.last]?.norm === "be" &&
    ALWAYS_STATES.at(reading, cue.last + 1) &&
    isStillThereNow(reading, cue.last)
  )
    return true;
  // "my leg hasn't got the power it used to, ...", "the strength it used to for four days": "used to" with its verb
  // left unsaid compares now with then.
  const after = tokens[cue.last];
  if (after === undefined || after.kind === "punct" || !sameSentence(reading, cue.last, cue.first))
    return true;
  if (USED_TO_SUBJECTS.at(reading, cue.first - 1) && NOT_A_VERB.has(after.norm)) return true;
  // "used to end at mid thigh", "used to stay in my buttock": how far it once went, which the patient compares with
  // now. (Not "used to be" before anything else: "I used to be a runner".)
  const verb = tokens[cue.last]?.norm ?? "";
  const place = tokens[cue.last + 1]?.norm ?? "";
  if (
    EXTENT_VERBS.has(verb) &&
    EXTENT_PLACES.has(place) &&
    (verb !== "be" || (place !== "my" && place !== "the" && place !== "in")) &&
    isNowLater(reading, cue.last)
  )
    return true;
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - COMPARING_REACH); i -= 1) {
    if (!sameClause(reading, i, cue.first)) return false;
    if (COMPARING.at(reading, i)) return true;
  }
  return false;
};

/**
 * "numb for years and it is getting worse": a change, so not long-standing. A worsening word later in the same
 * sentence, not denied, makes what it follows new.
 */
const isWorseningAfter = (reading: Reading, span: Span): boolean => {
  const worse = cuesAt(reading, TREND_WORSE_PLACE);
  for (let k = cueIndexFrom(worse, span.last); ; k += 1) {
    const cue = worse[k];
    if (cue === undefined || !sameSentence(reading, cue.first, span.first)) break;
    if (!precededByNegation(reading, cue) && !isOtherSubjectBetween(reading, span.last, cue.first))
      return true;
  }
  return false;
};

/** Words that turn from how things were to a change ("slow for years but since Tuesday ..."). */
const CHANGE_TURNS = new WordSet(["but", "though", "however", "yet", "except", "until"]);

/**
 * "a slow stream for years but since Tuesday I can't start at all": a turn ("but") straight before a word of
 * something new, later in the sentence, makes what was long-standing changed now; not when the new words are of
 * another part ("... but since Tuesday my back is sore").
 */
const isChangedSinceAfter = (reading: Reading, span: Span): boolean => {
  const cues = cuesAt(reading, NEW_PLACE);
  const { tokens } = reading;
  for (let k = cueIndexFrom(cues, span.last); ; k += 1) {
    const cue = cues[k];
    if (cue === undefined || !sameSentence(reading, cue.first, span.first)) break;
    let turn = cue.first - 1;
    if (tokens[turn]?.norm === "now" || tokens[turn]?.norm === ",") turn -= 1;
    if (!CHANGE_TURNS.at(reading, turn) || isNotNews(reading, cue)) continue;
    // (a bare "now" is how things stand: "for years, but now it's just my usual stiffness"; a worsening after it
    // is read by `isWorseningAfter`)
    if (cue.last - cue.first === 1 && tokens[cue.first]?.norm === "now") continue;
    let next = cue.last;
    if (tokens[next]?.norm === ",") next += 1;
    if (tokens[next]?.norm === "my" || tokens[next]?.norm === "the") continue;
    return true;
  }
  return false;
};

/** Words that point back at what was just said ("...for years and it is getting worse"). */
const ANAPHORS = new Set(["it", "its", "this", "that", "they", "these", "those"]);

/** A new subject that is not the same thing again: "leaking for years, and my back is getting worse". */
const isOtherSubjectBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) {
    if (!startsNewSubject(reading, i, ANAPHORS)) continue;
    // "leaking for 8 years, but now it's getting worse": "now" opens a time, and the subject after it is the
    // same thing again unless another is named ("..., but now my back is worse").
    const after = reading.tokens[i + 2]?.norm ?? "";
    if (reading.tokens[i + 1]?.norm === "now" && (ANAPHORS.has(after) || !NEW_SUBJECT.has(after)))
      continue;
    return true;
  }
  return false;
};

/** A year ("in 2019"): with an episode said to be over, it puts the episode in the past. */
const isYear = (reading: Reading, index: number): boolean => {
  const token = reading.tokens[index];
  if (token?.kind !== "number" || token.norm.length !== 4) return false;
  return token.norm.startsWith("19") || token.norm.startsWith("20");
};

/** Whether a year is told from token `from` to before token `to`. */
const hasYearBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = Math.max(0, from); i < Math.min(reading.tokens.length, to); i += 1)
    if (isYear(reading, i)) return true;
  return false;
};

/** Words that join a new statement: a year before them dates only what came before ("in 2015 and my legs ..."). */
const YEAR_BREAKS = new Set(["and", ",", "but", "then", "now", "so", "i", "im", "ive", "my"]);

/** Words before "my" that make it part of a place ("in my groin"), not a new statement. */
const PLACE_LEADS = new WordSet(["in", "on", "around", "into", "down", "at", "of"]);
/** Past verbs after "I" that go on telling of the year before them ("in 2017 I had ..."). */
const HAD_THEN = new WordSet([
  "had",
  "got",
  "was",
  "developed",
  "suffered",
  "noticed",
  "felt",
  "lost",
]);

/** How far from a finding, in its clause, "in 2016" may date it. */
const YEAR_REACH = 8;

/** "fell off a ladder in 2016", "back in 2019": a year told with "in" in the clause of the span dates it past. */
const isInYearNear = (reading: Reading, span: Span): boolean => {
  const { tokens } = reading;
  // ("In 2017 I had shooting pain down both legs and numbness when I wiped": an item of a list of what was had
  // then is dated as the item before its "and" is)
  if (tokens[span.first - 1]?.norm === "and") {
    const item = listItemBefore(reading, span.first - 1);
    if (item !== undefined && isInYearNear(reading, item)) return true;
  }
  // (most messages name no year: a look for one is cheaper than the walk that weighs the words between)
  if (!hasYearBetween(reading, span.first - YEAR_REACH, span.last + YEAR_REACH)) return false;
  // Only with nothing joining a new statement between ("in 2015 and my legs ...", "... numb I had sciatica in 2019").
  // ("numbness in my groin in 2018": "my" after "in" goes on with the place)
  for (let i = span.last; i < Math.min(tokens.length, span.last + YEAR_REACH); i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (YEAR_BREAKS.has(norm) && !(norm === "my" && PLACE_LEADS.at(reading, i - 1))) break;
    if (isInYearAt(reading, i, span)) return true;
  }
  // ("Back in 2017 I had tingling down there": the year, then the patient telling what they had then)
  for (let i = span.first - 1; i >= Math.max(1, span.first - YEAR_REACH); i -= 1) {
    const norm = tokens[i]?.norm ?? "";
    if (YEAR_BREAKS.has(norm) && !(norm === "i" && HAD_THEN.at(reading, i + 1))) break;
    if (isInYearAt(reading, i, span)) return true;
  }
  return false;
};

/** The lexicon finding that ends right before the "and" at token `and`, if any. */
const listItemBefore = (reading: Reading, and: number): Span | undefined => {
  const { hits } = reading;
  // (the hits are in text order: the last one starting before the "and")
  for (let h = cueIndexFrom(hits, and) - 1; h >= 0; h -= 1) {
    const hit = hits[h];
    if (hit === undefined || hit.last < and) return undefined;
    if (hit.last === and) return hit;
  }
  return undefined;
};

/** "in 2019" at token `i`, in the clause of `span`. */
const isInYearAt = (reading: Reading, i: number, span: Span): boolean =>
  reading.tokens[i - 1]?.norm === "in" &&
  isYear(reading, i) &&
  sameClause(reading, i, span.first) &&
  // ("numb since a fall in 2019": there from then on, not over)
  !isSinceYearAt(reading, i);

/**
 * Words that end the reach of "when I was 30" over a symptom: a new statement ("and", "but", "now"), a time it
 * has lasted since ("numb since my accident when I was 30"), or the end of the sentence.
 */
const AGE_THEN_BREAKS = new WordSet(["and", ",", "but", "then", "now", "so", "since", ";", "-"]);
/** How far from a symptom "when I was 30" may date it. */
const AGE_THEN_REACH = 8;

/** A "when I was" cue followed by an age ("when I was 30"): the patient's age at some time gone by. */
const isAgeThen = (reading: Reading, cue: CueHit): boolean => {
  const age = reading.tokens[cue.last];
  return age?.kind === "number" && Number(age.norm) >= 1 && Number(age.norm) <= 110;
};

/**
 * "I had sciatica down my right leg when I was 30", "When I was 25 I had pins and needles in my foot": an age gone
 * by, told next to the symptom in its sentence with no other symptom word or new statement between, dates it
 * past. (Not "both legs numb my sciatica started when I was 30": the sciatica is what began then.)
 */
const isAgeThenNear = (reading: Reading, span: Span): boolean => {
  // (a "when I was" is rare: most messages have none, and the words between are looked at only beside one)
  const cues = cuesAt(reading, WHEN_I_WAS_PLACE);
  if (cues.length === 0) return false;
  const { sentenceOf } = reading.segments;
  for (let k = cueIndexFrom(cues, sentenceStartOf(reading, span.first)); ; k += 1) {
    const cue = cues[k];
    if (cue === undefined || sentenceOf[cue.first] !== sentenceOf[span.first]) return false;
    if (!isAgeThen(reading, cue)) continue;
    if (cue.first >= span.last && cue.first - span.last < AGE_THEN_REACH)
      return isOpenBetween(reading, span.last, cue.first);
    if (cue.last < span.first && span.first - cue.first <= AGE_THEN_REACH)
      return isOpenBetween(reading, cue.last + 1, span.first);
  }
};

/** No break of `AGE_THEN_BREAKS` and no symptom word from token `from` up to token `to`. */
const isOpenBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) {
    if (AGE_THEN_BREAKS.at(reading, i) || isSymptomWordAt(reading, i)) return false;
  }
  return true;
};

/** Whether a symptom word (`SYMPTOM_CUES`) starts at token `i`. */
const isSymptomWordAt = (reading: Reading, i: number): boolean => {
  for (const kind of SYMPTOM_CUES) {
    const cues = cuesOf(reading, kind);
    const cue = cues[cueIndexFrom(cues, i)];
    if (cue?.first === i) return true;
  }
  return false;
};

/** Words before "in my 30s" that make it the patient's age now ("I'm in my 30s", "woman in my forties"). */
const AGE_NOW_BEFORE = new WordSet([
  "im",
  "am",
  "now",
  "still",
  "woman",
  "man",
  "guy",
  "lady",
  "female",
  "male",
  "person",
  "mum",
  "mom",
  "dad",
  "bloke",
  "girl",
  "runner",
]);

/** Whether a past cue "in my 20s" tells the patient's age now ("I'm in my 30s"), not a time long gone. */
const isOwnAgeNow = (reading: Reading, cue: CueHit): boolean =>
  reading.tokens[cue.first]?.norm === "in" && AGE_NOW_BEFORE.at(reading, cue.first - 1);

/** A past cue or a year in the sentence of token `index`. */
export const hasPastTimeInSentence = (reading: Reading, index: number): boolean => {
  for (const cue of cuesOf(reading, "past"))
    if (sameSentence(reading, cue.first, index) && !isOwnAgeNow(reading, cue)) return true;
  const { sentenceOf } = reading.segments;
  for (let i = index; i >= 0 && sentenceOf[i] === sentenceOf[index]; i -= 1)
    if (isYear(reading, i)) return true;
  for (let i = index + 1; i < reading.tokens.length && sentenceOf[i] === sentenceOf[index]; i += 1)
    if (isYear(reading, i)) return true;
  return false;
};

/**
 * Words of something lost: what comes back after them is what was lost, not the episode ("no strength in it at all,
 * and it hasn't come back in the last 2 hours": the strength).
 */
const LOSS_WORDS = new WordSet([
  "cant",
  "cannot",
  "couldnt",
  "unable",
  "lost",
  "loss",
  "losing",
  "strength",
  "power",
]);

/**
 * A span that tells of something lost ("can't bend forward as far", "lost the feeling in my foot"), numbness
 * included: in "my bum went numb on the bike and it hasn't come back", what has not come back is the feeling.
 */
const namesLoss = (reading: Reading, span: Span): boolean => {
  for (let i = span.first; i < span.last; i += 1) {
    if (LOSS_WORDS.at(reading, i)) return true;
  }
  for (const cue of cuesOf(reading, "sym-numb"))
    if (cue.first >= span.first && cue.last <= span.last) return true;
  return false;
};

/** A word of something coming back ("hasn't come back", "never returned"). */
const isReturnCue = (reading: Reading, cue: CueHit): boolean => {
  for (let i = cue.first; i < cue.last; i += 1) {
    const norm = reading.tokens[i]?.norm;
    if (norm === "back" || norm === "returned") return true;
  }
  return false;
};

/**
 * A cue of `kind` after the span in its sentence, about it ("...but that went away months ago"), not denied. A
 * loss that "hasn't come back" is still lost ("I can't bend forward as far ... it hasn't come back").
 */
const resolvedAfter = (
  reading: Reading,
  kind: "resolved" | "resolved-long-ago",
  span: Span,
): CueHit | undefined => {
  const cues = cuesAt(reading, kind === "resolved" ? RESOLVED_PLACE : RESOLVED_LONG_AGO_PLACE);
  // (from the span's own first word: "the numbness went" is a cue that starts with the symptom it tells of)
  for (let k = cueIndexFrom(cues, span.first); ; k += 1) {
    const cue = cues[k];
    if (cue === undefined || !sameSentence(reading, cue.first, span.first)) break;
    // (only a cue that opens with the symptom itself: "stopped years ago" told after "even though I stopped" in a
    // pain that did not settle is another statement run on)
    if (cue.first < span.last && (cue.first !== span.first || cue.last <= span.last)) continue;
    if (
      !precededByNegation(reading, cue) &&
      // (the cue may itself open a clause: "..., all resolved")
      !isOtherSubjectBetween(reading, span.last, cue.first - 1) &&
      !isOtherEpisodeBetween(reading, span.last, cue.first) &&
      !(isReturnCue(reading, cue) && namesLoss(reading, span))
    ) {
      return cue;
    }
  }
  return undefined;
};

/**
 * Whether the words between a finding and a word of it being over tell of something else, which the word is
 * about: "my legs are both numb I had sciatica years ago but it cleared up" (an "I" that opens a clause, or
 * another symptom).
 */
const isOtherEpisodeBetween = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) {
    if (I_SUBJECT.at(reading, i) && !isRelativeOfSpan(reading, from, i)) return true;
  }
  for (const hit of reading.hits) if (hit.first >= from && hit.first < to) return true;
  return hasSymptomBetween(reading, from, to);
};

/** Words that open a clause about the thing named before: "the tingling that I had". */
const RELATIVE_PRONOUNS = new Set(["that", "which"]);
/** Verbs after "I" in such a clause: "the pins and needles (that) I had before PT". */
const HAD_IT = new WordSet(["had", "used", "got", "was", "felt", "noticed", "mentioned", "told"]);

/**
 * An "I" at token `i` that only opens a clause about what the span ending at `from` named ("the pins and needles in
 * my foot that I had before starting PT have been gone for weeks", "the tingling I had last year") or of when it
 * was ("... when I started physio"), not a new report (another symptom told between is looked for apart).
 */
const isRelativeOfSpan = (reading: Reading, from: number, i: number): boolean => {
  const before = reading.tokens[i - 1]?.norm ?? "";
  // ("the numbness ... that I had when I started physio": when it was, told of the same thing)
  if (i > from && TIME_CLAUSE.has(before)) return true;
  if (!HAD_IT.at(reading, i + 1)) return false;
  return RELATIVE_PRONOUNS.has(before) || isPlaceOnly(reading, from, i);
};

/** Words of a place phrase after a symptom ("in my left foot", "down the back of my leg"). */
const PLACE_PHRASE = new WordSet([
  "in",
  "on",
  "at",
  "down",
  "into",
  "around",
  "of",
  "my",
  "the",
  "left",
  "right",
  "lower",
  "upper",
  "back",
  "front",
]);
const SITE_KINDS = ["site-leg", "site-saddle", "site-both"] as const;

/** Whether only a place ("in my right foot") lies from token `from` up to `to`. */
const isPlaceOnly = (reading: Reading, from: number, to: number): boolean => {
  for (let i = from; i < to; i += 1) {
    if (PLACE_PHRASE.at(reading, i)) continue;
    let site = false;
    for (const kind of SITE_KINDS)
      for (const cue of cuesOf(reading, kind)) if (cue.first <= i && cue.last > i) site = true;
    if (!site) return false;
  }
  return true;
};
/** Words that open a clause of when: "when I started physio", "before I began the exercises". */
const TIME_CLAUSE = new Set(["when", "before", "after", "while", "once"]);

/**
 * An episode said to be over, long ago: "I had sciatica down both legs in 2019, it completely resolved", "...but
 * that went away months ago". Not a settling within minutes, which has no word of when.
 */
const isResolvedLongAgo = (reading: Reading, span: Span): boolean => {
  if (resolvedAfter(reading, "resolved-long-ago", span)) return true;
  const resolved = resolvedAfter(reading, "resolved", span);
  return resolved !== undefined && hasPastTimeInSentence(reading, span.first);
};

/**
 * The status of a span: denied, someone else's, hypothetical, past or long-standing, else present. Negation is
 * checked first, so "my brother had numbness, I don't" reads as someone else's, not denied.
 */
export const statusOf = (reading: Reading, span: Span, concept: ConceptId): FindingStatus => {
  const history = historyOf(concept);
  // (kept per first token: the span's end and the kind of concept, then the status)
  const key = span.last * 3 + HISTORY_KINDS.indexOf(history) + 1;
  const kept = reading.statusKept[span.first] ?? 0;
  if (kept >>> STATUS_BITS === key) {
    const status = FINDING_STATUSES[kept & STATUS_MASK];
    if (status !== undefined) return status;
  }
  const status = workOutStatus(reading, span, history);
  if (span.first >= 0 && span.first < reading.statusKept.length)
    reading.statusKept[span.first] = (key << STATUS_BITS) | FINDING_STATUSES.indexOf(status);
  return status;
};

/** Bits of a kept status that hold its place in `FINDING_STATUSES`. */
const STATUS_BITS = 3;
const STATUS_MASK = (1 << STATUS_BITS) - 1;

/** How a concept's past counts: a fever that is over does not; other history (a past cancer) still does. */
const HISTORY_KINDS = ["none", "fever", "other"] as const;
type HistoryKind = (typeof HISTORY_KINDS)[number];

const historyOf = (concept: ConceptId): HistoryKind => {
  if (!HISTORY_CONCEPTS.has(concept)) return "none";
  return concept === "fever-infection" ? "fever" : "other";
};

const workOutStatus = (reading: Reading, span: Span, history: HistoryKind): FindingStatus => {
  if (isSomeoneElse(reading, span)) return "someone-else";
  if (isNegated(reading, span)) return "denied";
  if (isImagined(reading, span)) return "hypothetical";
  if (history === "fever") return isPastAndOver(reading, span) ? "past" : "present";
  if (history === "other") return "present";
  const when = whenOf(reading, span);
  // "I had numbness down there in 2019 that went away. It's come back since Thursday": the episode is back now.
  return when === "past" && isRecurredAfter(reading, span) ? "present" : when;
};

/** How many sentences after a past episode the words of it being back may come ("... in 2019. It's back."). */
const RECUR_SENTENCES = 2;

/**
 * Words after "back" that make it something else: the back itself ("it's back pain"), a direction ("came back
 * up", "back to normal", "back from the lab") or a result ("came back clear").
 */
const NOT_RECUR_NEXT = new Set([
  "pain",
  "pains",
  "ache",
  "aches",
  "aching",
  "achy",
  "muscles",
  "muscle",
  "spasm",
  "spasms",
  "stiffness",
  "injury",
  "problem",
  "problems",
  "issue",
  "issues",
  "trouble",
  "feels",
  "felt",
  "hurts",
  "hurt",
  "hurting",
  "brace",
  "support",
  "side",
  "passage",
  "to",
  "up",
  "down",
  "from",
  "at",
  "home",
  "out",
  "off",
  "into",
  "onto",
  "clear",
  "normal",
  "fine",
  "negative",
  "positive",
  "ok",
  "okay",
  "good",
]);

/**
 * Words shortly before a word of coming back that make it something else's or not yet: the feeling or strength
 * coming back is a recovery ("the feeling came back"), a result coming back is a test ("the scan came back"), and
 * "if it comes back", "worried it might come back" are not now.
 */
const NOT_RECURRING_BEFORE = new WordSet([
  "feeling",
  "sensation",
  "strength",
  "power",
  "movement",
  "motion",
  "control",
  "function",
  "colour",
  "color",
  "scan",
  "mri",
  "xray",
  "results",
  "result",
  "test",
  "tests",
  "bloods",
  "i",
  "we",
  "you",
  "he",
  "she",
  "if",
  "might",
  "may",
  "could",
  "would",
  "will",
  "itll",
  "theyll",
  "should",
  "worried",
  "scared",
  "afraid",
  "case",
  "unless",
  "whether",
  "hope",
  "hoping",
]);
/** How far before a word of coming back `NOT_RECURRING_BEFORE` looks. */
const RECUR_LEAD_REACH = 3;

/**
 * Whether a past episode at `span` is said to be back now, in its sentence or one of the next two: a word of it
 * coming back ("it's come back since Thursday", "back again this week"), the patient's own and not denied, with
 * nothing else told between (no other symptom or finding, which the words would be about) and not itself past ("it
 * came back in 2021 and went away again").
 */
const isRecurredAfter = (reading: Reading, span: Span): boolean => {
  const cues = cuesOf(reading, "recurred");
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[span.first] ?? 0;
  for (let k = cueIndexFrom(cues, span.last); ; k += 1) {
    const cue = cues[k];
    if (cue === undefined || (sentenceOf[cue.first] ?? 0) > sentence + RECUR_SENTENCES) break;
    if (isOtherFindingOrSymptomBetween(reading, span.last, cue.first)) break;
    if (isRecurrence(reading, cue)) return true;
  }
  return false;
};

/**
 * Words after "came back" that make it a recovery in full ("it came back fully after the op", "came back 100%"):
 * what came back is the strength or feeling lost, not the symptom (which comes back "full force").
 */
const FULLY = new WordSet(["fully", "completely", "totally", "entirely", "100"]);

/** Symptom words as the subject of "came back fully": then the symptom itself is back ("the numbness came back"). */
const SYMPTOM_SUBJECTS = new WordSet([
  "pain",
  "numbness",
  "tingling",
  "tingles",
  "needles",
  "sciatica",
  "ache",
  "symptoms",
  "weakness",
  "drop",
]);

/** Whether `cue` ("came back") is followed by "fully" and its subject is no symptom word. */
const isBackInFull = (reading: Reading, cue: CueHit): boolean =>
  reading.tokens[cue.last - 1]?.norm === "back" &&
  FULLY.at(reading, cue.last) &&
  !SYMPTOM_SUBJECTS.at(reading, cue.first - 1) &&
  !SYMPTOM_SUBJECTS.at(reading, cue.first - 2);

/** A word of coming back that tells of a symptom back now (see `isRecurredAfter`). */
const isRecurrence = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const next = tokens[cue.last];
  if (tokens[cue.last - 1]?.norm === "back" && NOT_RECUR_NEXT.has(next?.norm ?? "")) return false;
  if (isBackInFull(reading, cue)) return false;
  for (let i = Math.max(0, cue.first - RECUR_LEAD_REACH); i < cue.first; i += 1) {
    if (NOT_RECURRING_BEFORE.at(reading, i)) return false;
  }
  return (
    !precededByNegation(reading, cue, RECUR_LEAD_REACH) &&
    factApplies(reading, cue) &&
    // ("sciatica 3 years ago, still there every day": never gone is now, whatever date its clause has)
    (NEVER_GONE_STARTS.at(reading, cue.first) || whenOf(reading, cue) !== "past")
  );
};

/** First words of a past episode said never to have gone ("still there", "never went away", "hasn't gone"). */
const NEVER_GONE_STARTS = new WordSet(["still", "never", "hasnt", "has"]);

/** A lexicon finding or a symptom word starting from token `from` up to token `to`. */
const isOtherFindingOrSymptomBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const hit of reading.hits) {
    if (hit.first >= to) break;
    if (hit.first >= from) return true;
  }
  for (const kind of SYMPTOM_CUES) {
    const cues = cuesOf(reading, kind);
    const cue = cues[cueIndexFrom(cues, from)];
    if (cue !== undefined && cue.first < to) return true;
  }
  return false;
};

/** Words after a risk factor that say it is over ("a fever last month, all gone now"). */
const OVER_WORDS = new WordSet(["gone", "over", "cleared", "recovered", "resolved", "better"]);

/** "last month", "last winter": with a fever said to be over, a time gone by. */
const LAST_SEASONS = new WordSet([
  "month",
  "winter",
  "summer",
  "spring",
  "autumn",
  "christmas",
  "year",
  "weekend",
]);

/** How far after a past fever or infection its words of being over may stand. */
const OVER_REACH = 10;

/**
 * A history word told as past and said to be over after it in its sentence ("had a fever last month with covid,
 * all gone now"): a resolved episode, which does not count (a past cancer counts however over it is).
 */
const isPastAndOver = (reading: Reading, span: Span): boolean => {
  // ("had a temperature and the shivers last week ... but that's all cleared": counted from the list's end)
  const end = Math.min(reading.tokens.length, listEnd(reading, span) + OVER_REACH);
  let past = whenOf(reading, span) === "past";
  // ("a fever last month", "flu last winter": a time gone by, told just after it)
  for (let i = span.last; i < end - 1 && !past && sameSentence(reading, i, span.first); i += 1)
    past = reading.tokens[i]?.norm === "last" && LAST_SEASONS.at(reading, i + 1);
  if (!past) return false;
  for (let i = span.last; i < end && sameSentence(reading, i, span.first); i += 1) {
    if (OVER_WORDS.at(reading, i) && !precededByNegation(reading, { first: i, last: i + 1 }))
      return true;
  }
  return false;
};

/** When the words at `span` tell of: a past episode, a long-standing one, or the present (also when it is new). */
export const whenOf = (reading: Reading, span: Span): "past" | "long-standing" | "present" => {
  const isNew =
    cueInClause(reading, "new", span) ||
    isWorseningAfter(reading, span) ||
    isChangedSinceAfter(reading, span);
  if (isNew) return "present";
  if (
    cueInClause(reading, "past", span) ||
    isListedBeforePast(reading, span) ||
    isResolvedLongAgo(reading, span) ||
    isInYearNear(reading, span) ||
    isAgeThenNear(reading, span) ||
    isDatedOverEpisode(reading, span)
  )
    return "past";
  if (
    cueInClause(reading, "long-standing", span) ||
    isSinceAgoInClause(reading, span) ||
    isSaidLongStandingAfter(reading, span) ||
    isSinceYearUnchanged(reading, span)
  )
    return "long-standing";
  return "present";
};

/** Words that join a list of findings ("a fever and chills", "a temperature, the shivers"). */
const ITEM_JOINERS = new WordSet(["and", "or", ",", "&", "plus"]);
/** Words that may open the next item of such a list ("and the shivers", "and a bad cough"). */
const ITEM_OPENERS = new WordSet([
  "the",
  "a",
  "some",
  "bad",
  "high",
  "really",
  "awful",
  "terrible",
]);

/**
 * "Had a temperature and the shivers last week", "I had a fever and chills last week, all gone now": a finding
 * listed right before another, whose clause dates it in the past, is of the same past time (the "and" starts a
 * clause of its own, so the time after the list reaches only its last item).
 */
const isListedBeforePast = (reading: Reading, span: Span): boolean => {
  const next = nextListed(reading, span);
  // (the next item's own time, read the same way: forward only, so the reading ends)
  return next !== undefined && whenOf(reading, next) === "past";
};

/** The finding listed right after `span` ("a fever and chills": "chills"), if any. */
const nextListed = (reading: Reading, span: Span): Span | undefined => {
  let i = span.last;
  if (!ITEM_JOINERS.at(reading, i)) return undefined;
  i += 1;
  while (ITEM_OPENERS.at(reading, i)) i += 1;
  for (const hit of reading.hits) {
    if (hit.first > i) break;
    if (hit.first === i) return hit;
  }
  return undefined;
};

/** The end of the list `span` opens ("a temperature and the shivers": after "shivers"). */
const listEnd = (reading: Reading, span: Span): number => {
  let last = span.last;
  for (let next = nextListed(reading, span); next !== undefined; next = nextListed(reading, next))
    last = next.last;
  return last;
};

/** Words between "been" and a long-standing cue that say it has stayed as it is ("been exactly the same for 8 years"). */
const SAME_STATE = new Set([
  "like",
  "that",
  "this",
  "the",
  "same",
  "exactly",
  "just",
  "pretty",
  "much",
  "way",
  "so",
  "there",
  "unchanged",
  "stable",
  "constant",
  "basically",
  "about",
]);
/** How many such words may stand between "been" and the cue. */
const SAME_STATE_REACH = 4;
/** Words before "been" that point back at what was told ("it's been", "that has been", "I've been"). */
const BEEN_POINTERS = new Set([
  "it",
  "its",
  "that",
  "thats",
  "this",
  "which",
  "they",
  "theyve",
  "ive",
]);
/** Auxiliaries between such a word and "been" ("it has been", "that has been"). */
const BEEN_AUX = new WordSet(["has", "have", "s"]);

/**
 * Whether "been" at token `been` opens a statement that points back: after a word that points back ("it's been",
 * "it has been", "I've been") or with its subject left out at the start of a clause or sentence (", been like that
 * for ten years"). Not "my back's been" or "my dad has been", nor "hasn't been".
 */
const isPointingBeenAt = (reading: Reading, been: number): boolean => {
  const { tokens } = reading;
  let before = been - 1;
  if (BEEN_AUX.at(reading, before)) before -= 1;
  const norm = tokens[before]?.norm;
  if (norm === undefined || BEEN_POINTERS.has(norm)) return true;
  if (before < been - 1) return false;
  return (
    tokens[before]?.kind === "punct" ||
    isJoiner(norm) ||
    reading.segments.sentenceOf[before] !== reading.segments.sentenceOf[been]
  );
};

/**
 * Where the long-standing cue at `cue` is told of by "been ... the same" or "been like that" pointing back
 * ("it's been exactly the same for 8 years", "been like that for about ten years"): the token of "been", else -1.
 */
const pointingBeenBefore = (reading: Reading, cue: CueHit): number => {
  for (let i = cue.first - 1; i >= Math.max(0, cue.first - 1 - SAME_STATE_REACH); i -= 1) {
    const norm = reading.tokens[i]?.norm ?? "";
    if (norm === "been") return isPointingBeenAt(reading, i) && i < cue.first - 1 ? i : -1;
    if (!SAME_STATE.has(norm)) return -1;
  }
  return -1;
};

/**
 * A bladder habit or other symptom said after it to have been the same for years, by words pointing back at it
 * ("Slow starter with peeing since my prostate got bigger - my urologist knows, and it's been exactly the same for
 * 8 years", "slight dribble after I pee, been like that for about ten years"): long-standing, later in its sentence
 * or at the start of the next, with no other symptom, finding or person told between (the words would be about
 * them: "dribbling since Monday, my back's been like that for years" is not).
 */
const isSaidLongStandingAfter = (reading: Reading, span: Span): boolean => {
  const cues = cuesAt(reading, LONG_STANDING_PLACE);
  if (cues.length === 0) return false;
  const { sentenceOf, sentenceStarts } = reading.segments;
  const sentence = sentenceOf[span.first] ?? 0;
  for (let k = cueIndexFrom(cues, span.last); ; k += 1) {
    const cue = cues[k];
    const at = cue === undefined ? -1 : (sentenceOf[cue.first] ?? 0);
    if (cue === undefined || at > sentence + 1) return false;
    const been = pointingBeenBefore(reading, cue);
    if (been < 0) continue;
    // (in the next sentence, only as its opening words: "... after I pee. Been like that for years.")
    if (at > sentence && been - (sentenceStarts[at] ?? 0) > 2) continue;
    if (isOtherFindingOrSymptomBetween(reading, span.last, been)) return false;
    // ("my legs are both numb a little dribble after I wee, been like that for years": the dribble between is what
    // the words point back at)
    if (isSignWordBetween(reading, span, been)) return false;
    if (isPersonBetween(reading, span.last, been)) return false;
    return true;
  }
};

const PERSON_PLACES = [RELATIVE_PLACE, RELATIVE_SUBJECT_PLACE, THIRD_PERSON_PLACE] as const;

/**
 * Cue kinds of a bladder or bowel sign or of the bladder itself ("dribble", "a tiny bit", "peeing", "urine"); not
 * "problem", whose words ("numb", "weak", "can't") tell of any domain.
 */
const BLADDER_PLACES = [
  "abn-voiding",
  "abn-void-effort",
  "no-void",
  "abn-leak",
  "leak-self",
  "abn-unfelt",
  "dom-urine",
  "dom-bowel",
  "dom-void",
  "dom-garment",
  "fn-bladder",
  "fn-bowel",
].map((kind) => cuePlace(kind as CueKind));
/** Cue kinds of a sign word (not a domain): what "been like that" could point back at instead. */
const SIGN_WORD_PLACES = [
  "problem",
  "abn-voiding",
  "abn-void-effort",
  "no-void",
  "abn-leak",
  "leak-self",
  "abn-unfelt",
  "abn-altered",
  "legs-fail",
  "legs-obey",
  "weak-metaphor",
  "weak-mention",
  "weak-progress",
].map((kind) => cuePlace(kind as CueKind));
/** The sign words that a bladder sign's own words may have ("problem" of any domain, told beside the bladder's). */
const BLADDER_SIGN_PLACES = new Set([
  cuePlace("problem"),
  ...SIGN_WORD_PLACES.filter((place) => BLADDER_PLACES.includes(place)),
]);
/** Cue kinds of a symptom or a place that make a span a leg's or the saddle's, not the bladder's. */
const NOT_BLADDER_PLACES = [...SYMPTOM_CUES, "site-leg", "site-both", "site-saddle"].map((kind) =>
  cuePlace(kind as CueKind),
);
/** How far after a bladder word the other words of the same bladder sign may start ("leak a tiny bit", "bladder thing - slight dribble"). */
const SAME_SIGN_REACH = 4;

/** Whether a cue at `place` overlaps tokens `from` up to `to`. */
const overlapsCue = (reading: Reading, place: number, from: number, to: number): boolean => {
  for (const cue of cuesAt(reading, place)) {
    if (cue.first >= to) return false;
    if (cue.last > from) return true;
  }
  return false;
};

/**
 * Whether a sign word starts from the end of `span` up to token `to` that is another sign than the one at `span`:
 * "my legs are both numb a little dribble after I wee, been like that for years" points back at the dribble. Words
 * of the same bladder sign told just after its first word ("I leak a tiny bit of urine", "old bladder thing -
 * slight dribble") are not another.
 */
const isSignWordBetween = (reading: Reading, span: Span, to: number): boolean => {
  // (a bladder sign's words, not a leg's: "weak" and "slow" tell of either, "both my leg is weak" of the legs)
  let bladder = false;
  for (const place of BLADDER_PLACES)
    if (overlapsCue(reading, place, span.first, span.last)) bladder = true;
  for (const place of NOT_BLADDER_PLACES)
    if (overlapsCue(reading, place, span.first, span.last)) bladder = false;
  for (const place of SIGN_WORD_PLACES) {
    const cues = cuesAt(reading, place);
    for (let k = cueIndexFrom(cues, span.last); ; k += 1) {
      const cue = cues[k];
      if (cue === undefined || cue.first >= to) break;
      if (bladder && BLADDER_SIGN_PLACES.has(place) && cue.first - span.last <= SAME_SIGN_REACH)
        continue;
      return true;
    }
  }
  return false;
};

/** Whether a relative or "he"/"she" is named from token `from` up to token `to`. */
const isPersonBetween = (reading: Reading, from: number, to: number): boolean => {
  for (const place of PERSON_PLACES) {
    const cues = cuesAt(reading, place);
    const cue = cues[cueIndexFrom(cues, from)];
    if (cue !== undefined && cue.first < to) return true;
  }
  return false;
};

/**
 * Negated verbs as the tokenizer leaves them ("don't" -> "dont"), with common misspellings. A list, not every word
 * ending in "nt": "went", "meant", "front" and "different" deny nothing ("went as soon as I stopped").
 */
const NEGATED_VERBS: ReadonlySet<string> = new Set([
  "dont",
  "doesnt",
  "didnt",
  "cant",
  "wont",
  "isnt",
  "arent",
  "wasnt",
  "werent",
  "havent",
  "hasnt",
  "hadnt",
  "couldnt",
  "wouldnt",
  "shouldnt",
  "mustnt",
  "neednt",
  "mightnt",
  "shant",
  "aint",
  "dosnt",
  "doesent",
  "dident",
  "didint",
  "havnt",
  "hasent",
  "wasent",
  "coudnt",
  "couldent",
  "wouldent",
  "dnt",
  "cnt",
  "wnt",
]);

/** A negation word: "not", "no", "never" or a negated verb ("dont", "wasnt"). */
export const isNegationWord = (norm: string): boolean =>
  norm === "not" || norm === "no" || norm === "never" || NEGATED_VERBS.has(norm);

/** A cue right after a negation word ("won't go away", "wasn't back to normal"), masked or not. */
export const precededByNegation = (reading: Reading, span: Span, reach = 2): boolean => {
  const { sentenceOf } = reading.segments;
  for (let i = Math.max(0, span.first - reach); i < span.first; i += 1) {
    // (only in its sentence: "... no worse Out of nowhere my leg went" run on, the "no" is the other sentence's)
    if (sentenceOf[i] !== sentenceOf[span.first]) continue;
    if (isNegationWord(reading.tokens[i]?.norm ?? "")) return true;
  }
  return false;
};

/** Words between a negation and a change it denies: "not getting any worse", "isn't really going up". */
const CHANGE_FILLERS = new WordSet([
  "getting",
  "got",
  "gotten",
  "get",
  "any",
  "much",
  "really",
  "been",
  "become",
  "becoming",
  "growing",
  "going",
  "gone",
  "that",
  "actually",
  "even",
]);
/** How many words may stand between the negation and the change ("not really getting any worse"). */
const CHANGE_FILLER_MOST = 4;

/**
 * A worsening or rise starting at token `first` told as not happening: "the same every week, not getting worse", "no
 * worse after each session", "hasn't really gone up week on week". The negation may sit inside a longer cue ("not
 * getting worse", "no worse" say nothing is new) that hides it from a finding's own status.
 */
export const isChangeDenied = (reading: Reading, first: number): boolean => {
  let i = first - 1;
  for (let n = 0; n < CHANGE_FILLER_MOST && CHANGE_FILLERS.at(reading, i); n += 1) i -= 1;
  return isNegationWord(reading.tokens[i]?.norm ?? "");
};

/**
 * Whose a fact is and whether it is imagined, its negation left aside: for a fact that a negation tells rather
 * than denies ("it hasn't dipped below an 8": an 8 or more).
 */
export const appliesBesideNegation = (reading: Reading, span: Span): boolean =>
  !isSomeoneElse(reading, span) && !isImagined(reading, span);

/** Status for a context fact (surgery, an age, a duration): only whose it is and whether it is imagined. */
export const factApplies = (reading: Reading, span: Span): boolean =>
  !isSomeoneElse(reading, span) && !isNegated(reading, span) && !isImagined(reading, span);
