import { z } from "zod";

/** Longest free text the core accepts in a check-in's "in your own words" box. */
export const MAX_NOTES_LENGTH = 10_000;

const score = z.number().int().min(0).max(10);

/**
 * The red-flag questions, asked first. `true` means the patient said yes. Each is worded for patients in the
 * portal; the comments give the clinical meaning.
 */
export const RedFlagAnswersSchema = z.strictObject({
  /** New trouble starting or controlling pee or poo, leaking, or not feeling when the bladder is full. */
  bladderOrBowelChange: z.boolean(),
  /** New numbness or tingling around the bottom, genitals or inner thighs; can't feel the toilet paper. */
  saddleNumbness: z.boolean(),
  /** New change in sexual function or feeling. */
  sexualChange: z.boolean(),
  /** Pain, tingling, numbness or weakness in both legs. */
  bothLegs: z.boolean(),
  /** Leg weakness that is getting worse over hours or days, or legs giving way. */
  worseningWeakness: z.boolean(),
  /** A high temperature, shivers or chills with the back pain. */
  fever: z.boolean(),
  /** Chest pain, or sudden breathlessness. */
  chestPainOrBreathless: z.boolean(),
  /** Sudden tearing pain, or a pulsing feeling in the tummy. */
  tearingPainOrPulsingTummy: z.boolean(),
  /** A swollen, hot or painful calf on one side after surgery. */
  calfSwellingAfterSurgery: z.boolean(),
});
export type RedFlagAnswers = z.infer<typeof RedFlagAnswersSchema>;

export const PAIN_CHARACTERS = [
  "dull",
  "ache",
  "sharp",
  "shooting",
  "burning",
  "electric",
] as const;
export const PainCharacterSchema = z.enum(PAIN_CHARACTERS);

export const PAIN_LOCATIONS = ["back-only", "one-leg", "both-legs"] as const;
export const PainLocationSchema = z.enum(PAIN_LOCATIONS);

/** How far down the leg symptoms reach. */
export const LEG_REACHES = ["none", "buttock", "thigh", "knee", "below-knee", "foot"] as const;
export const LegReachSchema = z.enum(LEG_REACHES);

/** Numbness or tingling, and how long it lasts. */
export const NUMBNESS_DURATIONS = ["none", "minutes", "hours", "constant"] as const;
export const NumbnessDurationSchema = z.enum(NUMBNESS_DURATIONS);

/** The trend since yesterday. */
export const TRENDS = ["better", "same", "worse"] as const;
export const TrendSchema = z.enum(TRENDS);

/** Leg weakness, when there is any (worsening weakness is a red-flag answer). */
export const WEAKNESS_KINDS = ["none", "stable"] as const;
export const WeaknessSchema = z.enum(WEAKNESS_KINDS);

/** Facts about the patient that change what a symptom means. All optional. */
export const ProfileSchema = z.strictObject({
  age: z.number().int().min(0).max(120).optional(),
  recentSpinalSurgery: z.boolean().optional(),
  cancerHistory: z.boolean().optional(),
  osteoporosis: z.boolean().optional(),
  longTermSteroids: z.boolean().optional(),
  ivDrugUse: z.boolean().optional(),
  immunosuppressed: z.boolean().optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** What the portal's questionnaire collects: red flags first, then the details the rules use. */
export const CheckInSchema = z.strictObject({
  redFlags: RedFlagAnswersSchema,
  /** Hours since the last PT session (null when unknown). */
  hoursSinceSession: z
    .number()
    .min(0)
    .max(24 * 365)
    .nullable(),
  painNow: score,
  painDuringExercise: score.nullable(),
  /** Was pain back to its usual level by the next morning? null when not known yet. */
  backToBaselineByMorning: z.boolean().nullable(),
  character: z.array(PainCharacterSchema).max(PAIN_CHARACTERS.length),
  location: PainLocationSchema,
  legReach: LegReachSchema,
  /** Symptoms spreading further down the leg than before. */
  spreadingDownLeg: z.boolean(),
  numbness: NumbnessDurationSchema,
  weakness: WeaknessSchema,
  trend: TrendSchema,
  /** Worse after every session lately. */
  worseAfterEverySession: z.boolean(),
  /** A fall or injury since the last session. */
  fallOrInjury: z.boolean(),
  profile: ProfileSchema,
  /** "In your own words": understood with the same reading as a message. */
  notes: z.string().max(MAX_NOTES_LENGTH).optional(),
});
export type CheckIn = z.infer<typeof CheckInSchema>;
