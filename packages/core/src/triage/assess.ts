import type { AssessOptions, Assessment } from "../model/assessment";
import { CheckInSchema } from "../model/check-in";
import type { CheckIn } from "../model/check-in";
import type { Finding } from "../model/finding";
import { resolveSources } from "../model/sources";
import { maxLevel } from "../model/triage-level";
import type { TriageLevel } from "../model/triage-level";
import { understandText } from "../understand/extract";
import type { TextFacts } from "../understand/text-facts";
import { DISCLAIMER, doNowFor, escalateIfFor, headlineFor } from "./advice";
import { InputTooLongError, MAX_MESSAGE_LENGTH } from "./assess-error";
import { readCheckIn } from "./check-in-findings";
import { evaluateRules } from "./evaluate-rules";
import { collectSignals } from "./signals";
import { TRIAGE_RULES } from "./triage-rules";

const DEFAULT_EMERGENCY_NUMBER = "999";

/** Answers take precedence; the notes fill in what the answers leave open. */
const mergeFacts = (answers: TextFacts, notes: TextFacts): TextFacts => ({
  ...notes,
  ...answers,
  painScores: [...notes.painScores, ...answers.painScores],
});

const understandInput = (input: string | CheckIn): { findings: Finding[]; facts: TextFacts } => {
  if (typeof input === "string") {
    if (input.length > MAX_MESSAGE_LENGTH) throw new InputTooLongError(input.length);
    const understood = understandText(input);
    return { findings: [...understood.findings], facts: understood.facts };
  }
  const checkIn = CheckInSchema.parse(input);
  const answers = readCheckIn(checkIn);
  if (checkIn.notes === undefined || checkIn.notes.trim() === "") return answers;
  const notes = understandText(checkIn.notes);
  return {
    findings: [...answers.findings, ...notes.findings],
    facts: mergeFacts(answers.facts, notes.facts),
  };
};

/**
 * Is this normal? Reads a patient's message (or a structured check-in), runs the triage rules and returns the
 * level with everything that explains it. Synchronous and deterministic.
 *
 * @throws InputTooLongError when a message is longer than `MAX_MESSAGE_LENGTH`.
 * @throws ZodError when a check-in does not match `CheckInSchema` (the issue names the field).
 */
export const assess = (input: string | CheckIn, options: AssessOptions = {}): Assessment => {
  const emergencyNumber = options.emergencyNumber ?? DEFAULT_EMERGENCY_NUMBER;
  const { findings, facts } = understandInput(input);
  const firedRules = evaluateRules(TRIAGE_RULES, collectSignals(findings, facts));
  const level: TriageLevel = maxLevel("expected", ...firedRules.map((rule) => rule.level));
  return {
    level,
    headline: headlineFor(level, emergencyNumber),
    firedRules,
    findings,
    doNow: doNowFor(level, emergencyNumber),
    escalateIf: escalateIfFor(level, findings, emergencyNumber),
    sources: resolveSources(firedRules.flatMap((rule) => rule.sources)),
    disclaimer: DISCLAIMER,
  };
};
