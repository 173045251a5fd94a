import { cuePlace, cuesAt } from "./read-text";
import { WordSet } from "../text/word-set";
import type { CueHit, Reading } from "./read-text";
import { isNoneOfThatAt, isOwnFragmentAt, isSelfWatchAt } from "./writer-own-report";

/**
 * Who the patient is when someone else types. Many messages are written by a relative for the patient: "My husband
 * wants me to ask - he's been doing PT for his disc. Since last night he can hardly pee", "Mum (she's the patient)
 * is too embarrassed so I'm writing", "Dad says both his feet have gone numb. He's doing physio for his back". What
 * is told of that relative is then the patient's own, and must count; read as someone else's, it is dropped and an
 * emergency is missed. The opposite keeps working: a relative's own condition told beside the writer's ("my brother
 * had cauda equina, I'm just sore") stays someone else's.
 *
 * The frame is read once per message. It holds when
 * - the relative is named as the patient ("she's the patient", "he's the one in PT", "I'm the patient's wife"), or
 *   the writer says they write or ask for them ("wants me to ask", "writing on behalf of my mum"; "so I'm asking"
 *   only when the writer tells no symptom of their own, else it is their reason to ask);
 * - or, when the writer tells of no symptom of their own, the relative has therapy or a spinal operation ("he's
 *   doing physio for his lower back", "had disc surgery 9 days ago"), their age is given ("Gran (84)", "my mum is
 *   59") or their back is what is told of ("his lower back pain has got worse").
 * It never holds when the writer says they are the patient ("I'm the patient", "he's not the patient").
 *
 * The patient is then the relative named nearest before what set the frame (else the first named after it), and
 * "he", "she", "his", "her" are theirs until another relative is named. A second relative's condition stays theirs
 * ("Mum is the patient. Her sister had cauda equina").
 */

/** A reading's frame not yet worked out (`Reading.proxyPatient`). */
export const FRAME_UNKNOWN = -2;
/** No frame: the writer is the patient (or nothing says otherwise). */
export const NO_PROXY = -1;
/** A frame whose patient is "he" or "she", no relative named ("I'm the patient's wife. He had a melanoma"). */
export const PRONOUN_PATIENT = 0;

/**
 * Relative nouns, each group one person ("mum", "mother", "mum's"), with the sex its words tell ("m", "f", else
 * ""): the groups' places are their ids (from 1).
 */
const RELATIVE_GROUPS: readonly { sex: string; words: readonly string[] }[] = [
  {
    sex: "f",
    words: ["mum", "mom", "mother", "mums", "moms", "mothers", "mam", "stepmum", "stepmums"],
  },
  { sex: "m", words: ["dad", "father", "dads", "fathers", "stepdad", "stepdads"] },
  { sex: "m", words: ["husband", "hubby", "husbands", "hubbys"] },
  { sex: "f", words: ["wife", "wifes"] },
  { sex: "", words: ["partner", "partners"] },
  { sex: "m", words: ["boyfriend", "boyfriends"] },
  { sex: "f", words: ["girlfriend", "girlfriends"] },
  { sex: "m", words: ["brother", "brothers"] },
  { sex: "f", words: ["sister", "sisters"] },
  { sex: "m", words: ["son", "sons"] },
  { sex: "f", words: ["daughter", "daughters"] },
  {
    sex: "f",
    words: [
      "gran",
      "grandma",
      "grandmother",
      "nan",
      "nana",
      "granny",
      "grans",
      "grandmas",
      "nans",
      "nanas",
    ],
  },
  {
    sex: "m",
    words: ["grandad", "granddad", "grandfather", "grandpa", "grandads", "granddads", "grandpas"],
  },
  { sex: "f", words: ["aunt", "auntie", "aunts", "aunties"] },
  { sex: "m", words: ["uncle", "uncles"] },
  { sex: "", words: ["cousin", "cousins"] },
  { sex: "", words: ["friend", "friends", "mate", "mates"] },
  { sex: "", words: ["neighbour", "neighbor", "neighbours", "neighbors"] },
  { sex: "", words: ["colleague", "colleagues", "coworker", "coworkers", "boss", "bosses"] },
  { sex: "f", words: ["niece", "nieces"] },
  { sex: "m", words: ["nephew", "nephews"] },
  { sex: "", words: ["flatmate", "roommate", "flatmates", "roommates"] },
  { sex: "", words: ["child", "baby", "kids"] },
];

const RELATIVE_IDS: ReadonlyMap<string, number> = new Map(
  RELATIVE_GROUPS.flatMap((group, index) => group.words.map((word) => [word, index + 1] as const)),
);

/** The person a relative noun names (an id from 1), or 0 for a word that names none. */
export const relativeIdOf = (norm: string | undefined): number => RELATIVE_IDS.get(norm ?? "") ?? 0;

const RELATIVE_PLACE = cuePlace("relative");
const RELATIVE_SUBJECT_PLACE = cuePlace("relative-subject");
const RELATIVE_NOUN_PLACE = cuePlace("relative-noun");
const THIRD_PERSON_PLACE = cuePlace("third-person");
const PROXY_PLACE = cuePlace("proxy");
const THE_PATIENT_PLACE = cuePlace("the-patient");
const ASK_FOR_PLACE = cuePlace("ask-for");
const OWN_PATIENT_PLACE = cuePlace("own-patient");
const THERAPY_PLACE = cuePlace("therapy");
const SURGERY_PLACE = cuePlace("surgery");
const OTHER_BACK_PLACE = cuePlace("other-back");
const PAST_PLACE = cuePlace("past");
/** The cue kinds that name a relative, that tell a message is written for one, and that an age may follow. */
const NAMED_PLACES = [RELATIVE_PLACE, RELATIVE_SUBJECT_PLACE, RELATIVE_NOUN_PLACE] as const;
const TOLD_PLACES = [ASK_FOR_PLACE, PROXY_PLACE] as const;
const AGE_PLACES = [RELATIVE_NOUN_PLACE, RELATIVE_PLACE, THIRD_PERSON_PLACE] as const;

/** The token of a relative cue that names the person ("my husband": "husband"; "husband says": "husband"). */
export const relativeNounAt = (reading: Reading, cue: CueHit): number => {
  for (let i = cue.first; i < cue.last; i += 1) {
    if (relativeIdOf(reading.tokens[i]?.norm) > 0) return i;
  }
  return cue.first;
};

/** The person a relative cue names (an id from 1), or 0 ("family history", "someone I know"). */
export const relativeIdOfCue = (reading: Reading, cue: CueHit): number =>
  relativeIdOf(reading.tokens[relativeNounAt(reading, cue)]?.norm);

/** The patient of the message's proxy frame: a relative's id, `PRONOUN_PATIENT`, or `NO_PROXY`. */
export const proxyPatientOf = (reading: Reading): number => {
  if (reading.proxyPatient === FRAME_UNKNOWN) reading.proxyPatient = workOutFrame(reading);
  return reading.proxyPatient;
};

/** Whether `cues` has any cue. */
const has = (reading: Reading, place: number): boolean => cuesAt(reading, place).length > 0;

const workOutFrame = (reading: Reading): number => {
  // (most messages name no relative: nothing more to read)
  if (
    !has(reading, RELATIVE_PLACE) &&
    !has(reading, RELATIVE_SUBJECT_PLACE) &&
    !has(reading, RELATIVE_NOUN_PLACE)
  )
    return NO_PROXY;
  if (isOwnPatientSaid(reading)) return NO_PROXY;
  // "I'm the patient", "he's not the patient": the writer is the patient; "she's the patient": a relative is.
  let named = -1;
  for (const cue of cuesAt(reading, THE_PATIENT_PLACE)) {
    const role = patientRoleAt(reading, cue);
    if (role === OWN) return NO_PROXY;
    if (role === OTHER && named < 0) named = cue.first;
  }
  // "My husband is typing this for me": the one typing is the relative; the patient writes (see `status.ts`).
  for (const cue of cuesAt(reading, PROXY_PLACE)) if (isForWriter(reading, cue)) return NO_PROXY;
  const told = toldFor(reading, named);
  // ("My brother had numbness in his leg, that's why I'm asking. I just have normal soreness": the writer asks for
  // themselves, a reason told after someone else's story; "... so I'm asking" holds only with no symptom of the
  // writer's own)
  if (
    told >= 0 &&
    !((isReasonToAsk(reading, told) || isRelay(reading, told)) && tellsOwnSymptom(reading, false))
  )
    return patientNear(reading, told);
  // (the writer's own symptom is usually told early: looked for before the relative's therapy, age or back)
  if (tellsOwnSymptom(reading, true)) return NO_PROXY;
  const shown = shownAsPatient(reading);
  return shown < 0 ? NO_PROXY : patientNear(reading, shown);
};

/**
 * Whether the writer says the message is about their own back ("my own back", "Asking for me: ...", "as for me"):
 * not "she keeps asking for me to help", where "for me" goes on to what the relative asks.
 */
const isOwnPatientSaid = (reading: Reading): boolean => {
  for (const cue of cuesAt(reading, OWN_PATIENT_PLACE))
    if (normAt(reading, cue.last) !== "to") return true;
  return false;
};

/** Words that open a reason to ask ("so I'm asking", "that's why I'm writing"): not whom it is for. */
const REASON_OPENERS: ReadonlySet<string> = new Set(["so", "which", "thats", "that", "hence"]);

/** Whether the cue at token `at` tells why the writer asks rather than for whom ("that's why I'm asking"). */
const isReasonToAsk = (reading: Reading, at: number): boolean =>
  REASON_OPENERS.has(normAt(reading, at)) && !has(reading, THE_PATIENT_PLACE);

/** Words that open a message passed on ("my wife says to tell you", "Dad wants you to know"). */
const RELAY_OPENERS: ReadonlySet<string> = new Set(["says", "said", "say", "wants", "wanted"]);

/**
 * Whether the cue at token `at` passes a message on ("my wife says to tell you: since the session she's had a numb
 * shin"): whose message it is shows in what follows, so, like a reason to ask, it sets the frame only when the
 * writer tells nothing of their own ("my wife says to tell you my back is stiff again": the writer's). ("Wants me
 * to ask" is no message passed on: the writer asks for them.)
 */
const isRelay = (reading: Reading, at: number): boolean =>
  RELAY_OPENERS.has(normAt(reading, at)) && normAt(reading, at + 1) !== "me";

/** Whether a "proxy" cue is typed for the writer ("typing this for me", "on my behalf"). */
const isForWriter = (reading: Reading, cue: CueHit): boolean => {
  const last = reading.tokens[cue.last - 1]?.norm;
  return last === "me" || (last === "behalf" && reading.tokens[cue.first + 1]?.norm === "my");
};

/**
 * Where the message says outright that it is written for someone else (`named`: where a relative is named the
 * patient, or -1), or -1.
 */
const toldFor = (reading: Reading, named: number): number => {
  let first = named;
  for (const place of TOLD_PLACES) {
    const cues = cuesAt(reading, place);
    let k = 0;
    for (let next = cues[k]; next !== undefined && isOwnCheck(reading, next); next = cues[k])
      k += 1;
    const cue = cues[k];
    if (cue !== undefined && (first < 0 || cue.first < first)) first = cue.first;
  }
  return first;
};

/** The writer's own, after "check": "mine", "my own", "myself", "me". */
const OWN_CHECKED = new WordSet(["mine", "mines", "myself", "me", "own"]);

/**
 * "He told me to check mine", "she asked me to check myself": the relative had the writer check their own body,
 * so the message is not written for the relative (whose sign stays theirs).
 */
const isOwnCheck = (reading: Reading, cue: CueHit): boolean =>
  normAt(reading, cue.last - 1) === "check" &&
  (OWN_CHECKED.at(reading, cue.last) ||
    (normAt(reading, cue.last) === "my" && normAt(reading, cue.last + 1) === "own"));

/** Whose role a "the-patient" cue names: the writer's, a relative's, or neither's (`patientRoleAt`). */
const OWN = 1;
const OTHER = 2;
const NEITHER = 0;

/** Words before "the patient" that make someone else the subject: "she's the patient", "Mum is the one in PT". */
const OTHER_IS = new Set(["hes", "shes", "is", "whos", "s", "theyre", "are", "was", "(", ","]);
/** Words before "the patient" that deny it: "he isn't the patient". */
const IS_NOT = new Set(["isnt", "arent", "wasnt"]);

/**
 * Whose role "the patient" names, from the words before it: "I'm the patient" (the writer's), "she's the patient",
 * "I'm the patient's wife", "I'm not the patient" (a relative's), "he's not the patient", "she isn't the one in PT"
 * (the writer's).
 */
const patientRoleAt = (reading: Reading, cue: CueHit): number => {
  let i = cue.first - 1;
  if (normAt(reading, i) === "actually" || normAt(reading, i) === "really") i -= 1;
  const before = normAt(reading, i);
  if (before === "not") return isWriterAt(reading, i - 1) ? OTHER : OWN;
  if (IS_NOT.has(before)) return OWN;
  if (isWriterAt(reading, i)) {
    const ofPatient =
      normAt(reading, cue.first + 1) === "patients" || normAt(reading, cue.first + 2) === "s";
    return ofPatient ? OTHER : OWN;
  }
  return OTHER_IS.has(before) ? OTHER : NEITHER;
};

const normAt = (reading: Reading, i: number): string => reading.tokens[i]?.norm ?? "";

/** "I'm" or "I am" ending at token `i`. */
const isWriterAt = (reading: Reading, i: number): boolean =>
  normAt(reading, i) === "im" || (normAt(reading, i) === "am" && normAt(reading, i - 1) === "i");

/**
 * Where the message shows a relative as the one with the back problem, or -1: their therapy or spinal operation
 * ("he's doing physio", "my brother had a spine injection two weeks ago"), their age ("Gran (84)", "he's 70") or
 * their back ("her lower back is really sore").
 */
const shownAsPatient = (reading: Reading): number => {
  for (const cue of cuesAt(reading, THERAPY_PLACE)) if (isOthersAt(reading, cue)) return cue.first;
  for (const cue of cuesAt(reading, SURGERY_PLACE)) {
    if (isOthersAt(reading, cue) && !isPastInSentence(reading, cue.first)) return cue.first;
  }
  const back = cuesAt(reading, OTHER_BACK_PLACE)[0];
  if (back !== undefined) return back.first;
  for (const place of AGE_PLACES) {
    for (const cue of cuesAt(reading, place)) if (isAgeAfter(reading, cue.last)) return cue.first;
  }
  return -1;
};

/** "He", "she" and their forms: the subject of therapy told of someone else. */
const THIRD = new Set(["he", "she", "hes", "shes", "his", "her", "their", "him", "they", "theyre"]);
/** The writer: therapy told after these is the writer's ("I'm doing physio", "we're both doing PT"). */
const FIRST = new Set(["i", "im", "ive", "id", "me", "my", "we", "were", "us", "our", "myself"]);
/** How far back from therapy its subject may stand ("My dad (72) is doing PT", "He's 55, doing PT"). */
const SUBJECT_REACH = 8;
/** Words before therapy that tell it as when a symptom began ("started 3 days ago after PT", "since physio"). */
const ONSET_AFTER = new WordSet(["after", "since"]);

/**
 * Whether the therapy or operation at `cue` is someone else's: a third-person subject or owner before it ("he's
 * doing PT", "Dad's physio", "My dad (72) is doing PT"), else "his" or "her" in it ("did her back exercises").
 * Therapy told as when a symptom began has the symptom's subject, anywhere before it in the sentence ("My
 * husband's right foot flops down when he walks now, started 3 days ago after PT").
 */
const isOthersAt = (reading: Reading, cue: CueHit): boolean => {
  const { tokens } = reading;
  const sentence = reading.segments.sentenceOf[cue.first];
  const onset = ONSET_AFTER.at(reading, cue.first - 1);
  for (let i = cue.first - 1; i >= 0 && (onset || i >= cue.first - SUBJECT_REACH); i -= 1) {
    if (reading.segments.sentenceOf[i] !== sentence) break;
    const norm = tokens[i]?.norm ?? "";
    if (FIRST.has(norm)) return false;
    if (THIRD.has(norm) || relativeIdOf(norm) > 0) return true;
  }
  for (let i = cue.first; i < cue.last; i += 1) {
    const norm = tokens[i]?.norm ?? "";
    if (norm === "his" || norm === "her" || norm === "their") return true;
  }
  return false;
};

/** A past word in the sentence of token `index` ("my dad had back surgery years ago"). */
const isPastInSentence = (reading: Reading, index: number): boolean => {
  const sentence = reading.segments.sentenceOf[index];
  for (const cue of cuesAt(reading, PAST_PLACE)) {
    if (reading.segments.sentenceOf[cue.first] === sentence) return true;
  }
  return false;
};

/** Words after an age that make the number something else ("she's 30 minutes away", "is 8 out of 10"). */
const NOT_AGE_AFTER = new Set([
  "out",
  "/",
  "%",
  "percent",
  "minutes",
  "mins",
  "min",
  "hours",
  "hrs",
  "hour",
  "days",
  "day",
  "weeks",
  "week",
  "months",
  "miles",
  "km",
  "kg",
  "kilos",
  "pounds",
  "lbs",
  "stone",
  "times",
  "x",
  "degrees",
  ".",
]);

/**
 * Whether an age follows token `from` (the end of a relative's name or of "he"/"she"): "Gran (84)", "my mum is
 * 59", "He's 55", "he is 70", "my son (he's 17)".
 */
export const isAgeAfter = (reading: Reading, from: number): boolean => {
  const { tokens } = reading;
  let i = from;
  const word = tokens[i]?.norm;
  if (word === "(" || word === "is" || word === "aged" || word === ",") i += 1;
  if (tokens[i]?.norm === "hes" || tokens[i]?.norm === "shes") i += 1;
  return isAgeNumberAt(reading, i);
};

/** Whether token `i` is a number that reads as an adult's age (16 to 110, no unit after it). */
export const isAgeNumberAt = (reading: Reading, i: number): boolean => {
  const token = reading.tokens[i];
  if (token?.kind !== "number") return false;
  const value = Number(token.norm);
  if (!(value >= 16 && value <= 110)) return false;
  const next = reading.tokens[i + 1]?.norm ?? "";
  // ("8.5" reads as 8 . 5; "72." ends a sentence: an age still, "he's 72.")
  return !NOT_AGE_AFTER.has(next) || (next === "." && reading.tokens[i + 2]?.kind !== "number");
};

/**
 * Words of the writer's own body, back, therapy or operation, after "my" or soon after "I" ("my calf is fine",
 * "I'm two weeks post-op", "I did the session"): the writer is a patient too.
 */
const OWN_WORDS = new Set([
  "back",
  "lower",
  "spine",
  "legs",
  "leg",
  "feet",
  "foot",
  "toes",
  "calf",
  "calves",
  "thigh",
  "thighs",
  "knee",
  "knees",
  "hip",
  "hips",
  "bum",
  "bottom",
  "groin",
  "bladder",
  "bowels",
  "pain",
  "session",
  "sessions",
  "physio",
  "pt",
  "exercises",
  "op",
  "operation",
  "surgery",
  "post",
  // ("Dad slipped on the ice. I'm fine": the writer's own state, told beside the relative's)
  "fine",
]);
/** Words after a comma that go on with the writer's own state ("I'm fine, just stiff", "me, only a bit sore"). */
const AFTER_OWN_COMMA = new WordSet([
  "just",
  "only",
  "but",
  "though",
  "still",
  "mostly",
  "a",
  "bit",
  "mainly",
]);
/** The writer as subject or owner: "I", "I'm", "my", "mine" ("mine's just a sore back"). */
const WRITER = new WordSet(["i", "im", "ive", "id", "my", "mine", "mines", "myself"]);
/** How far after "I" or "my" a symptom of the writer's may start ("I'm just a bit stiff"). */
const OWN_REACH = 7;

/** "Mine's", which the typo corrector reads as "mins": the writer's own, told by the text as written. */
const isMineAt = (reading: Reading, i: number): boolean => {
  const token = reading.tokens[i];
  return (
    token?.norm === "mins" &&
    reading.text.slice(token.start, token.start + 4).toLowerCase() === "mine"
  );
};

/**
 * Whether the writer tells of a symptom, or a back, therapy or operation, of their own: "I'm just stiff", "my calf
 * is fine", "mine is in both legs", "I'm two weeks post-op". Not "I'm her son", "I'm not so sure", nor "I'm worried
 * he can't pee" (someone else named before the symptom), nor past a comma ("I'm not sure, the pain is so bad she's
 * crying"). With `withOwnState`, also the writer's state without a symptom ("I'm fine", "I've got none of that",
 * "I've been watching myself"): that tells the writer is a patient only against a relative's therapy, age or back;
 * after "so I'm asking" or a message passed on ("Husband says to tell you he can't pee. I'm fine") it tells that
 * the relative is the one with the sign.
 */
const tellsOwnSymptom = (reading: Reading, withOwnState: boolean): boolean => {
  const { tokens, hits } = reading;
  const { sentenceOf } = reading.segments;
  let h = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!WRITER.at(reading, i) && !isMineAt(reading, i)) continue;
    while ((hits[h]?.first ?? tokens.length) <= i) h += 1;
    let end = Math.min(tokens.length, i + 1 + OWN_REACH);
    let sentence = sentenceOf[i];
    let k = h;
    for (let j = i + 1; j < end; j += 1) {
      const norm = tokens[j]?.norm ?? "";
      if (sentenceOf[j] !== sentence) {
        // ("I've got none of that. Just stiff.": a report without a subject goes on with the writer's own)
        if (!isOwnFragmentAt(reading, j)) break;
        sentence = sentenceOf[j];
        end = Math.min(tokens.length, j + 1 + OWN_REACH);
        continue;
      }
      // ("I've got none of that", "I've been watching myself like a hawk": the writer's own body)
      // (only against a relative's therapy, age or back: after "so I'm asking" or "she says to tell you", "I've got
      // none of that" or "I'm fine" says the relative is the one with the sign)
      if (withOwnState && (isNoneOfThatAt(reading, j) || isSelfWatchAt(reading, j))) return true;
      // ("I'm fine, just stiff": a comma goes on to more of the writer's own only with a word of contrast, and
      // what it goes on to is told within the same reach again: "I've got nothing like that, just a sore back")
      if (norm === ",") {
        if (!AFTER_OWN_COMMA.at(reading, j + 1)) break;
        end = Math.min(tokens.length, j + 2 + OWN_REACH);
        continue;
      }
      if (THIRD.has(norm) || relativeIdOf(norm) > 0) break;
      while ((hits[k]?.first ?? tokens.length) < j) k += 1;
      if ((OWN_WORDS.has(norm) && (withOwnState || norm !== "fine")) || hits[k]?.first === j)
        return true;
    }
  }
  return false;
};

/** Whether the relative noun at `noun` names the writer: "I'm the patient's wife", "I'm her son". */
const isWriterNoun = (reading: Reading, noun: number): boolean => {
  const before = reading.tokens[noun - 1]?.norm;
  if (before === "patients") return true;
  const subject = reading.tokens[noun - 2]?.norm;
  return (before === "his" || before === "her") && (subject === "im" || subject === "am");
};

/** Pronouns that tell whether the one the frame is about is a man or a woman. */
const HE = new Set(["he", "hes", "his", "him", "himself"]);
const SHE = new Set(["she", "shes", "her", "herself"]);
/** How far around what set the frame its pronoun may stand ("he's been doing PT", "Mum (she's the patient)"). */
const PRONOUN_REACH = 6;

/** "m" or "f" for the pronoun nearest token `at` in its sentence, else "". */
const genderNear = (reading: Reading, at: number): string => {
  for (let d = 0; d <= PRONOUN_REACH; d += 1) {
    const before = genderAt(reading, at - d, at);
    if (before !== "") return before;
    const after = genderAt(reading, at + d, at);
    if (after !== "") return after;
  }
  return "";
};

/** "m" or "f" for a pronoun at token `i` in the sentence of token `at`, else "". */
const genderAt = (reading: Reading, i: number, at: number): string => {
  if (i < 0 || reading.segments.sentenceOf[i] !== reading.segments.sentenceOf[at]) return "";
  const norm = reading.tokens[i]?.norm ?? "";
  if (HE.has(norm)) return "m";
  return SHE.has(norm) ? "f" : "";
};

/**
 * The patient of the frame set at token `at`: the relative named nearest to it in its sentence, else the nearest
 * named before it, else the first named after it; one that fits the pronoun told with it ("He's the one doing the
 * PT. My brother says ...": the brother, not a mother named earlier).
 */
const patientNear = (reading: Reading, at: number): number => {
  const gender = genderNear(reading, at);
  const sentence = reading.segments.sentenceOf[at];
  let near = Number.MAX_SAFE_INTEGER;
  let nearId = 0;
  let before = -1;
  let beforeId = 0;
  let after = Number.MAX_SAFE_INTEGER;
  let afterId = 0;
  for (const place of NAMED_PLACES) {
    for (const cue of cuesAt(reading, place)) {
      const noun = relativeNounAt(reading, cue);
      const id = relativeIdOf(reading.tokens[noun]?.norm);
      if (id === 0 || isWriterNoun(reading, noun)) continue;
      const own = RELATIVE_GROUPS[id - 1]?.sex ?? "";
      if (gender !== "" && own !== "" && own !== gender) continue;
      if (reading.segments.sentenceOf[noun] === sentence && Math.abs(noun - at) < near) {
        near = Math.abs(noun - at);
        nearId = id;
      }
      if (noun <= at && noun > before) {
        before = noun;
        beforeId = id;
      } else if (noun > at && noun < after) {
        after = noun;
        afterId = id;
      }
    }
  }
  if (nearId > 0) return nearId;
  if (beforeId > 0) return beforeId;
  return afterId > 0 ? afterId : PRONOUN_PATIENT;
};

/**
 * The relative named last before token `index` (an id), or 0 when none is: in a proxy frame, "he" and "she" there
 * are the patient when this is the patient or no one.
 */
export const lastNamedBefore = (reading: Reading, index: number): number => {
  let last = -1;
  let lastId = 0;
  for (const place of NAMED_PLACES) {
    for (const cue of cuesAt(reading, place)) {
      if (cue.first >= index) break;
      const noun = relativeNounAt(reading, cue);
      if (noun > last && noun < index && !isWriterNoun(reading, noun)) {
        last = noun;
        lastId = relativeIdOf(reading.tokens[noun]?.norm);
        // ("family history", "someone I know": someone, not the patient)
        if (lastId === 0) lastId = -1;
      }
    }
  }
  return lastId;
};
