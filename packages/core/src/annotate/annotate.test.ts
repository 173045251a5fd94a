import { beforeAll, describe, expect, it } from "vitest";

import { CONCEPT_IDS } from "../model/concept";
import type { ConceptId } from "../model/concept";
import { annotate } from "./annotate";

// The shared lexicon compiles on first use (a second or more on a busy machine): do it before any timed test.
beforeAll(() => {
  annotate("warm up");
}, 60_000);

/** The annotated phrases as `quote -> concept` (negated ones prefixed with "no "). */
const read = (text: string): string[] =>
  annotate(text).map(
    (m) => `${m.negated ? "no " : ""}${text.slice(m.start, m.end)} -> ${m.concept}`,
  );

describe("annotate: what counts as a mention", () => {
  it("labels each mention with its concept's level and offsets into the text", () => {
    const text = "You may feel stiffness. Call 999 if you have loss of bladder control.";
    const mentions = annotate(text);
    expect(mentions).toEqual([
      { start: 13, end: 22, concept: "stiffness", level: "expected", negated: false },
      {
        start: 45,
        end: 68,
        concept: "bladder-bowel",
        level: "emergency",
        negated: false,
      },
    ]);
  });

  it("reads NHS-style bladder and bowel control wordings as emergency signs", () => {
    expect(
      read(
        "- you cannot control when you pee\n- you do not notice when you need to poo\n- cannot control when you poo",
      ),
    ).toEqual([
      "cannot control when you pee -> bladder-bowel",
      "do not notice when you need to poo -> bladder-bowel",
      "cannot control when you poo -> bladder-bowel",
    ]);
  });

  it("annotates every occurrence, including headings and list items", () => {
    expect(read("Sciatica\n- sciatica\nWhat is sciatica?")).toEqual([
      "Sciatica -> shooting-radiating-pain",
      "sciatica -> shooting-radiating-pain",
      "sciatica -> shooting-radiating-pain",
    ]);
  });

  it("does not annotate bare pain, back pain, discomfort or condition names", () => {
    expect(
      read(
        "Back pain and discomfort are common. Pain can come from a herniated disc, cauda equina syndrome, tumours, fractures or an aortic aneurysm.",
      ),
    ).toEqual([]);
  });

  it("does not annotate injury as the problem being treated, infections as diagnoses, or cancer as a topic", () => {
    expect(
      read("After an injury, rehab helps. Spine infections and cancer can cause back pain."),
    ).toEqual([]);
  });

  it("annotates a history of cancer and a recent infection", () => {
    expect(read("If you have a history of cancer or a recent infection, see a GP.")).toEqual([
      "history of cancer -> cancer-history",
      "recent infection -> fever-infection",
    ]);
  });
});

describe("annotate: span boundaries and the words that decide the concept", () => {
  it("keeps location and timing words in the span", () => {
    expect(read("Pain that lasts more than 48 hours without relief")).toEqual([
      "Pain that lasts more than 48 hours without relief -> persistent-pain",
    ]);
    expect(read("This soreness typically peaks between 24 and 72 hours after a session.")).toEqual([
      "soreness -> mild-soreness",
      "peaks between 24 and 72 hours after a session -> soreness-timeline",
    ]);
  });

  it("lifts symptoms in both legs to bilateral-neuro", () => {
    expect(read("sciatica in both legs")).toEqual(["sciatica in both legs -> bilateral-neuro"]);
    expect(read("tingling or numbness in both legs")).toEqual([
      "tingling or numbness in both legs -> bilateral-neuro",
    ]);
  });

  it("keeps the one-leg concept for 'one or both legs'", () => {
    expect(read("numbness in one or both legs")).toEqual([
      "numbness in one or both legs -> numbness-tingling",
    ]);
  });

  it("reads saddle, bladder and bowel wordings as emergencies", () => {
    expect(read("numbness around your bottom")).toEqual([
      "numbness around your bottom -> saddle-anesthesia",
    ]);
    expect(read("You can't feel the toilet paper when wiping.")).toEqual([
      "can't feel the toilet paper -> saddle-anesthesia",
    ]);
    expect(read("Urinary and faecal incontinence")).toEqual([
      "Urinary and faecal incontinence -> bladder-bowel",
    ]);
  });

  it("reads 'doesn't improve with rest' as severe pain and 'worse at night' as night pain", () => {
    expect(read("Sharp, stabbing pain that doesn’t improve with rest.")).toEqual([
      "Sharp, stabbing pain -> sharp-pain",
      "doesn’t improve with rest -> severe-pain",
    ]);
    expect(read("Pain that is worse at night")).toEqual(["worse at night -> night-pain"]);
  });

  it("makes sudden or rapidly worsening weakness progressive, even in both legs", () => {
    expect(read("sudden weakness in both legs")).toEqual([
      "weakness in both legs -> progressive-weakness",
    ]);
    expect(read("rapidly worsening weakness")).toEqual([
      "rapidly worsening weakness -> progressive-weakness",
    ]);
    expect(read("a sudden onset of numbness, tingling, or weakness in the legs or feet")).toEqual([
      "numbness -> numbness-tingling",
      "tingling -> numbness-tingling",
      "weakness in the legs or feet -> progressive-weakness",
    ]);
  });

  it("keeps a concept's level whatever the page says", () => {
    const [mention] = annotate("Emergency signs: foot drop");
    expect(mention?.concept).toBe("leg-weakness");
    expect(mention?.level).toBe("see-doctor");
  });

  it("reads sciatica as shooting pain but not the sciatic nerve itself", () => {
    expect(read("The sciatic nerve runs down the leg. Sciatic nerve pain is common.")).toEqual([
      "Sciatic nerve pain -> shooting-radiating-pain",
    ]);
    expect(read("nerve pain")).toEqual(["nerve pain -> burning-nerve-pain"]);
  });

  it("reads soreness wordings as the guide does", () => {
    expect(read("muscle soreness, sore muscles, DOMS")).toEqual([
      "muscle soreness -> doms",
      "sore muscles -> doms",
      "DOMS -> doms",
    ]);
    expect(read("a dull ache, tenderness and a good pain")).toEqual([
      "dull ache -> mild-soreness",
      "tenderness -> mild-soreness",
      "good pain -> mild-soreness",
    ]);
  });

  it("reads increases after a session as a flare, and worsening over weeks as worsening", () => {
    expect(read("Can physio make back pain worse?")).toEqual([
      "make back pain worse -> flare-after-new-exercise",
    ]);
    expect(read("Your symptoms are getting worse with each session.")).toEqual([
      "getting worse with each session -> worsening-each-session",
    ]);
  });
});

describe("annotate: coordination", () => {
  it("splits coordinated items naming different symptoms", () => {
    expect(read("Pain is sharp, shooting, or radiating")).toEqual([
      "sharp -> sharp-pain",
      "shooting -> shooting-radiating-pain",
      "radiating -> shooting-radiating-pain",
    ]);
    expect(read("fever, chills, shakes")).toEqual([
      "fever -> fever-infection",
      "chills -> fever-infection",
      "shakes -> fever-infection",
    ]);
  });

  it("keeps alternatives sharing one head as one span", () => {
    expect(read("Sharp or stabbing pain")).toEqual(["Sharp or stabbing pain -> sharp-pain"]);
  });

  it("keeps list items apart even when the last shares a head", () => {
    expect(read("pushing through sharp, shooting, or radiating pain")).toEqual([
      "sharp -> sharp-pain",
      "shooting -> shooting-radiating-pain",
      "radiating pain -> shooting-radiating-pain",
    ]);
  });

  it("annotates context words only where they name a symptom", () => {
    expect(read("Discomfort is severe or lasts more than 2 to 3 days")).toEqual([
      "severe -> severe-pain",
      "lasts more than 2 to 3 days -> persistent-pain",
    ]);
    expect(read("in severe cases, surgery may help")).toEqual([]);
    expect(read("sharp, worsening, or long-lasting pain")).toEqual([
      "sharp -> sharp-pain",
      "worsening -> worsening-each-session",
      "long-lasting pain -> persistent-pain",
    ]);
  });

  it("drops parenthetical abbreviations but keeps elaborations with their own wording", () => {
    expect(read("Delayed Onset Muscle Soreness (DOMS) is common")).toEqual([
      "Delayed Onset Muscle Soreness -> doms",
    ]);
    expect(read("loss of bladder control (incontinence)")).toEqual([
      "loss of bladder control -> bladder-bowel",
    ]);
    expect(read("weakness in both legs (jelly-legs)")).toEqual([
      "weakness in both legs -> bilateral-neuro",
      "jelly-legs -> bilateral-neuro",
    ]);
  });
});

describe("annotate: negation", () => {
  it("marks symptoms the text says are absent", () => {
    expect(read("There was no numbness and no fever.")).toEqual([
      "no numbness -> numbness-tingling",
      "no fever -> fever-infection",
    ]);
    expect(read("Back pain without sciatica")).toEqual(["no sciatica -> shooting-radiating-pain"]);
  });

  it("carries a denial along a coordinated list", () => {
    expect(read("no fever, chills or weight loss")).toEqual([
      "no fever -> fever-infection",
      "no chills -> fever-infection",
      "no weight loss -> weight-loss",
    ]);
  });

  it("does not read advice as a denial", () => {
    expect(read("it should never feel worse for hours")).toEqual([
      "feel worse for hours -> pain-not-settling",
    ]);
  });
});

describe("annotate: page chrome", () => {
  it("skips cross-links, teaser lines and teaser blocks", () => {
    const text = [
      "Sciatica can cause numbness.",
      "Recommended Reading: Sciatica Stretches",
      "You May Like: Numbness In Feet",
      "See Sciatica",
      "Popular Articles",
      "What To Do For Severe Eye Pain",
      "How To Get Rid Of Chest Pain From Anxiety",
    ].join("\n");
    expect(read(text)).toEqual([
      "Sciatica -> shooting-radiating-pain",
      "numbness -> numbness-tingling",
    ]);
    expect(annotate(text, { includeChrome: true }).length).toBeGreaterThan(2);
  });

  it("keeps advice that starts with 'See'", () => {
    expect(read("See a GP if you have numbness")).toEqual(["numbness -> numbness-tingling"]);
  });
});

describe("annotate: every taxonomy concept has page wordings", () => {
  const EXAMPLES: Readonly<Record<ConceptId, string>> = {
    doms: "delayed onset muscle soreness",
    "mild-soreness": "a general ache",
    stiffness: "feeling stiff",
    "soreness-timeline": "lasting a day or two",
    "flare-after-new-exercise": "a temporary flare-up after increased activity",
    "tingling-settling": "mild tingling that subsides with rest",
    "sharp-pain": "stabbing pain",
    "shooting-radiating-pain": "pain radiating down the leg",
    "burning-nerve-pain": "burning pain",
    "numbness-tingling": "pins and needles",
    "persistent-pain": "pain lasting more than 72 hours",
    "worsening-each-session": "worse after every session",
    "pain-not-settling":
      "pain that increases during an activity and doesn't subside after stopping",
    swelling: "significant swelling",
    "loss-of-motion": "loss of motion",
    "severe-pain": "unbearable pain",
    "leg-weakness": "weakness in the leg",
    "night-pain": "pain at night",
    "weight-loss": "unexplained weight loss",
    "cancer-history": "a history of cancer",
    "fever-infection": "a high temperature",
    trauma: "a car accident",
    "osteoporosis-steroids": "long-term steroid use",
    "bladder-bowel": "difficulty passing urine",
    "saddle-anesthesia": "numbness in the saddle area",
    "bilateral-neuro": "numbness in both legs",
    "progressive-weakness": "rapidly worsening weakness",
    "sexual-dysfunction": "new loss of sexual function",
    vascular: "pulsating abdominal pain",
  };

  it("has an example for each of the 29 concepts", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...CONCEPT_IDS].sort());
  });

  it.each(Object.entries(EXAMPLES))("%s: %s", (concept, example) => {
    const mentions = annotate(`Tell someone about ${example}.`);
    expect(mentions.map((m) => m.concept)).toContain(concept);
  });
});
