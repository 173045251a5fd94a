import type { CheckIn, RedFlagAnswers } from "../model/check-in";
import type { ConceptId } from "../model/concept";
import type { Evidence, Finding, FindingStatus } from "../model/finding";
import type { TextFacts } from "../understand/text-facts";

const answer = (field: string, text: string): Evidence => ({ kind: "answer", field, text });

const finding = (
  concept: ConceptId,
  detail: string | undefined,
  status: FindingStatus,
  evidence: Evidence,
): Finding =>
  detail === undefined ? { concept, status, evidence } : { concept, detail, status, evidence };

/** Each red-flag question: the concept it screens for and how the answer reads back to the patient. */
const RED_FLAG_QUESTIONS: readonly {
  key: keyof RedFlagAnswers;
  concept: ConceptId;
  detail?: string;
  yes: string;
  no: string;
}[] = [
  {
    key: "bladderOrBowelChange",
    concept: "bladder-bowel",
    yes: "Yes: new trouble with peeing or pooing, or leaking",
    no: "No new trouble with peeing or pooing",
  },
  {
    key: "saddleNumbness",
    concept: "saddle-anesthesia",
    yes: "Yes: new numbness or tingling around the bottom, genitals or inner thighs",
    no: "No numbness around the bottom, genitals or inner thighs",
  },
  {
    key: "sexualChange",
    concept: "sexual-dysfunction",
    yes: "Yes: a new change in sexual function or feeling",
    no: "No change in sexual function or feeling",
  },
  {
    key: "bothLegs",
    concept: "bilateral-neuro",
    yes: "Yes: pain, tingling, numbness or weakness in both legs",
    no: "No symptoms in both legs",
  },
  {
    key: "worseningWeakness",
    concept: "progressive-weakness",
    yes: "Yes: leg weakness that is getting worse, or legs giving way",
    no: "No worsening leg weakness",
  },
  {
    key: "fever",
    concept: "fever-infection",
    detail: "fever",
    yes: "Yes: a high temperature, shivers or chills",
    no: "No fever or chills",
  },
  {
    key: "chestPainOrBreathless",
    concept: "vascular",
    detail: "chest-pain",
    yes: "Yes: chest pain or sudden breathlessness",
    no: "No chest pain or breathlessness",
  },
  {
    key: "tearingPainOrPulsingTummy",
    concept: "vascular",
    detail: "tearing-pain",
    yes: "Yes: sudden tearing pain or a pulsing feeling in the tummy",
    no: "No tearing pain or pulsing tummy",
  },
  {
    key: "calfSwellingAfterSurgery",
    concept: "vascular",
    detail: "calf-clot-signs",
    yes: "Yes: a swollen, hot or painful calf on one side after surgery",
    no: "No calf swelling after surgery",
  },
];

/** Maps a validated check-in to findings with `answer` evidence, and to the same facts a message gives. */
export const readCheckIn = (checkIn: CheckIn): { findings: Finding[]; facts: TextFacts } => {
  const findings: Finding[] = [];
  for (const question of RED_FLAG_QUESTIONS) {
    const said = checkIn.redFlags[question.key];
    findings.push(
      finding(
        question.concept,
        question.detail,
        said ? "present" : "denied",
        answer(`redFlags.${question.key}`, said ? question.yes : question.no),
      ),
    );
  }
  const present = (concept: ConceptId, detail: string | undefined, field: string, text: string) => {
    findings.push(finding(concept, detail, "present", answer(field, text)));
  };

  for (const character of checkIn.character) {
    const field = "character";
    switch (character) {
      case "dull":
      case "ache":
        present(
          "mild-soreness",
          undefined,
          field,
          `The pain feels ${character === "dull" ? "dull" : "achy"}`,
        );
        break;
      case "sharp":
        present("sharp-pain", undefined, field, "The pain feels sharp");
        break;
      case "shooting":
        present("shooting-radiating-pain", undefined, field, "The pain shoots");
        break;
      case "burning":
        present("burning-nerve-pain", undefined, field, "The pain burns");
        break;
      case "electric":
        present("burning-nerve-pain", undefined, field, "The pain feels electric");
        break;
    }
  }
  switch (checkIn.location) {
    case "both-legs":
      present("bilateral-neuro", "both-legs", "location", "Symptoms in both legs");
      break;
    case "one-leg":
      present("shooting-radiating-pain", "one-leg", "location", "Pain going into one leg");
      break;
    case "back-only":
      break;
  }
  if (checkIn.spreadingDownLeg) {
    present(
      "shooting-radiating-pain",
      "peripheralising",
      "spreadingDownLeg",
      "Symptoms spreading further down the leg",
    );
  }
  switch (checkIn.numbness) {
    case "none":
      findings.push(
        finding(
          "numbness-tingling",
          undefined,
          "denied",
          answer("numbness", "No numbness or tingling"),
        ),
      );
      break;
    case "minutes":
      present(
        "tingling-settling",
        undefined,
        "numbness",
        "Numbness or tingling that lasts minutes",
      );
      break;
    case "hours":
      present("numbness-tingling", undefined, "numbness", "Numbness or tingling that lasts hours");
      break;
    case "constant":
      present("numbness-tingling", undefined, "numbness", "Numbness or tingling all the time");
      break;
  }
  switch (checkIn.weakness) {
    case "none":
      findings.push(
        finding("leg-weakness", undefined, "denied", answer("weakness", "No leg weakness")),
      );
      break;
    case "stable":
      present("leg-weakness", undefined, "weakness", "Leg weakness that is not getting worse");
      break;
  }
  if (checkIn.worseAfterEverySession) {
    present(
      "worsening-each-session",
      undefined,
      "worseAfterEverySession",
      "Worse after every session",
    );
  }
  if (checkIn.backToBaselineByMorning === false) {
    present(
      "pain-not-settling",
      undefined,
      "backToBaselineByMorning",
      "Not back to usual by the next morning",
    );
  }
  if (checkIn.fallOrInjury)
    present("trauma", "fall", "fallOrInjury", "A fall or injury since the last session");

  const { profile } = checkIn;
  if (profile.cancerHistory)
    present("cancer-history", undefined, "profile.cancerHistory", "Has had cancer");
  if (profile.osteoporosis) {
    present("osteoporosis-steroids", "osteoporosis", "profile.osteoporosis", "Has osteoporosis");
  }
  if (profile.longTermSteroids) {
    present(
      "osteoporosis-steroids",
      "steroids",
      "profile.longTermSteroids",
      "Takes steroid tablets long term",
    );
  }
  if (profile.ivDrugUse)
    present("fever-infection", "iv-drug-use", "profile.ivDrugUse", "Injects drugs");
  if (profile.immunosuppressed) {
    present(
      "fever-infection",
      "immunosuppressed",
      "profile.immunosuppressed",
      "Has a weak immune system",
    );
  }

  const painScores = [];
  if (checkIn.painDuringExercise !== null) {
    painScores.push({
      value: checkIn.painDuringExercise,
      evidence: answer(
        "painDuringExercise",
        `Pain during exercise: ${checkIn.painDuringExercise}/10`,
      ),
    });
  }
  painScores.push({
    value: checkIn.painNow,
    evidence: answer("painNow", `Pain now: ${checkIn.painNow}/10`),
  });
  const facts: { -readonly [K in keyof TextFacts]: TextFacts[K] } = { painScores };
  if (checkIn.hoursSinceSession !== null) {
    facts.hoursSince = {
      hours: checkIn.hoursSinceSession,
      evidence: answer("hoursSinceSession", `${checkIn.hoursSinceSession} hours since the session`),
    };
  }
  const trendText = {
    better: "Better than yesterday",
    same: "The same as yesterday",
    worse: "Worse than yesterday",
  };
  facts.trend = { value: checkIn.trend, evidence: answer("trend", trendText[checkIn.trend]) };
  if (checkIn.backToBaselineByMorning === true) {
    facts.settled = answer("backToBaselineByMorning", "Back to usual by the next morning");
  }
  if (checkIn.backToBaselineByMorning === false) {
    facts.notSettled = answer("backToBaselineByMorning", "Not back to usual by the next morning");
  }
  if (profile.age !== undefined) {
    facts.age = { value: profile.age, evidence: answer("profile.age", `Age ${profile.age}`) };
  }
  if (profile.recentSpinalSurgery) {
    facts.recentSpinalSurgery = answer("profile.recentSpinalSurgery", "Recent spine surgery");
  }
  return { findings, facts };
};
