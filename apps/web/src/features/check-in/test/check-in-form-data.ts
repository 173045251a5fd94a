/** The red-flag answers a routine check-in gives: all "no". */
export const ALL_NO_RED_FLAGS: Readonly<Record<string, string>> = {
  "redFlags.bladderOrBowelChange": "no",
  "redFlags.saddleNumbness": "no",
  "redFlags.sexualChange": "no",
  "redFlags.bothLegs": "no",
  "redFlags.worseningWeakness": "no",
  "redFlags.fever": "no",
  "redFlags.chestPainOrBreathless": "no",
  "redFlags.tearingPainOrPulsingTummy": "no",
  "redFlags.calfSwellingAfterSurgery": "no",
};

/** A routine check-in's details as the form sends them: sore and stiff the day after a session, easing. */
export const ROUTINE_DETAILS: Readonly<Record<string, string>> = {
  hoursSinceSession: "24",
  painNow: "3",
  painDuringExercise: "4",
  backToBaselineByMorning: "unknown",
  location: "back-only",
  legReach: "none",
  numbness: "none",
  weakness: "none",
  trend: "better",
};

/** A FormData like the browser's, from field → value (arrays repeat the field, as checkboxes do). */
export const toFormData = (
  fields: Readonly<Record<string, string | readonly string[] | undefined>>,
): FormData => {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const entry of typeof value === "string" ? [value] : value) formData.append(name, entry);
  }
  return formData;
};

/** Form values (what `readFormValues` returns) for a whole routine check-in, with overrides. */
export const routineValues = (
  overrides: Readonly<Record<string, string | string[]>> = {},
): Record<string, string | string[]> => ({
  step: "details",
  ...ALL_NO_RED_FLAGS,
  ...ROUTINE_DETAILS,
  character: ["ache"],
  ...overrides,
});
