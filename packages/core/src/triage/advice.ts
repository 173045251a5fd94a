import type { Finding } from "../model/finding";
import type { TriageLevel } from "../model/triage-level";

/** Plain-language advice for each level. `{number}` is replaced by the emergency number. */
const HEADLINES: Readonly<Record<TriageLevel, string>> = {
  emergency: "This could be an emergency. Call {number} or go to the emergency department now.",
  "see-doctor": "Please see a doctor today or tomorrow.",
  "contact-therapist": "Tell your therapist about this before you carry on with your exercises.",
  monitor: "This is probably OK, but keep an eye on it.",
  expected: "This sounds like a normal response to your therapy.",
};

const DO_NOW: Readonly<Record<TriageLevel, readonly string[]>> = {
  emergency: [
    "Call {number} now, or go to the nearest emergency department (A&E).",
    "Do not drive yourself. Ask someone to take you, or call an ambulance.",
    "Tell them about these signs, in your own words.",
    "Do not wait to see if it gets better.",
  ],
  "see-doctor": [
    "Get a doctor's appointment for today or tomorrow, or call your urgent medical helpline.",
    "Stop the exercises that make it worse until a doctor has checked you.",
    "Let your therapist know what is happening.",
  ],
  "contact-therapist": [
    "Tell your therapist before your next session, or before you carry on with your exercises.",
    "Until then, leave out or ease off the exercise that set it off.",
    "Keep moving gently in ways that feel comfortable.",
  ],
  monitor: [
    "Carry on with your programme, but ease off anything that makes it much worse.",
    "Write down how it feels each day.",
    "Mention it at your next session.",
  ],
  expected: [
    "Keep moving gently. Rest alone often makes stiffness worse.",
    "Warmth, gentle walks and your usual pain relief can help.",
    "Carry on with your programme.",
  ],
};

/** The warning signs every non-emergency answer lists: any one of them means call now. */
const CALL_NOW_IF =
  "Call {number} straight away if you get any of these: new trouble peeing or pooing, or leaking; numbness around your bottom, groin or inner thighs, or you cannot feel the toilet paper; pain, numbness or weakness in both legs; leg weakness that is getting worse; chest pain or sudden breathlessness.";

const ESCALATE_IF: Readonly<Record<TriageLevel, readonly string[]>> = {
  emergency: ["If you feel worse while you wait for help, call {number} again."],
  "see-doctor": [
    CALL_NOW_IF,
    "If you cannot see a doctor today or tomorrow, call your urgent medical helpline.",
  ],
  "contact-therapist": [
    CALL_NOW_IF,
    "See a doctor today or tomorrow if your leg or foot gets weak, the pain gets severe and rest does not ease it, or you get a fever.",
  ],
  monitor: [
    CALL_NOW_IF,
    "Tell your therapist if it lasts longer, spreads down your leg, comes back often, or is still there the next morning.",
  ],
  expected: [
    CALL_NOW_IF,
    "Tell your therapist if the soreness is not easing after 3 days (72 hours), gets worse after every session, or turns sharp, shooting or burning.",
  ],
};

export const DISCLAIMER =
  "Backsure helps you decide what to do. It does not replace your therapist or doctor, and it cannot diagnose you.";

const fill = (text: string, emergencyNumber: string): string =>
  text.replaceAll("{number}", emergencyNumber);

export const headlineFor = (level: TriageLevel, emergencyNumber: string): string =>
  fill(HEADLINES[level], emergencyNumber);

export const doNowFor = (level: TriageLevel, emergencyNumber: string): string[] =>
  DO_NOW[level].map((line) => fill(line, emergencyNumber));

/** Safety-netting: what would change the advice, with a note for long-standing bladder habits. */
export const escalateIfFor = (
  level: TriageLevel,
  findings: readonly Finding[],
  emergencyNumber: string,
): string[] => {
  const lines = ESCALATE_IF[level].map((line) => fill(line, emergencyNumber));
  const longStandingBladder = findings.some(
    (finding) =>
      finding.status === "long-standing" &&
      (finding.concept === "bladder-bowel" || finding.concept === "saddle-anesthesia"),
  );
  if (longStandingBladder && level !== "emergency") {
    lines.push(
      fill(
        "You said your bladder or bowel habit has been the same for a long time. If it changes from what is usual for you, call {number}.",
        emergencyNumber,
      ),
    );
  }
  return lines;
};
