import type {
  LEG_REACHES,
  NUMBNESS_DURATIONS,
  PAIN_CHARACTERS,
  PAIN_LOCATIONS,
  Profile,
  RedFlagAnswers,
  TRENDS,
  WEAKNESS_KINDS,
} from "@backsure/core";

/**
 * The check-in's wording: each question in the patient's words, keyed by the CheckIn field it fills. Only words
 * live here; what an answer means is decided by @backsure/core.
 */
export type Option = { value: string; label: string };

/** Asked first, in this order. Any answer the core rates an emergency ends the interview. */
export const RED_FLAG_QUESTIONS: readonly {
  field: keyof RedFlagAnswers;
  question: string;
  hint?: string;
}[] = [
  {
    field: "bladderOrBowelChange",
    question: "Do you have new trouble starting to pee, or are you leaking pee or poo?",
    hint: "Or you can't feel when your bladder is full.",
  },
  {
    field: "saddleNumbness",
    question: "Is it numb between your legs, or can you not feel the toilet paper when you wipe?",
    hint: "New numbness or tingling around your bottom, private parts or inner thighs.",
  },
  {
    field: "sexualChange",
    question: "Have you noticed a new change in feeling or function during sex?",
  },
  {
    field: "bothLegs",
    question: "Do you have pain, tingling, numbness or weakness in both legs?",
  },
  {
    field: "worseningWeakness",
    question: "Is a weak leg getting weaker, or does your leg give way?",
  },
  { field: "fever", question: "Do you have a high temperature, shivers or chills?" },
  {
    field: "chestPainOrBreathless",
    question: "Do you have chest pain, or are you suddenly short of breath?",
  },
  {
    field: "tearingPainOrPulsingTummy",
    question: "Do you have a sudden tearing pain, or a pulsing feeling in your tummy?",
  },
  {
    field: "calfSwellingAfterSurgery",
    question: "Since an operation, is one of your calves swollen, hot or painful?",
  },
];

export const YES_NO: readonly Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** Hours since the last session, as patients count it; "unknown" is sent as null. */
export const SESSION_TIME_OPTIONS: readonly Option[] = [
  { value: "6", label: "Earlier today" },
  { value: "24", label: "Yesterday" },
  { value: "48", label: "2 days ago" },
  { value: "72", label: "3 days ago" },
  { value: "120", label: "4 to 6 days ago" },
  { value: "168", label: "A week or more ago" },
  { value: "unknown", label: "I'm not sure" },
];

export const PAIN_SCALE: readonly Option[] = Array.from({ length: 11 }, (_, score) => ({
  value: String(score),
  label: String(score),
}));

export const BASELINE_OPTIONS: readonly Option[] = [
  { value: "yes", label: "Yes, it was back to usual" },
  { value: "no", label: "No, it was still worse" },
  { value: "unknown", label: "Not yet / I don't know" },
];

export const CHARACTER_LABELS: Readonly<Record<(typeof PAIN_CHARACTERS)[number], string>> = {
  dull: "Dull",
  ache: "Aching",
  sharp: "Sharp",
  shooting: "Shooting",
  burning: "Burning",
  electric: "Like an electric shock",
};

export const LOCATION_LABELS: Readonly<Record<(typeof PAIN_LOCATIONS)[number], string>> = {
  "back-only": "Only my back",
  "one-leg": "My back and one leg",
  "both-legs": "Both legs",
};

export const LEG_REACH_LABELS: Readonly<Record<(typeof LEG_REACHES)[number], string>> = {
  none: "It doesn't go into my leg",
  buttock: "Buttock",
  thigh: "Thigh",
  knee: "Knee",
  "below-knee": "Below the knee",
  foot: "Down to my foot",
};

export const NUMBNESS_LABELS: Readonly<Record<(typeof NUMBNESS_DURATIONS)[number], string>> = {
  none: "No numbness or tingling",
  minutes: "Yes, for a few minutes at a time",
  hours: "Yes, for hours at a time",
  constant: "Yes, all the time",
};

export const WEAKNESS_LABELS: Readonly<Record<(typeof WEAKNESS_KINDS)[number], string>> = {
  none: "No weakness",
  stable: "Some weakness, but it is not getting worse",
};

export const TREND_LABELS: Readonly<Record<(typeof TRENDS)[number], string>> = {
  better: "Better",
  same: "About the same",
  worse: "Worse",
};

/** Ticked means yes; left unticked means no. */
export const OTHER_FACTS: readonly {
  field: "spreadingDownLeg" | "worseAfterEverySession" | "fallOrInjury";
  label: string;
}[] = [
  {
    field: "spreadingDownLeg",
    label: "My symptoms are spreading further down my leg than before",
  },
  { field: "worseAfterEverySession", label: "I have felt worse after every session lately" },
  { field: "fallOrInjury", label: "I have had a fall or an injury since my last session" },
];

export const PROFILE_FACTS: readonly {
  field: Exclude<keyof Profile, "age">;
  label: string;
}[] = [
  { field: "recentSpinalSurgery", label: "I have had surgery on my spine recently" },
  { field: "cancerHistory", label: "I have had cancer" },
  { field: "osteoporosis", label: "I have osteoporosis (thin bones)" },
  { field: "longTermSteroids", label: "I take steroid tablets long-term" },
  { field: "immunosuppressed", label: "My immune system is weak (from an illness or medicine)" },
  { field: "ivDrugUse", label: "I inject drugs" },
];

/**
 * The options of a question from its labels, in the order written above. The label tables are typed by the
 * core's value lists, so a value the core adds or drops is a type error here; at run time the browser needs
 * none of the core's code to show the form.
 */
export const optionsOf = (labels: Readonly<Record<string, string>>): readonly Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
