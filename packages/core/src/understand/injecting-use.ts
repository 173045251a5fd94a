import { WordSet } from "../text/word-set";
import type { Reading } from "./read-text";
import type { Span } from "./status";

/**
 * Injecting drugs told without naming the drug: "I'll be honest, I still use (inject)", "I still inject", "been
 * injecting again since the summer", "using - IV". The lexicon knows "injecting heroin" and "use, injecting", but a
 * bracket between "use" and "inject" cannot be written in its patterns, and "inject" alone is also how patients
 * tell of their insulin or methotrexate pen ("I inject my methotrexate on Mondays", "I inject insulin"). So an
 * injecting with an object or a medicine in its sentence is none of this.
 */

/** Words of injecting. */
const INJECT = new WordSet(["inject", "injecting", "injects"]);
/** What "use" may be said with: "use (inject)", "using - IV", "use, needles". */
const USE_HOW = new WordSet(["inject", "injecting", "iv", "intravenously", "needles", "needle"]);
const USE = new WordSet(["use", "using"]);
/** Words that may stand between "use" and how ("still use sometimes (inject)"). */
const USE_FILLER = new WordSet(["still", "again", "sometimes", "occasionally", "now", "and", "by"]);
/** How far after "use" the way of using may be told. */
const USE_REACH = 4;

/** The patient as the one injecting, just before the word ("I still inject", "been injecting", "I do inject"). */
const INJECTOR = new WordSet([
  "i",
  "im",
  "ive",
  "been",
  "still",
  "do",
  "started",
  "start",
  "sometimes",
  "occasionally",
]);
/** How far before "inject" the patient may be named ("I have still been injecting"). */
const INJECTOR_REACH = 3;
/** Words after "inject" that leave it without an object ("I still inject most days", "injecting again"). */
const NO_OBJECT_AFTER = new WordSet([
  "still",
  "again",
  "sometimes",
  "occasionally",
  "daily",
  "regularly",
  "now",
  "most",
  "every",
  "weekly",
  "twice",
  "once",
  "and",
  "but",
  "though",
  "tho",
  "lol",
  "too",
  "as",
  "since",
  "when",
  "if",
]);

/** Medicines and their pens, which a patient injects as prescribed: no drug use in their sentence. */
const MEDICINES = new WordSet([
  "insulin",
  "b12",
  "methotrexate",
  "biologic",
  "biologics",
  "ozempic",
  "mounjaro",
  "wegovy",
  "saxenda",
  "clexane",
  "fragmin",
  "heparin",
  "humira",
  "adalimumab",
  "enbrel",
  "etanercept",
  "testosterone",
  "hrt",
  "epipen",
  "vitamin",
  "ivf",
  "fertility",
  "botox",
  "denosumab",
  "prolia",
  "teriparatide",
  "forsteo",
  "medication",
  "medications",
  "meds",
  "medicine",
  "pen",
  "jab",
  "jabs",
  "diabetic",
  "diabetes",
  "prescribed",
  "nurse",
  "doctor",
  "gp",
  "injection",
  "injections",
]);

const hasMedicineInSentence = (reading: Reading, index: number): boolean => {
  const { sentenceOf } = reading.segments;
  const sentence = sentenceOf[index];
  for (let i = 0; i < reading.tokens.length; i += 1)
    if (sentenceOf[i] === sentence && MEDICINES.at(reading, i)) return true;
  return false;
};

/** Words before "using" that make someone else the one using ("my physio is using needles", "he's using"). */
const OTHER_USER = new WordSet([
  "he",
  "she",
  "they",
  "hes",
  "shes",
  "theyre",
  "is",
  "are",
  "was",
  "were",
  "physio",
  "therapist",
  "pt",
  "chiro",
  "osteo",
  "doctor",
  "nurse",
  "acupuncturist",
  "who",
]);

/**
 * Whether the patient is the one using at `at`: named just before "use" ("I still use"); "using" is the patient's
 * unless someone else is its subject ("Using again - IV", "... settling now using again (IV)"; not "my physio is
 * using needles").
 */
const isPatientsAct = (reading: Reading, at: number): boolean => {
  if (reading.tokens[at]?.norm === "using") return !OTHER_USER.at(reading, at - 1);
  for (let i = at - 1; i >= Math.max(0, at - INJECTOR_REACH); i -= 1) {
    if (INJECTOR.at(reading, i)) return true;
    if (reading.tokens[i]?.kind === "punct") return false;
  }
  return false;
};

/** "use (inject)", "using - IV": using told with how, whatever stands between. */
const useWithHow = (reading: Reading, at: number): Span | undefined => {
  const { tokens } = reading;
  if (!isPatientsAct(reading, at)) return undefined;
  for (let i = at + 1; i < Math.min(tokens.length, at + 1 + USE_REACH); i += 1) {
    if (USE_HOW.at(reading, i)) return { first: at, last: i + 1 };
    if (tokens[i]?.kind !== "punct" && !USE_FILLER.at(reading, i)) return undefined;
  }
  return undefined;
};

/** "I still inject", "been injecting again": the patient injecting, with nothing injected named after it. */
const injectingAlone = (reading: Reading, at: number): Span | undefined => {
  const { tokens } = reading;
  const after = tokens[at + 1];
  if (after !== undefined && after.kind !== "punct" && !NO_OBJECT_AFTER.at(reading, at + 1))
    return undefined;
  for (let i = at - 1; i >= Math.max(0, at - INJECTOR_REACH); i -= 1) {
    if (INJECTOR.at(reading, i)) return { first: i, last: at + 1 };
    if (tokens[i]?.kind === "punct") return undefined;
  }
  return undefined;
};

/** The spans where the patient tells of injecting drugs without naming them (status is the caller's to read). */
export const findInjectingUse = (reading: Reading): Span[] => {
  const found: Span[] = [];
  // (most messages have none of the words: no look at each token then)
  if (!USE.anyIn(reading) && !INJECT.anyIn(reading)) return found;
  const { tokens } = reading;
  for (let i = 0; i < tokens.length; i += 1) {
    const span = USE.at(reading, i)
      ? useWithHow(reading, i)
      : INJECT.at(reading, i)
        ? injectingAlone(reading, i)
        : undefined;
    if (span !== undefined && !hasMedicineInSentence(reading, span.first)) found.push(span);
  }
  return found;
};
