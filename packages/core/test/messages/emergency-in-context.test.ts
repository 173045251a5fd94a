import { describe, expect, it } from "vitest";

import { assess } from "../../src/triage/assess";

// An emergency sign told plainly stays an emergency whatever ordinary context a patient puts around it: an old
// episode, a relative's condition, a denial of something else, a word that it is probably fine. Each of these
// contexts once reached across to the sign and lowered the level (under-triage); this test keeps them from
// doing so again, over every combination.

const EMERGENCY_SIGNS = [
  "my legs are both numb",
  "I can't feel the toilet paper when I wipe",
  "I have wet myself without knowing",
  "both my legs have gone weak",
  "the skin around my bum is numb",
  "I can't pee since this morning",
  "my groin is numb",
  "both feet are tingling",
  "I've lost control of my bowels",
  // Signs in other words than the lexicon's: recognised by what they are about and what is wrong there.
  "my underwear has been damp today without me noticing",
  "the area I sit on feels like it's been to the dentist",
  "the toilet paper feels like it's not there when I wipe",
  "I don't get the usual feeling when my bladder is full",
];

const BEFORE = [
  "I had sciatica years ago",
  "My mum has sciatica",
  "I had back surgery in 2015",
  "No pain in my back",
  "My back has been stiff for years",
  "Last year I had a slipped disc",
  "I don't have a fever",
  "My back was sore yesterday",
  "I used to get pins and needles",
  "My dad had a bad back for years",
  "The pain has settled",
  "No pain",
  "Not sore",
  // A hedge on the telling, and a message typed for the patient.
  "In case it matters",
  "My husband is typing this for me",
];

// Signs told without a subject after a denial ("No pain, can't pee"): the denial ends at the new predicate. (After
// a relative or a past episode, a sign without a subject is theirs: "My mum has sciatica and can't pee".)
const DENIALS = ["No pain", "Not sore", "No fever", "No numbness", "No tingling or weakness"];
const UNSUBJECTED_SIGNS = [
  "can't pee since this morning",
  "keep leaking wee without noticing",
  "can't feel the toilet paper when I wipe",
  "have to strain to get my wee going",
];
const JOINS = [" and ", ", and ", " but ", ". ", ", ", " and now ", " but today "];

const AFTER = [
  ", but my mum had that too",
  ", no other problems",
  ", is that normal?",
  " - my physio says it's fine",
  ", nothing new otherwise",
  ", otherwise fine",
  " and my back pain is better",
  ", no fever",
  ", I had sciatica years ago",
  " but the pain has settled",
  ", same as my dad had",
  " and peeing is fine",
  ", no pain though",
  " which is normal I guess",
  ", fine otherwise, no numbness elsewhere",
  ", I don't think it's serious",
];

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const levelOf = (text: string): string => assess(text).level;

describe("an emergency sign in ordinary context", () => {
  it("is an emergency on its own", () => {
    for (const sign of EMERGENCY_SIGNS) expect(levelOf(capitalize(sign)), sign).toBe("emergency");
  });

  it("stays an emergency after any of the contexts", () => {
    const missed: string[] = [];
    for (const before of BEFORE) {
      for (const join of JOINS) {
        for (const sign of EMERGENCY_SIGNS) {
          const text = before + join + (join.endsWith(". ") ? capitalize(sign) : sign);
          if (levelOf(text) !== "emergency") missed.push(text);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it("stays an emergency after a denial, told without a subject", () => {
    const missed: string[] = [];
    for (const denial of DENIALS) {
      for (const join of [", ", " and ", " but "]) {
        for (const sign of UNSUBJECTED_SIGNS) {
          const text = denial + join + sign;
          if (levelOf(text) !== "emergency") missed.push(text);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it("stays an emergency before any of the contexts", () => {
    const missed: string[] = [];
    for (const sign of EMERGENCY_SIGNS) {
      for (const after of AFTER) {
        const text = capitalize(sign) + after;
        if (levelOf(text) !== "emergency") missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it("stays an emergency when the patient runs sentences together without full stops", () => {
    for (const text of [
      "sore after pt, stiff, nothing else cant pee since this morning",
      "sore after pt, stiff, nothing else My inner thighs have gone numb and it feels odd when I sit on the toilet.",
      "my legs are both numm I had sciatica years ago but it cleared up",
      "numbnes round my privates I've had a little stress leakage when I sneeze for about 10 years, unchanged",
      "pins & needles in both legs after PT My bladder has been a bit weak for years since having the kids, nothing new.",
      "Ive peed myself twice today and my back is killing me Is it normal to have numbness in the saddle area? I don't have it, just asking.",
      "numb around my bum and groin since yesterday, back is aching Cancer runs in my family so I worry, but it's just the usual muscle soreness.",
    ]) {
      expect(levelOf(text), text).toBe("emergency");
    }
  });

  it("still reads what belongs to someone else, or is denied, as such", () => {
    for (const text of [
      "No numbness, and both legs feel fine",
      "Peeing fine, no numbness anywhere, both legs strong",
      "My mum has sciatica and she has numb legs",
      "My sister has cauda equina and her legs are both numb",
      "No saddle numbness, and they said the soreness is normal",
      "My husband is typing this for me. His mum has numb legs, mine are fine",
      "My wife says she has been leaking wee since the baby, I'm just stiff",
    ]) {
      expect(levelOf(text), text).not.toBe("emergency");
    }
  });
});
