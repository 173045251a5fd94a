import type { ConceptId } from "../model/concept";
import type { SourceKey } from "../model/sources";

/** The fixed part of a symptom card, before any patient context. Plain words, short sentences, no diagnoses. */
export type GuidanceText = {
  name: string;
  meaning: string;
  doNow: string;
  moreUrgentIf: readonly string[];
  sources: readonly SourceKey[];
};

/** What each symptom usually means after PT, what to do and when it is more urgent (clinical/reference.md). */
export const GUIDANCE_TEXTS: Readonly<Record<ConceptId, GuidanceText>> = {
  doms: {
    name: "Muscle soreness after exercise",
    meaning:
      "Sore muscles a day or two after a session are common. The muscles are getting used to new work. It often peaks 24 to 72 hours after the session and then fades.",
    doNow:
      "Keep moving gently. Warmth, a short walk and good sleep can help. You can keep doing your exercises.",
    moreUrgentIf: [
      "It is not getting better after 3 days.",
      "The pain turns sharp or shoots down your leg.",
    ],
    sources: ["R1", "R2", "R3"],
  },
  "mild-soreness": {
    name: "Mild soreness or ache",
    meaning:
      "A dull ache or mild soreness is a normal way for the body to react to therapy. It should ease as you keep going.",
    doNow: "Keep up gentle activity and your home exercises. Rest a little more if you need to.",
    moreUrgentIf: [
      "The ache gets worse each day instead of better.",
      "It lasts more than 3 days without easing.",
    ],
    sources: ["R1", "R2", "R69"],
  },
  stiffness: {
    name: "Stiffness or tightness",
    meaning:
      "Feeling stiff or tight after a session is common. It often loosens up as you move during the day.",
    doNow: "Move gently and often. Warmth and light stretches can help.",
    moreUrgentIf: [
      "You can move much less than before and it does not come back.",
      "The stiffness comes with new numbness or weakness.",
    ],
    sources: ["R1", "R4", "R69"],
  },
  "soreness-timeline": {
    name: "How long soreness lasts",
    meaning:
      "Soreness after a session often starts the next day. It is usually worst 24 to 72 hours after the session. Then it fades.",
    doNow: "Note when your soreness started. Check that it is easing after the third day.",
    moreUrgentIf: ["It lasts longer than 72 hours without getting better."],
    sources: ["R1", "R2", "R3"],
  },
  "flare-after-new-exercise": {
    name: "A short flare after a new exercise",
    meaning:
      "A small rise in your usual pain after a new exercise is common. It should settle within about a day.",
    doNow: "Go easy for a day. Tell your therapist which exercise it was at your next visit.",
    moreUrgentIf: [
      "It is not back to normal by the next morning.",
      "It happens after every session, or gets worse each week.",
    ],
    sources: ["R4", "R5", "R9"],
  },
  "tingling-settling": {
    name: "Mild tingling that settles",
    meaning:
      "Mild tingling that goes away within minutes of rest or a change of position is usually not a worry.",
    doNow: "Keep track of when it happens. Mention it at your next session.",
    moreUrgentIf: [
      "The tingling stays and does not settle.",
      "You feel it in both legs, or around your bottom or private parts.",
    ],
    sources: ["R9", "R11", "R69"],
  },
  "sharp-pain": {
    name: "Sharp or stabbing pain",
    meaning:
      "Sharp or stabbing pain is not the usual soreness after therapy. Your exercises may need to change.",
    doNow: "Stop the move that causes it. Tell your therapist before you carry on.",
    moreUrgentIf: [
      "The pain is so bad that rest does not ease it.",
      "It comes with numbness or weakness in your leg.",
    ],
    sources: ["R9", "R10", "R69"],
  },
  "shooting-radiating-pain": {
    name: "Pain that shoots down the leg",
    meaning:
      "Pain that shoots or spreads into the buttock or leg can come from an upset nerve. If it spreads further down the leg, that is a sign to change the plan.",
    doNow:
      "Tell your therapist before your next session. Avoid moves that send the pain down your leg.",
    moreUrgentIf: [
      "You feel it in both legs.",
      "Your leg gets weak, or you get numb around your bottom or private parts.",
      "You get new trouble with peeing or pooing.",
    ],
    sources: ["R10", "R11", "R14"],
  },
  "burning-nerve-pain": {
    name: "Burning or nerve pain",
    meaning:
      "Burning or electric pain can come from an upset nerve. It is not the usual muscle soreness.",
    doNow: "Tell your therapist before you carry on with your exercises.",
    moreUrgentIf: ["It spreads to both legs.", "It comes with new weakness or numbness."],
    sources: ["R10", "R11", "R15"],
  },
  "numbness-tingling": {
    name: "Numbness or pins and needles",
    meaning:
      "Numbness or pins and needles that stays can mean a nerve is upset. Your therapist needs to know.",
    doNow: "Tell your therapist before you carry on. Note where you feel it and how long it lasts.",
    moreUrgentIf: [
      "You feel it in both legs.",
      "You feel it around your bottom, between your legs or in your private parts.",
      "Your leg or foot gets weak.",
    ],
    sources: ["R11", "R12", "R15"],
  },
  "persistent-pain": {
    name: "Pain that is not easing",
    meaning:
      "Soreness after therapy should fade within about 3 days. Pain that lasts longer without getting better means the plan may need to change.",
    doNow: "Tell your therapist before your next session.",
    moreUrgentIf: [
      "The pain is very bad or wakes you at night.",
      "You feel unwell, hot or shivery.",
    ],
    sources: ["R1", "R9", "R69"],
  },
  "worsening-each-session": {
    name: "Pain that gets worse each time",
    meaning:
      "If your pain is worse after every session, or rises week by week, the exercises may be too hard for now.",
    doNow: "Tell your therapist before your next session, so they can change the plan.",
    moreUrgentIf: ["The pain gets very bad.", "You get new numbness or weakness."],
    sources: ["R8", "R9"],
  },
  "pain-not-settling": {
    name: "Pain that does not settle after you stop",
    meaning:
      "Pain that climbs during an exercise and does not settle when you stop is a sign the exercise is too much for now.",
    doNow: "Stop that exercise. Tell your therapist before you do it again.",
    moreUrgentIf: ["It is still bad the next morning.", "It comes with numbness or weakness."],
    sources: ["R8", "R9"],
  },
  swelling: {
    name: "Swelling",
    meaning:
      "Clear new swelling is not a usual reaction to therapy. Your therapist should look at it.",
    doNow: "Tell your therapist before your next session. Note when it started.",
    moreUrgentIf: [
      "One calf is swollen, warm, red or sore, mainly after surgery.",
      "You also get short of breath or chest pain.",
    ],
    sources: ["R9", "R34"],
  },
  "loss-of-motion": {
    name: "Less movement than before",
    meaning:
      "If you cannot move as far as you could, and it does not come back, the plan may need to change.",
    doNow: "Tell your therapist before you carry on.",
    moreUrgentIf: ["It comes with weakness or numbness in your leg."],
    sources: ["R9", "R69"],
  },
  "severe-pain": {
    name: "Very bad pain",
    meaning:
      "Pain that is very bad, like 8 out of 10 or more, or that rest does not ease, is more than a normal reaction to therapy.",
    doNow: "Stop your exercises. See a doctor today or tomorrow.",
    moreUrgentIf: [
      "It comes with numbness, weakness or trouble peeing.",
      "It is sudden and tearing, or comes with chest pain.",
    ],
    sources: ["R12", "R66", "R43"],
  },
  "leg-weakness": {
    name: "Weakness in the leg or foot",
    meaning:
      "A leg that gives way, or a foot that drags or slaps, can mean a nerve is not working well. A doctor should check it soon.",
    doNow: "See a doctor today or tomorrow. Do not push through it.",
    moreUrgentIf: [
      "The weakness is getting worse quickly.",
      "Both legs are weak, or you get trouble peeing or pooing.",
    ],
    sources: ["R31", "R21", "R12"],
  },
  "night-pain": {
    name: "Pain at night or at rest",
    meaning:
      "Pain that wakes you, or does not ease when you rest, is not typical of soreness after therapy. A doctor should check it.",
    doNow: "See a doctor today or tomorrow, mainly if it is new.",
    moreUrgentIf: ["You lose weight without trying.", "You feel unwell, hot or shivery."],
    sources: ["R12", "R24", "R28"],
  },
  "weight-loss": {
    name: "Weight loss without trying",
    meaning:
      "Losing weight without trying, along with back pain, is a sign a doctor should look into.",
    doNow: "See a doctor today or tomorrow and tell them about the weight loss.",
    moreUrgentIf: ["The pain is worse at night.", "You get new numbness or weakness."],
    sources: ["R12", "R24", "R28"],
  },
  "cancer-history": {
    name: "Past cancer with new back pain",
    meaning:
      "After cancer, new back pain should be checked by a doctor, even if it seems like normal soreness.",
    doNow: "Contact your doctor or cancer team within a day.",
    moreUrgentIf: [
      "You get new numbness, weakness or trouble walking.",
      "The pain wakes you at night.",
    ],
    sources: ["R32", "R24", "R28"],
  },
  "fever-infection": {
    name: "Fever or chills",
    meaning:
      "A high temperature or chills along with back pain needs a doctor. It is not a normal reaction to therapy.",
    doNow: "See a doctor today or tomorrow, or call your urgent health line.",
    moreUrgentIf: [
      "You had spine surgery or an injection recently.",
      "You get numbness, weakness or trouble peeing.",
    ],
    sources: ["R12", "R36", "R24"],
  },
  trauma: {
    name: "A fall or accident",
    meaning:
      "Back pain that starts after a fall or accident should be checked, mainly if your bones may be thin.",
    doNow: "See a doctor today or tomorrow before more exercise.",
    moreUrgentIf: [
      "You get numbness or weakness in your legs.",
      "The pain is very bad or you cannot stand.",
    ],
    sources: ["R24", "R31", "R28"],
  },
  "osteoporosis-steroids": {
    name: "Thin bones or long steroid use",
    meaning:
      "Thin bones, or taking steroid tablets for a long time, make the bones of the spine easier to hurt.",
    doNow: "If your pain is new or came after a strain or fall, see a doctor today or tomorrow.",
    moreUrgentIf: ["The pain is sudden and very bad.", "You get numbness or weakness."],
    sources: ["R24", "R28", "R31"],
  },
  "bladder-bowel": {
    name: "New bladder or bowel trouble",
    meaning:
      "New trouble peeing or pooing, leaks, or not knowing when you need to go can mean nerves at the base of the spine are pressed. This needs help now.",
    doNow: "Call the emergency number or go to the emergency department now.",
    moreUrgentIf: ["Do not wait to see if it gets better."],
    sources: ["R12", "R16", "R18"],
  },
  "saddle-anesthesia": {
    name: "Numbness around the bottom or groin",
    meaning:
      "Numbness or pins and needles around your bottom, between your legs or inner thighs, or not feeling the toilet paper, needs help now.",
    doNow: "Call the emergency number or go to the emergency department now.",
    moreUrgentIf: ["Do not wait to see if it gets better."],
    sources: ["R12", "R16", "R18"],
  },
  "bilateral-neuro": {
    name: "Symptoms in both legs",
    meaning:
      "Pain, numbness, tingling or weakness in both legs at once needs help now. It is not a normal reaction to therapy.",
    doNow: "Call the emergency number or go to the emergency department now.",
    moreUrgentIf: ["Do not wait to see if it gets better."],
    sources: ["R12", "R13", "R18"],
  },
  "progressive-weakness": {
    name: "Weakness that is getting worse",
    meaning: "Weakness that comes on fast or gets worse over hours needs help now.",
    doNow: "Call the emergency number or go to the emergency department now.",
    moreUrgentIf: ["Do not wait to see if it gets better."],
    sources: ["R12", "R24", "R31"],
  },
  "sexual-dysfunction": {
    name: "New changes in sexual feeling",
    meaning:
      "New numbness in your private parts, or a new change in sexual feeling with back pain, needs help now.",
    doNow: "Call the emergency number or go to the emergency department now.",
    moreUrgentIf: ["Do not wait to see if it gets better."],
    sources: ["R16", "R18", "R13"],
  },
  vascular: {
    name: "Chest pain, tearing pain or a pulsing belly",
    meaning:
      "Sudden tearing pain, chest pain, or a pulsing feeling in the belly with back pain needs help now. It is not from your exercises.",
    doNow: "Call the emergency number now.",
    moreUrgentIf: ["Do not wait to see if it gets better."],
    sources: ["R33", "R12", "R34"],
  },
};
