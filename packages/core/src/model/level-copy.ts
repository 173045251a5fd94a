import type { TriageLevel } from "./triage-level";

/** How each level is named for patients. Presentation (icons, colours) belongs to the apps; the words live here. */
export type LevelCopy = {
  /** Short name shown next to the icon, e.g. "Tell your therapist". */
  label: string;
  /** One plain sentence: what the level asks of the patient. */
  action: string;
};

export const LEVEL_COPY: Readonly<Record<TriageLevel, LevelCopy>> = {
  expected: {
    label: "Expected",
    action: "This is a normal response to therapy. Look after yourself and keep going.",
  },
  monitor: {
    label: "Keep an eye on it",
    action: "Keep track of it and mention it at your next session.",
  },
  "contact-therapist": {
    label: "Tell your therapist",
    action:
      "Tell your therapist before you carry on with your exercises or go to your next session.",
  },
  "see-doctor": {
    label: "See a doctor today or tomorrow",
    action:
      "Get a doctor's appointment for today or tomorrow, or call your urgent medical helpline.",
  },
  emergency: {
    label: "Emergency: get help now",
    action: "Call the emergency number or go to the emergency department now.",
  },
};
