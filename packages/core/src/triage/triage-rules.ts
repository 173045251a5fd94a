import type { SignalKey } from "./signals";
import type { TriageRule } from "./triage-rule";

/** Any nerve sign: with cancer history, recent spinal surgery or fever these become an emergency. */
const NEURO_SIGNS: readonly SignalKey[] = [
  "numbness-tingling",
  "tingling-settling",
  "leg-weakness",
  "progressive-weakness",
  "bilateral-neuro",
  "saddle-anesthesia",
  "bladder-bowel",
  "sexual-dysfunction",
];

/** New, night-time, worsening or unusual pain: with cancer history this needs a doctor. */
const NEW_OR_WORRYING_PAIN: readonly SignalKey[] = [
  "night-pain",
  "severe-pain",
  "persistent-pain",
  "worsening-each-session",
  "sharp-pain",
  "shooting-radiating-pain",
  "burning-nerve-pain",
  "pain-not-settling",
  "fact:persistent",
  "fact:getting-worse",
  "fact:score-severe",
  "fact:score-high-unsettled",
  "fact:sudden",
  "fact:new-pain",
  "fact:worse-each-session",
];

const FRACTURE_RISK: readonly SignalKey[] = ["osteoporosis-steroids", "fact:age-over-65"];

const NORMAL_SORENESS: readonly SignalKey[] = [
  "doms",
  "mild-soreness",
  "stiffness",
  "soreness-timeline",
  "flare-after-new-exercise",
];

/**
 * The triage rules of clinical/triage-rules.md, highest level first. Each rule's reason is written for the
 * patient; its sources are keys of clinical/reference.md.
 */
export const TRIAGE_RULES: readonly TriageRule[] = [
  // Emergency: cauda equina signs, two legs, worsening weakness, aorta, chest and lungs, infection, cancer.
  {
    id: "ces-bladder-bowel",
    level: "emergency",
    when: { all: [["bladder-bowel"]] },
    reason:
      "New trouble peeing or pooing, leaking, or not feeling when you need to go can mean the nerves at the bottom of your spine are being squeezed. This needs a hospital check straight away.",
    sources: ["R12", "R18", "R16", "R20"],
  },
  {
    id: "ces-saddle-numbness",
    level: "emergency",
    when: { all: [["saddle-anesthesia"]] },
    reason:
      "Numbness or tingling around your bottom, groin or inner thighs can mean the nerves at the bottom of your spine are being squeezed. So can not feeling the toilet paper when you wipe. This needs a hospital check straight away.",
    sources: ["R12", "R18", "R16", "R13"],
  },
  {
    id: "ces-sexual-change",
    level: "emergency",
    when: { all: [["sexual-dysfunction"]] },
    reason:
      "A new change in sexual feeling or function with back pain can come from the nerves at the bottom of your spine. This needs a hospital check straight away.",
    sources: ["R18", "R12"],
  },
  {
    id: "both-legs",
    level: "emergency",
    when: { all: [["bilateral-neuro"]] },
    reason:
      "Pain, numbness, tingling or weakness in both legs, or legs that will not do what you tell them, can mean pressure on the nerves to both legs. This needs a hospital check straight away.",
    sources: ["R12", "R18", "R11", "R23"],
  },
  {
    id: "worsening-weakness",
    level: "emergency",
    when: { all: [["progressive-weakness"]] },
    reason:
      "Leg weakness that is getting worse, or came on suddenly, can mean a nerve is being badly squeezed. Acting fast protects the nerve.",
    sources: ["R21", "R22", "R23", "R24"],
  },
  {
    id: "cord-compression-signs",
    level: "emergency",
    when: { all: [["progressive-weakness/cord-compression"]] },
    reason:
      "Clumsy hands, dropping things, an unsteady or wide walk, or tingling in both hands and feet can mean pressure on the spinal cord. When this is new or getting worse, it needs a hospital check straight away.",
    sources: ["R21", "R23"],
  },
  {
    id: "aortic-signs",
    level: "emergency",
    when: { all: [["vascular/tearing-pain", "vascular/pulsing-abdomen"]] },
    reason:
      "A tearing pain, or a pulsing or throbbing feeling in your tummy, can come from the main blood vessel in your belly. A pulsing tummy with only an ache is sometimes checked by a GP instead, but we chose the more careful answer because this can be very serious.",
    sources: ["R33"],
  },
  {
    id: "collapse-with-pain",
    level: "emergency",
    when: {
      all: [
        ["vascular/collapse", "vascular/dizzy-clammy"],
        [
          "vascular/collapse",
          "severe-pain",
          "fact:score-severe",
          "fact:sudden",
          "vascular/tearing-pain",
          "vascular/pulsing-abdomen",
        ],
      ],
    },
    reason:
      "Fainting, or feeling dizzy, cold and clammy with sudden or severe pain, can be a sign of bleeding inside or a clot. This needs help now.",
    sources: ["R33", "R34"],
  },
  {
    id: "chest-or-breathing",
    level: "emergency",
    when: { all: [["vascular/chest-pain", "vascular/breathless", "vascular/coughing-blood"]] },
    reason:
      "Chest pain or sudden breathlessness with back pain, or after an operation, can come from the heart, lungs or a clot. This needs help now.",
    sources: ["R12", "R34"],
  },
  {
    id: "fever-with-risk",
    level: "emergency",
    when: {
      all: [
        ["fever-infection/fever"],
        [
          "fever-infection/iv-drug-use",
          "fever-infection/immunosuppressed",
          // (long-term steroids weaken the immune system: reference.md §3.3 rows 9-10, "fever + immunosuppression")
          "osteoporosis-steroids/steroids",
          "fever-infection/recent-infection",
          "fever-infection/diabetes",
          "fact:recent-spinal-surgery",
          ...NEURO_SIGNS,
        ],
      ],
    },
    reason:
      "A fever with back pain, together with injecting drugs, a weak immune system, a recent infection, recent spine surgery or nerve symptoms, can mean an infection near the spine. This needs a hospital check today.",
    sources: ["R24", "R21", "R22", "R23"],
  },
  {
    id: "cancer-with-nerve-signs",
    level: "emergency",
    when: { all: [["cancer-history"], NEURO_SIGNS] },
    reason:
      "When someone who has had cancer gets new numbness, tingling, weakness or bladder changes, the spine needs checking straight away.",
    sources: ["R23", "R32", "R13"],
  },
  {
    id: "surgery-with-nerve-signs",
    level: "emergency",
    when: {
      all: [
        ["fact:recent-spinal-surgery"],
        ["leg-weakness", "numbness-tingling", "fever-infection/recent-infection"],
      ],
    },
    reason:
      "New numbness, weakness or a wound that looks infected after spine surgery needs checking by the hospital team today.",
    sources: ["R26", "R21"],
  },
  {
    id: "major-accident",
    level: "emergency",
    when: { all: [["trauma/major"]] },
    reason:
      "Back pain after a serious accident, such as a car crash or a fall from a height, needs checking in hospital. These rules do not cover every accident, so we chose the more careful answer.",
    sources: ["R12", "R24"],
  },
  {
    id: "fracture-risk-with-nerve-signs",
    level: "emergency",
    when: { all: [["trauma"], FRACTURE_RISK, NEURO_SIGNS] },
    reason:
      "A fall with weaker bones (osteoporosis, steroid tablets or older age) followed by nerve symptoms needs checking straight away.",
    sources: ["R24", "R28", "R21"],
  },

  // See a doctor today or tomorrow.
  {
    id: "cord-compression-long-standing",
    level: "see-doctor",
    when: { all: [["long-standing:progressive-weakness/cord-compression"]] },
    reason:
      "Clumsy hands or an unsteady walk, even if they have not changed for a long time, still need a doctor to check the spinal cord. If they get worse, it becomes an emergency.",
    sources: ["R21", "R23"],
  },
  {
    id: "stable-leg-weakness",
    level: "see-doctor",
    when: { all: [["leg-weakness"]] },
    reason:
      "New weakness in a leg or foot, like a foot that slaps or drags, needs a doctor to check the nerve soon. If it gets worse, it becomes an emergency.",
    sources: ["R23", "R21", "R31"],
  },
  {
    id: "severe-pain",
    level: "see-doctor",
    when: { all: [["severe-pain", "fact:score-severe"]] },
    reason:
      "Very bad pain needs a doctor to look at it. That means pain of 8 to 10 out of 10, pain so bad you cannot think, talk, sleep or wash, or pain that rest and painkillers do not ease.",
    sources: ["R12", "R43", "R66"],
  },
  {
    id: "fever",
    level: "see-doctor",
    when: { all: [["fever-infection/fever"]] },
    reason:
      "A high temperature, chills or night sweats with back pain should be checked by a doctor today, in case of an infection.",
    sources: ["R12", "R21"],
  },
  {
    id: "cancer-with-new-pain",
    level: "see-doctor",
    when: { all: [["cancer-history"], NEW_OR_WORRYING_PAIN] },
    reason:
      "After cancer, new back pain, pain at night or pain that keeps getting worse should be checked by a doctor within a day.",
    sources: ["R24", "R28", "R32"],
  },
  {
    id: "weight-loss",
    level: "see-doctor",
    when: { all: [["weight-loss"]] },
    reason: "Losing weight without trying, together with back pain, should be checked by a doctor.",
    sources: ["R12", "R21", "R24"],
  },
  {
    id: "night-pain",
    level: "see-doctor",
    when: { all: [["night-pain"]] },
    reason:
      "Back pain that wakes you at night or does not ease in any position should be checked by a doctor.",
    sources: ["R12", "R22"],
  },
  {
    id: "fall-with-fragile-bones",
    level: "see-doctor",
    when: { all: [["trauma", "fact:strain"], FRACTURE_RISK] },
    reason:
      "A fall, a knock or a sudden twist can cause a small break in the spine when bones may be weaker. That means osteoporosis, long-term steroids or age over 65. A doctor should check.",
    sources: ["R24", "R26", "R21"],
  },
  {
    id: "fall-or-injury",
    level: "see-doctor",
    when: { all: [["trauma"]] },
    reason:
      "New back pain after a fall or injury should be checked by a doctor before you carry on with your exercises. These rules do not cover every injury, so we chose the more careful answer.",
    sources: ["R12", "R24"],
  },
  {
    id: "fragile-bones-sudden-pain",
    level: "see-doctor",
    when: {
      all: [
        ["osteoporosis-steroids"],
        ["severe-pain", "fact:score-severe", "sharp-pain", "fact:sudden"],
      ],
    },
    reason:
      "Sudden or severe back pain with osteoporosis or long-term steroid tablets should be checked by a doctor.",
    sources: ["R21", "R28", "R29"],
  },
  // Soft red flags count in combination (triage-rules.md, IFOMPT): a past cancer or osteoporosis on its own, with
  // ordinary soreness, raises nothing; with new or night pain, a fall or a strain the rules above apply. Two
  // weaker cancer flags together, a past cancer and an age over 65, need a doctor (ACP 2011).
  {
    id: "soft-flags-together",
    level: "see-doctor",
    when: { all: [["cancer-history"], ["fact:age-over-65"]] },
    reason:
      "A past cancer together with an age over 65 makes back pain worth a doctor's check, even when it feels like ordinary soreness.",
    sources: ["R13", "R24"],
  },
  // Weaker cancer flags count together (reference.md §3.4, ACP 2011): an age over 50, four weeks or more with no
  // improvement, weight lost without trying, night pain. Two of them need a doctor, as one strong flag does.
  {
    id: "weak-cancer-flags",
    level: "see-doctor",
    when: { all: [["fact:weak-cancer-flags"]] },
    reason:
      "Some things are small warning signs alone but matter together: being over 50, no improvement after a month, losing weight without trying, or pain at night. Your message tells of two or more, so a doctor should check.",
    sources: ["R24", "R13", "R22"],
  },
  {
    id: "calf-clot-signs",
    level: "see-doctor",
    when: { all: [["vascular/calf-clot-signs"]] },
    reason:
      "A swollen, hot, red or painful calf on one side, especially after an operation, can be a blood clot. A doctor should check it today. If you get breathless or have chest pain, call for help at once.",
    sources: ["R34"],
  },
  {
    id: "pain-between-shoulder-blades",
    level: "see-doctor",
    when: { all: [["vascular/thoracic-pain"]] },
    reason:
      "Pain between the shoulder blades is often just sore muscles after exercise, but it is also on the list of things a doctor should check. We chose the more careful answer.",
    sources: ["R12", "R21"],
  },
  // (A recent infection on its own, such as a treated urine infection, is no rule of triage-rules.md: with a fever
  // it is one of the risks of `fever-with-risk`.)
  {
    id: "infection-risk",
    level: "see-doctor",
    when: {
      all: [["fever-infection/iv-drug-use", "fever-infection/immunosuppressed"]],
    },
    reason:
      "Injecting drugs or a weak immune system makes a spine infection more likely, so new back pain should be checked by a doctor.",
    sources: ["R21", "R22", "R24"],
  },

  // Tell the therapist before carrying on.
  {
    id: "long-standing-nerve-signs",
    level: "contact-therapist",
    when: { all: [["long-standing:saddle-anesthesia", "long-standing:bilateral-neuro"]] },
    reason:
      "Numbness around your bottom or in both legs that has stayed the same for a long time is not a new warning sign. Your therapist should still know about it before you carry on. If it changes or gets worse, it is an emergency.",
    sources: ["R12", "R18"],
  },
  {
    id: "sharp-pain",
    level: "contact-therapist",
    when: { all: [["sharp-pain"]] },
    reason:
      "Sharp or stabbing pain is not the usual dull ache after exercise. Your therapist may need to change your exercises.",
    sources: ["R69"],
  },
  {
    id: "radiating-pain",
    level: "contact-therapist",
    when: { all: [["shooting-radiating-pain"]] },
    reason:
      "Pain that shoots or spreads into your buttock or down your leg, or moves further down the leg, can mean a nerve is irritated. Your therapist may need to change your exercises.",
    sources: ["R10", "R11"],
  },
  {
    id: "burning-nerve-pain",
    level: "contact-therapist",
    when: { all: [["burning-nerve-pain"]] },
    reason:
      "Burning or electric pain can come from an irritated nerve. Your therapist should know before you carry on.",
    sources: ["R11"],
  },
  {
    id: "lasting-numbness",
    level: "contact-therapist",
    // (Numbness in one leg that has stayed the same for years still persists: only the cauda equina signs need a
    // new change, triage-rules.md.)
    when: { all: [["numbness-tingling", "long-standing:numbness-tingling/one-leg"]] },
    reason:
      "Numbness or pins and needles in one leg that does not go away can mean a nerve is irritated. Your therapist should know before you carry on.",
    sources: ["R11", "R10"],
  },
  {
    id: "not-improving",
    level: "contact-therapist",
    when: { all: [["persistent-pain", "fact:persistent"]] },
    reason:
      "Normal soreness peaks within 3 days (72 hours) and then fades. Pain that has lasted longer without getting better should be checked by your therapist.",
    sources: ["R1", "R69"],
  },
  {
    id: "worse-after-every-session",
    level: "contact-therapist",
    when: {
      all: [["worsening-each-session", "fact:rising-week-on-week", "fact:worse-each-session"]],
    },
    reason:
      "Pain that is worse after every session, or climbing week on week, means the programme may need changing.",
    sources: ["R9", "R2"],
  },
  {
    id: "pain-not-settling",
    level: "contact-therapist",
    when: {
      all: [
        [
          "pain-not-settling",
          "fact:score-high-unsettled",
          "fact:score-above-usual-next-morning",
          "fact:score-still-next-morning",
        ],
      ],
    },
    reason:
      "Pain during exercise can go up to about 5 out of 10, but it should settle by the next morning. Yours went higher or has not settled, so the exercise may need changing.",
    sources: ["R9", "R8"],
  },
  {
    id: "big-flare-settled",
    level: "contact-therapist",
    when: { all: [["fact:score-high-settled"]] },
    reason:
      "The pain went above 7 out of 10 during or after exercise. It has settled, but your therapist should know so the exercise can be adjusted.",
    sources: ["R9"],
  },
  {
    id: "reaction-not-easing",
    level: "contact-therapist",
    when: { all: [["fact:reaction-not-easing"]] },
    reason:
      "A flare, or soreness after manipulation or needling, usually settles within about a day. Yours is the same or worse a day or more later, so your therapist should know before your next session.",
    sources: ["R4", "R9"],
  },
  {
    // reference.md red flag 27; the rules' "still ambiguous" list asks for the more cautious level.
    id: "inflammatory-pattern",
    level: "contact-therapist",
    when: { all: [["fact:inflammatory-pattern"]] },
    reason:
      "Stiffness that lasts half an hour or more every morning, for months, and eases as you move, is a pattern your therapist should know about. They may suggest you see your GP, who can check for an inflammatory cause. There is no need to rush.",
    sources: ["R35", "R14"],
  },
  {
    id: "first-pain-over-50",
    level: "contact-therapist",
    when: { all: [["fact:first-pain-over-50"]] },
    reason:
      "Back pain for the first time after the age of 50 is worth telling your therapist about. They can decide whether a doctor should check it too.",
    sources: ["R21", "R22", "R24"],
  },
  {
    id: "new-swelling",
    level: "contact-therapist",
    when: { all: [["swelling"]] },
    reason: "New swelling is not part of normal soreness. Your therapist should know.",
    sources: ["R8", "R69"],
  },
  {
    id: "lost-movement",
    level: "contact-therapist",
    when: { all: [["loss-of-motion"]] },
    reason:
      "Movement that does not come back when the soreness settles should be checked by your therapist.",
    sources: ["R69"],
  },
  {
    id: "long-morning-stiffness",
    level: "contact-therapist",
    when: { all: [["stiffness/inflammatory-pattern"]] },
    reason:
      "Stiffness that lasts more than half an hour every morning can have other causes. Your therapist can arrange a check with your GP. We chose the more careful answer.",
    sources: ["R35", "R14"],
  },

  // Keep an eye on it.
  {
    id: "tingling-that-settles",
    level: "monitor",
    when: { all: [["tingling-settling"]] },
    reason:
      "Mild tingling that goes away within minutes of resting or changing position is common when a nerve is being stretched. Keep track of it.",
    sources: ["R10", "R11"],
  },
  {
    id: "higher-pain-easing",
    level: "monitor",
    when: { all: [["fact:score-moderate-easing"]] },
    reason:
      "The pain went a little above the usual limit of 5 out of 10, but it is easing. Keep track of it and mention it at your next session.",
    sources: ["R9", "R43"],
  },
  {
    id: "soreness-past-3-days-improving",
    level: "monitor",
    when: { all: [["fact:late-but-improving"]] },
    reason:
      "The soreness has lasted longer than the usual 3 days, but it is getting better. Keep track of it.",
    sources: ["R1", "R69"],
  },
  {
    id: "bigger-flare",
    level: "monitor",
    when: { all: [["flare-after-new-exercise/big-flare"]] },
    reason:
      "This flare is bigger than your usual ones. If it is settling, that is a good sign. Keep track of it and mention it at your next session.",
    sources: ["R9", "R4"],
  },
  {
    id: "reaction-past-a-day-easing",
    level: "monitor",
    when: { all: [["fact:reaction-past-day"]] },
    reason:
      "A flare, or soreness after manipulation or needling, usually settles within about a day. Yours has lasted a bit longer but is not getting worse. Keep track of it and mention it at your next session.",
    sources: ["R4", "R9"],
  },
  {
    // (triage-rules.md ties the one-calf clot rule to spinal surgery; one calf tight or sore after a calf exercise,
    // with no surgery and no swelling, heat or redness, is worth tracking rather than a doctor's visit)
    id: "one-calf-worked",
    level: "monitor",
    when: { all: [["mild-soreness/one-calf-worked"]] },
    reason:
      "One calf that is tight or sore after calf exercises is usually the worked muscle. Keep track of it. If the calf becomes swollen, hot or red, or you get breathless, get it checked the same day.",
    sources: ["R1", "R34"],
  },
  {
    // (night pain in triage-rules.md is pain at night or at rest that does not ease; waking on turning over and
    // going straight back to sleep is worth tracking, no more)
    id: "positional-waking",
    level: "monitor",
    when: { all: [["mild-soreness/positional-waking"]] },
    reason:
      "Being woken briefly when you turn over in bed, and going straight back to sleep, is usually discomfort of a position. Keep track of it. If pain wakes you and does not ease when you move, tell a doctor.",
    sources: ["R1", "R21"],
  },
  {
    id: "getting-worse",
    level: "monitor",
    when: { all: [["fact:getting-worse"]] },
    reason:
      "Soreness can get worse on the second day and still be normal. Keep track of it: if it is not easing after 3 days, tell your therapist.",
    sources: ["R1", "R9"],
  },

  // Expected.
  {
    id: "normal-soreness",
    level: "expected",
    when: { all: [NORMAL_SORENESS] },
    reason:
      "A dull ache, tenderness or stiffness that starts the day after a session, peaks within 1 to 3 days and then fades is the normal response to exercise.",
    sources: ["R1", "R2", "R3", "R4"],
  },
];
