import { describe, expect, it } from "vitest";
import type { Finding } from "../model/finding";
import { extractFindings } from "./extract";
import { readText } from "./read-text";
import { appliesBesideNegation, factApplies } from "./status";

/** `concept:status` for every finding whose words include `word`. */
const statusesAt = (text: string, word: string): string[] =>
  extractFindings(text)
    .filter((f: Finding) => f.evidence.kind === "text" && f.evidence.text.includes(word))
    .map((f) => `${f.concept}:${f.status}`);

const has = (text: string, concept: string, status: string): boolean =>
  extractFindings(text).some((f) => f.concept === concept && f.status === status);

describe("negation scopes", () => {
  it("denies every item of a denial list", () => {
    const text = "No numbness, tingling or weakness.";
    expect(statusesAt(text, "numbness")).toEqual(["numbness-tingling:denied"]);
    expect(statusesAt(text, "tingling")).toEqual(["numbness-tingling:denied"]);
  });

  it("keeps a second verb joined by 'or' or 'nor' inside the denial", () => {
    expect(has("I've never been on steroids or had cancer", "cancer-history", "denied")).toBe(true);
    expect(has("not taken steroids nor had a cancer diagnosis", "cancer-history", "denied")).toBe(
      true,
    );
    // (a denial list never cancels what is present after it)
    expect(
      has(
        "never smoked or had cancer, but I'm on prednisolone",
        "osteoporosis-steroids",
        "present",
      ),
    ).toBe(true);
  });

  it("ends a denial at 'just' or 'only' straight after it: what follows corrects the no", () => {
    expect(has("both legs? no just the right foot is tingly", "numbness-tingling", "present")).toBe(
      true,
    );
    expect(has("no only my left leg has pins and needles", "numbness-tingling", "present")).toBe(
      true,
    );
    expect(has("No tingling, just the usual stiffness", "numbness-tingling", "denied")).toBe(true);
  });

  it("stops at 'but' and at a new clause, so a denial never cancels a present finding", () => {
    expect(has("No leg pain, but my groin is numb", "saddle-anesthesia", "present")).toBe(true);
    expect(has("I have no leg pain and my groin is numb", "saddle-anesthesia", "present")).toBe(
      true,
    );
    expect(has("no chest pain, and my calf is swollen", "vascular", "present")).toBe(true);
  });

  it("denies a symptom word and the noun it describes together ('no burning pain')", () => {
    const text = "No burning pain down the legs, just stiff.";
    expect(has(text, "bilateral-neuro", "present")).toBe(false);
    // (a second symptom run on after a denied one stays told: "no worries numb in my groin")
    expect(has("no worries numb in my groin", "saddle-anesthesia", "present")).toBe(true);
  });

  it("reads 'neither of my legs feels normal' as both legs not normal, not as a denial", () => {
    expect(has("neither of my legs feels normal", "bilateral-neuro", "present")).toBe(true);
    expect(
      has("Neither of my feet feel right, numb below the knees", "bilateral-neuro", "present"),
    ).toBe(true);
    expect(has("neither of my legs is numb, both feel normal", "bilateral-neuro", "present")).toBe(
      false,
    );
  });

  it("reads 'neither leg is weak' as weakness denied for both, and 'both feel numb' as both legs", () => {
    expect(has("neither leg is weak, just a bit sore", "bilateral-neuro", "present")).toBe(false);
    expect(has("neither foot is numb or tingly", "bilateral-neuro", "present")).toBe(false);
    expect(has("neither leg feels right since the session", "bilateral-neuro", "present")).toBe(
      true,
    );
    expect(has("my right leg isn't weak but both feel numb", "bilateral-neuro", "present")).toBe(
      true,
    );
  });

  it("reads 'X, not Y' as Y denied", () => {
    expect(statusesAt("It's an ache, not sharp.", "sharp")).toEqual(["sharp-pain:denied"]);
    expect(has("It's an ache, not sharp.", "mild-soreness", "present")).toBe(true);
  });

  it("reads normal body functions as denied warning signs", () => {
    expect(has("no numbness, peeing fine", "bladder-bowel", "denied")).toBe(true);
    const text = "I can walk, sleep and go to the toilet completely normally.";
    expect(has(text, "leg-weakness", "denied")).toBe(true);
    expect(has(text, "night-pain", "denied")).toBe(true);
    expect(has(text, "bladder-bowel", "denied")).toBe(true);
    expect(has("My breathing is fine", "vascular", "denied")).toBe(true);
  });

  it("does not treat a negation inside a symptom phrase as a denial", () => {
    expect(has("I haven't been able to pee since this morning", "bladder-bowel", "present")).toBe(
      true,
    );
    expect(has("I don't know when my bladder is full", "bladder-bowel", "present")).toBe(true);
    expect(has("Lying down doesn't help", "severe-pain", "present")).toBe(true);
  });

  it("does not read 'not normal' as a denial", () => {
    expect(has("When I wipe it doesn't feel normal", "saddle-anesthesia", "present")).toBe(true);
  });
});

describe("when (past, long-standing)", () => {
  it("dates a symptom by the patient's age then", () => {
    expect(
      has("I had sciatica down my right leg when I was 30", "shooting-radiating-pain", "past"),
    ).toBe(true);
    // (not past: what began then is another symptom, or a new statement follows)
    expect(
      has("both legs numb my sciatica started when I was 30", "bilateral-neuro", "present"),
    ).toBe(true);
    expect(
      has(
        "I had sciatica when I was 30, and now both my legs are tingling",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(true);
  });

  it("dates an episode by a life stage or a season gone by", () => {
    expect(has("broke my wrist falling off a horse as a teenager", "trauma", "past")).toBe(true);
    expect(has("when I was a kid I fell off my bike", "trauma", "present")).toBe(false);
    expect(
      has(
        "I had sciatica down my right leg last spring, it cleared up",
        "shooting-radiating-pain",
        "present",
      ),
    ).toBe(false);
    // (a new fall, whatever happened then)
    expect(
      has("thrown off a horse as a teenager and yesterday I fell off again", "trauma", "present"),
    ).toBe(true);
  });

  it("reads an episode that 'sorted itself out' with a time of its own as over", () => {
    expect(
      has(
        "A few years ago I had trouble peeing for a while, but that all sorted itself out.",
        "bladder-bowel",
        "present",
      ),
    ).toBe(false);
    // (without a time of its own, or back since, it is now)
    expect(
      has(
        "I couldn't pee this morning but it sorted itself out by lunch",
        "bladder-bowel",
        "present",
      ),
    ).toBe(true);
    expect(
      has(
        "had a catheter years ago; since yesterday I can't pee again",
        "bladder-bowel",
        "present",
      ),
    ).toBe(true);
  });

  it("reads 'years ago now' as no news", () => {
    const text =
      "I've leaked when I sneeze ever since my second baby, that's 12 years ago now, and nothing's changed";
    expect(has(text, "bladder-bowel", "present")).toBe(false);
  });

  it("keeps numbness whose feeling 'hasn't come back' present", () => {
    expect(
      has("My bum went numb on the bike and it hasn't come back", "saddle-anesthesia", "present"),
    ).toBe(true);
  });

  it("keeps a strength that 'hasn't come back' lost", () => {
    expect(
      has(
        "my left leg just went, no strength in it at all, and it hasn't come back in the last 2 hours",
        "progressive-weakness",
        "present",
      ),
    ).toBe(true);
    // (the weakness itself not back is over)
    expect(
      has("My leg was weak last month but it hasn't come back", "leg-weakness", "present"),
    ).toBe(false);
  });

  it("reads 'since <event> N years ago' as there all that time, not past, and no news", () => {
    const text = "The numbness in my left foot has been there since my disc op 3 years ago.";
    expect(statusesAt(text, "numb")).toContain("numbness-tingling:long-standing");
    expect(statusesAt(text, "numb")).not.toContain("numbness-tingling:past");
    // ("since my operation" is news only when no "years ago" dates the operation)
    expect(
      has(
        "My right foot has been numb since my operation 3 years ago",
        "numbness-tingling",
        "present",
      ),
    ).toBe(false);
    expect(has("I had numbness in my foot 3 years ago", "numbness-tingling", "past")).toBe(true);
  });

  it("reads 'used to end at ..., now ...' as a change, not a past episode", () => {
    expect(
      has(
        "my sciatica used to end at mid thigh, now it's in my calf",
        "shooting-radiating-pain",
        "present",
      ),
    ).toBe(true);
    expect(
      has("I used to have sciatica that would end at my knee", "shooting-radiating-pain", "past"),
    ).toBe(true);
  });

  it("reads 'used to' with its verb left unsaid as a comparison with now", () => {
    expect(
      has("my right leg hasn't got the power it used to, it's weak", "leg-weakness", "present"),
    ).toBe(true);
  });

  it("reads 'when I started PT' as no news of a symptom", () => {
    expect(
      has(
        "I used to get pain right down to my calf when I started PT",
        "shooting-radiating-pain",
        "past",
      ),
    ).toBe(true);
  });
});

describe("whose symptom (experiencer)", () => {
  it("gives a relative's symptoms to them", () => {
    expect(has("My brother has numbness in both legs.", "bilateral-neuro", "someone-else")).toBe(
      true,
    );
    expect(has("My mum had breast cancer.", "cancer-history", "someone-else")).toBe(true);
    expect(has("Cancer runs in my family.", "cancer-history", "someone-else")).toBe(true);
  });

  it("follows 'he' and 'she' into the next sentence", () => {
    expect(
      has("My dad had prostate cancer. He had bone mets too.", "cancer-history", "present"),
    ).toBe(false);
  });

  it("returns to the patient after 'I'", () => {
    expect(has("My wife noticed I was dragging my left foot.", "leg-weakness", "present")).toBe(
      true,
    );
    // (a finding that opens with "I" is the patient's, whoever tells of it)
    expect(has("My partner says I've been leaking at night", "bladder-bowel", "present")).toBe(
      true,
    );
    expect(
      has(
        "My mum has MS. She says - no, I mean I have - numb buttocks",
        "saddle-anesthesia",
        "present",
      ),
    ).toBe(true);
  });

  it("gives 'she' and 'he' to the patient in a message typed for them", () => {
    const typed = "My son is typing this for me. He says I can't feel my bum since last night.";
    expect(has(typed, "saddle-anesthesia", "present")).toBe(true);
    const forWife = "Writing on behalf of my wife: she has numbness in her groin since Sunday.";
    expect(has(forWife, "saddle-anesthesia", "present")).toBe(true);
    // (a relative named again is theirs)
    const sister = "My son is typing this for me. My sister has numbness in both legs.";
    expect(has(sister, "bilateral-neuro", "someone-else")).toBe(true);
  });
});

describe("when (past, long-standing, hypothetical)", () => {
  it("sets aside a resolved past episode but keeps the patient's own past cancer", () => {
    expect(has("I had sciatica years ago.", "shooting-radiating-pain", "past")).toBe(true);
    expect(has("I had breast cancer years ago.", "cancer-history", "present")).toBe(true);
  });

  it("reads 'in case it matters' as a hedge on the telling, not an imagining", () => {
    expect(has("In case it matters, I've wet myself twice", "bladder-bowel", "present")).toBe(true);
    expect(has("In case I wet myself, what do I do?", "bladder-bowel", "hypothetical")).toBe(true);
  });

  it("reads 'for ages' after something waited for as the wait, not how long it has been so", () => {
    expect(has("I go to pee and nothing happens for ages", "bladder-bowel", "present")).toBe(true);
    expect(
      has("My stream has been slow to come for a long time", "bladder-bowel", "long-standing"),
    ).toBe(true);
  });

  it("reads an unchanged habit as long-standing, unless something is new", () => {
    expect(
      has("Stress incontinence for 10 years, unchanged.", "bladder-bowel", "long-standing"),
    ).toBe(true);
    expect(
      has("My bladder has been weak for years, nothing new.", "bladder-bowel", "present"),
    ).toBe(false);
    expect(has("Since yesterday I have been leaking urine.", "bladder-bowel", "present")).toBe(
      true,
    );
  });

  it("does not carry when one symptom began over to a new subject after 'and' or 'but'", () => {
    const clumsy =
      "My hands have been clumsy for years, unchanged, and my back is a bit sore after PT";
    expect(statusesAt(clumsy, "clumsy")).toEqual(["progressive-weakness:long-standing"]);
    expect(statusesAt(clumsy, "sore")).toEqual(["mild-soreness:present"]);
    const episode = "I had sciatica years ago and my back is sore now after the session";
    expect(statusesAt(episode, "sciatica")).toEqual(["shooting-radiating-pain:past"]);
    expect(statusesAt(episode, "sore")).toEqual(["mild-soreness:present"]);
    // A new subject after the words about when does not cut them from what came before.
    expect(
      has(
        "I've had numbness in my foot for years and it is the same",
        "numbness-tingling",
        "long-standing",
      ),
    ).toBe(true);
  });

  it("reads questions about a symptom as hypothetical", () => {
    expect(has("What if I get numbness in my groin?", "saddle-anesthesia", "hypothetical")).toBe(
      true,
    );
  });

  it("ends an imagined or quoted sign where the patient turns to their own report", () => {
    const quoted =
      "The leaflet says numb legs are serious - I've had that since Sunday, both legs are numb";
    expect(has(quoted, "bilateral-neuro", "present")).toBe(true);
    expect(
      has(
        "What if someone can't feel themselves wipe... ok it's me",
        "saddle-anesthesia",
        "present",
      ),
    ).toBe(true);
    // The word alone is no quotation: "from the leaflet" is where the exercises came from.
    expect(
      has(
        "I did the exercises from the leaflet and now both my legs are numb",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(true);
    // "if ... ever" imagines what follows "ever", not the tingling the patient has.
    const ever = "If the tingling ever went into both legs what should I do?";
    expect(has(ever, "bilateral-neuro", "hypothetical")).toBe(true);
    expect(has(ever, "numbness-tingling", "present")).toBe(true);
  });

  it("reads what a page or an app says as quoted, unless it is said of the patient or confirmed", () => {
    const page =
      "Question about a page I read: it said 'tingling in both legs is an emergency' - I don't have that.";
    expect(has(page, "bilateral-neuro", "hypothetical")).toBe(true);
    expect(has(page, "bilateral-neuro", "present")).toBe(false);
    // After a colon that ends the quoting words: what follows is the quotation.
    const colon = "The leaflet says: numbness in the saddle area means A&E. Not me.";
    expect(has(colon, "saddle-anesthesia", "present")).toBe(false);
    expect(
      has(
        "An article I read said numb legs on both sides is serious.",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(false);
    // Read with the subject left out after a first verb ("went online and read that ...").
    expect(
      has(
        "I went down a rabbit hole online last night and read that numbness in the groin is an emergency. I don't have that.",
        "saddle-anesthesia",
        "present",
      ),
    ).toBe(false);
    // Said of the patient, or confirmed, it is theirs.
    expect(
      has(
        "The app said I should get checked because my bum has gone numb.",
        "saddle-anesthesia",
        "present",
      ),
    ).toBe(true);
    expect(
      has(
        "A page I read: it said 'tingling in both legs is an emergency' - I think I have that, since lunch.",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(true);
  });

  it("sets aside a symptom said to have been gone for weeks", () => {
    const gone =
      "The pins and needles in my foot that I had before starting PT have been completely gone for 2 weeks now.";
    expect(has(gone, "numbness-tingling", "past")).toBe(true);
    expect(has(gone, "numbness-tingling", "present")).toBe(false);
    expect(
      has(
        "The numbness in my foot I had when I started physio has been gone for a month.",
        "numbness-tingling",
        "present",
      ),
    ).toBe(false);
    // Feeling that has been gone for weeks is numbness that stays.
    expect(
      has(
        "The feeling in my left foot has been gone for two weeks, it's numb on top.",
        "numbness-tingling",
        "present",
      ),
    ).toBe(true);
  });

  it("sets aside an episode said to be over long ago, not one that settled within minutes", () => {
    expect(
      has(
        "I had sciatica down both legs in 2019, it completely resolved.",
        "bilateral-neuro",
        "past",
      ),
    ).toBe(true);
    expect(
      has("I had numbness in both legs but that went away months ago.", "bilateral-neuro", "past"),
    ).toBe(true);
    expect(
      has(
        "Both feet went numb in the plank and it cleared up after a few minutes",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(true);
  });

  it("reads 'it' at both legs as the symptom named before", () => {
    expect(
      has("Years ago I had sciatica. Now it's in both legs.", "bilateral-neuro", "present"),
    ).toBe(true);
    expect(
      has("Sciatica in my right leg, it's not in both legs", "bilateral-neuro", "present"),
    ).toBe(false);
  });
});

describe("what was read or heard", () => {
  it("sets aside what was read, with or without a subject, but not a sound heard", () => {
    expect(
      has(
        "read that pain in both legs is an emergency?? i dont have that",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(false);
    expect(
      has(
        "back is fine now but heard that crack and both legs went numb",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(true);
    expect(has("and then heard that numb legs are serious", "bilateral-neuro", "present")).toBe(
      false,
    );
  });
});

describe("signs asked about", () => {
  it("denies a sign asked about when the answer says it is not the patient's", () => {
    expect(
      has("Should I go to A&E if I can't pee? I can pee fine btw.", "bladder-bowel", "present"),
    ).toBe(false);
    expect(
      has(
        "What would numbness in the groin mean? Asking because the leaflet mentions it.",
        "saddle-anesthesia",
        "present",
      ),
    ).toBe(false);
  });

  it("keeps a sign told in a question, or given a time it began", () => {
    expect(
      has("Is it normal that I can't pee? I can pee fine at night.", "bladder-bowel", "present"),
    ).toBe(true);
    expect(
      has(
        "What does numbness in my groin mean? It started yesterday.",
        "saddle-anesthesia",
        "present",
      ),
    ).toBe(true);
    expect(
      has(
        "What does numbness between my legs mean? My legs are fine.",
        "saddle-anesthesia",
        "present",
      ),
    ).toBe(true);
  });
});

describe("whose symptom, named without 'my'", () => {
  it("gives a relative named as the subject, or with a parenthesis, their own findings", () => {
    expect(has("Husband says his legs are both numb", "bilateral-neuro", "present")).toBe(false);
    expect(
      has(
        "Mum (82, osteoporosis) fell yesterday. I'm just stiff after PT",
        "osteoporosis-steroids",
        "present",
      ),
    ).toBe(false);
    expect(has("Both my legs are numb, but mum had that too", "bilateral-neuro", "present")).toBe(
      true,
    );
  });
});

describe("checklists answered item by item", () => {
  it("denies each item answered no, and not the item after it", () => {
    const text = "saddle numbness no, trouble peeing yes, both legs no";
    expect(has(text, "saddle-anesthesia", "present")).toBe(false);
    expect(has(text, "bladder-bowel", "present")).toBe(true);
    expect(has("tingling: none. back sore", "numbness-tingling", "present")).toBe(false);
  });

  it("reads no answer in a tag question or a no that goes on", () => {
    expect(has("both legs are numb, no?", "bilateral-neuro", "present")).toBe(true);
    expect(has("my groin is numb no idea why", "saddle-anesthesia", "present")).toBe(true);
    expect(has("numbness down there: no idea why", "saddle-anesthesia", "present")).toBe(true);
  });
});

describe("safety-net instructions", () => {
  it("imagines what an instruction names inside its condition only", () => {
    expect(
      has(
        "My physio said to call if I got numb in the saddle area.",
        "saddle-anesthesia",
        "present",
      ),
    ).toBe(false);
    expect(
      has(
        "my physio told me to go to A&E because both legs are numb",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(true);
    expect(
      has(
        "the physio said to ring 999 if my legs went numb, they went numb this morning",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(true);
  });

  it("reads 'is it normal if I get ...' as asking about what the patient has", () => {
    expect(
      has(
        "Is it normal if I get numb down there after the session?",
        "saddle-anesthesia",
        "present",
      ),
    ).toBe(true);
  });
});

describe("whose symptom: pets and 'he' or 'she'", () => {
  it("gives a pet its own symptoms, not one walked past", () => {
    expect(has("My dog's back leg has gone weak", "leg-weakness", "present")).toBe(false);
    expect(has("walking the dog both legs went numb", "bilateral-neuro", "present")).toBe(true);
  });

  it("gives 'he' or 'she' after a relative their findings, until the patient speaks of themself", () => {
    expect(
      has(
        "My husband wants me to see a doctor because he had foot drop.",
        "leg-weakness",
        "present",
      ),
    ).toBe(false);
    expect(
      has("My dad had foot drop. He says my legs look weak", "bilateral-neuro", "present"),
    ).toBe(true);
  });
});

describe("a first time, not a denial", () => {
  it("reads 'never had X before' as X new now, unless the sentence still denies it", () => {
    expect(has("Never had bladder issues before.", "bladder-bowel", "present")).toBe(true);
    expect(
      has("I haven't had numbness down there before now", "saddle-anesthesia", "present"),
    ).toBe(true);
    expect(
      has("I've never had sciatica before, just a sore back", "shooting-radiating-pain", "denied"),
    ).toBe(true);
    expect(
      has("No bladder problems, never had any before or since", "bladder-bowel", "present"),
    ).toBe(false);
    expect(has("No tingling before, none now", "numbness-tingling", "present")).toBe(false);
  });

  it("does not read 'before no problem' after a sign as its denial", () => {
    expect(
      has(
        "Since 3 days my erection is not coming, before no problem",
        "sexual-dysfunction",
        "present",
      ),
    ).toBe(true);
  });
});

describe("'now' that tells how things stand", () => {
  it("does not make a long-standing leak new after 'no different' or an age", () => {
    expect(
      has(
        "I've had a little leak when I sneeze ever since my second baby 12 years ago, no different now.",
        "bladder-bowel",
        "present",
      ),
    ).toBe(false);
    expect(
      has(
        "Since my kids were born (youngest is 11 now) I leak a tiny bit if I sneeze hard",
        "bladder-bowel",
        "present",
      ),
    ).toBe(false);
  });

  it("keeps a past retention past when its length is told", () => {
    const text =
      "After my knee op 3 years ago I couldn't pee for a day and they had to put a catheter in - fine ever since.";
    expect(has(text, "bladder-bowel", "present")).toBe(false);
  });
});

describe("a fact told with a negation that denies nothing", () => {
  const spanOf = (text: string, word: string) => {
    const reading = readText(text);
    const first = reading.tokens.findIndex((token) => token.norm === word);
    return { reading, span: { first, last: first + 1 } };
  };

  it("applies beside a negation, but not when imagined", () => {
    const own = spanOf("It hasn't dipped below an 8 since last night", "8");
    expect(factApplies(own.reading, own.span)).toBe(false);
    expect(appliesBesideNegation(own.reading, own.span)).toBe(true);
    const imagined = spanOf("What if it doesn't dip below an 8?", "8");
    expect(appliesBesideNegation(imagined.reading, imagined.span)).toBe(false);
  });
});

describe("years told with 'now', and what the therapist said would happen", () => {
  it("reads 'that's about 12 years now' as how long it has lasted, not news", () => {
    expect(
      has(
        "I've leaked a little when I sneeze ever since my second baby, that's about 12 years now.",
        "bladder-bowel",
        "long-standing",
      ),
    ).toBe(true);
    expect(
      has(
        "I leak a bit when I laugh, been 12 years now, since my youngest was born",
        "bladder-bowel",
        "long-standing",
      ),
    ).toBe(true);
    // (a new leak told after the years stays new)
    expect(
      has(
        "my back has hurt on and off, going on 15 years, and since tuesday I dribble when I walk",
        "bladder-bowel",
        "present",
      ),
    ).toBe(true);
  });

  it("reads what the therapist said the patient would feel as no report", () => {
    expect(
      has("sore back. my therapist did say id feel it in my legs", "bilateral-neuro", "present"),
    ).toBe(false);
    expect(
      has(
        "my physio said i would feel it in my legs and now both legs are numb",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(true);
  });
});

describe("a numbered item after a denial", () => {
  it("ends the denial at the item's number", () => {
    expect(
      has("no numbness (2) yes, trouble peeing since Sunday", "bladder-bowel", "present"),
    ).toBe(true);
    expect(
      has("no numbness 1) no 2) yes trouble peeing since sunday", "bladder-bowel", "present"),
    ).toBe(true);
  });
});

describe("a leg told with what it is doing, run on after something else", () => {
  it("ends a denial there, without a joiner", () => {
    expect(
      has(
        "class was easy, no aches at all my legs feel heavy and numb",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(true);
    expect(
      has("no pain to speak of my feet feel heavy and tingly today", "bilateral-neuro", "present"),
    ).toBe(true);
  });

  it("keeps the denial when the leg is what is denied", () => {
    expect(
      has(
        "I don't have my legs feeling heavy and numb, just a sore back",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(false);
  });

  it("ends a long-standing time told of something else before it", () => {
    expect(
      has(
        "wee has been a bit slow for years, nothing new, shoulders tight after the class my legs feel heavy and tingly",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(true);
    expect(
      has(
        "my legs have felt heavy and tingly for years, nothing new",
        "bilateral-neuro",
        "present",
      ),
    ).toBe(false);
  });
});

describe("a list dated after it, and a question's topic", () => {
  it("dates every item of a list by the time told after its last ('a fever and chills last week')", () => {
    expect(statusesAt("I had a fever and chills last week, all gone now.", "fever")).toEqual([
      "fever-infection:past",
    ]);
    expect(
      statusesAt(
        "Had a temperature and the shivers last week with covid but that's all cleared.",
        "temperature",
      ),
    ).toEqual(["fever-infection:past"]);
    expect(statusesAt("I have a fever and had chills last week.", "fever")).toEqual([
      "fever-infection:present",
    ]);
  });

  it("reads the topic of an expected question as asked about, and what is told after it as told", () => {
    expect(
      statusesAt("before anyone asks about night pain lol. Worse after every session.", "night"),
    ).toEqual(["night-pain:hypothetical"]);
    expect(
      has(
        "Before you ask about night pain, yes it wakes me every night now.",
        "night-pain",
        "present",
      ),
    ).toBe(true);
  });

  it("reads a relative named with 's' as the one whose symptom it is ('Dad's got foot drop')", () => {
    expect(
      statusesAt("Dad's got foot drop after his back op. I'm just stiff after PT.", "foot drop"),
    ).toEqual(["leg-weakness:someone-else"]);
  });
});

describe("a past deficit that came back in full", () => {
  it("reads strength or feeling that came back fully as the episode over", () => {
    const text =
      "2 yrs ago i had foot drop from a disc it came back fully after the op. now just sore";
    expect(statusesAt(text, "foot drop")).toEqual(["leg-weakness:past"]);
  });

  it("keeps a symptom that came back full force, or the numbness itself back, as now", () => {
    expect(
      has(
        "had sciatica years ago, it came back full force on monday",
        "shooting-radiating-pain",
        "present",
      ),
    ).toBe(true);
    expect(
      has(
        "I had foot drop in 2021. it came back fully last week and my foot slaps again",
        "leg-weakness",
        "present",
      ),
    ).toBe(true);
  });
});
