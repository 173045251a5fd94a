import { describe, expect, it } from "vitest";
import { extractFindings } from "./extract";

const present = (text: string): string[] =>
  extractFindings(text)
    .filter((f) => f.status === "present")
    .map((f) => f.concept);

describe("laterality: one leg or both", () => {
  it("keeps one-leg symptoms one-sided", () => {
    expect(present("tingling in my left foot that won't go away")).not.toContain("bilateral-neuro");
    expect(present("pain shooting down my right leg")).toContain("shooting-radiating-pain");
  });

  it("reads two-leg symptoms however they are written", () => {
    for (const text of [
      "tingling in both feet",
      "my legs are numb",
      "both of my legs feel weak",
      "sciatica down both legs",
      "jelly-legs",
    ]) {
      expect(present(text), text).toContain("bilateral-neuro");
    }
  });

  it("does not read 'my legs feel fine' or sore legs after squats as a two-leg sign", () => {
    expect(present("my legs feel fine")).not.toContain("bilateral-neuro");
    expect(present("my legs are sore after the squats")).not.toContain("bilateral-neuro");
  });

  it("reads wobbly legs that recovered within an hour as fatigue", () => {
    const text = "both legs were wobbly after the squats but fully recovered within an hour";
    expect(present(text)).not.toContain("bilateral-neuro");
    expect(present(text)).toContain("mild-soreness");
  });

  it("reads legs fine some time later as recovered ('totally fine an hr later'), unless they fail after", () => {
    for (const text of [
      "legs were shaky n wobbly right after the squats, both of them, totally fine an hr later",
      "both legs felt like jelly after the step-ups, back to normal 20 mins later",
    ])
      expect(present(text), text).not.toContain("bilateral-neuro");
    expect(
      present("both legs went shaky after the session, fine an hour later, but now they are numb"),
    ).toContain("bilateral-neuro");
  });

  it("denies both legs asked of oneself and answered no, and only then", () => {
    expect(
      present("burning feeling down my leg since monday. both legs? no just the right"),
    ).not.toContain("bilateral-neuro");
    expect(present("tingling down my leg since monday. both legs? yep, both now")).toContain(
      "bilateral-neuro",
    );
    expect(present("numb down my leg since monday. both legs? not sure, maybe")).toContain(
      "bilateral-neuro",
    );
  });
});

describe("combined findings", () => {
  it("reads saddle numbness from a site and a numb word apart", () => {
    expect(present("my bum feels sort of numb")).toContain("saddle-anesthesia");
    expect(present("the bottom of my foot is numb")).not.toContain("saddle-anesthesia");
  });

  it("reads bladder trouble from a bladder word and a problem word", () => {
    expect(present("the stream is weak and stop-start")).toContain("bladder-bowel");
    expect(present("I can't sit on the toilet for long because of my back")).not.toContain(
      "bladder-bowel",
    );
  });

  it("turns weakness that is getting worse into progressive weakness", () => {
    expect(present("my right foot is getting weaker by the hour")).toContain(
      "progressive-weakness",
    );
    expect(present("my foot slaps when I walk")).toContain("leg-weakness");
  });

  it("turns tingling that clears within minutes into tingling that settles", () => {
    expect(present("tingly foot for a couple of mins, then it's gone")).toContain(
      "tingling-settling",
    );
    expect(present("pins and needles in my foot that won't go away")).toContain(
      "numbness-tingling",
    );
  });

  it("reads a tingle told as lasting seconds or a few minutes as one that settles", () => {
    expect(present("my heel tingled for 30 seconds in the stretch")).toContain("tingling-settling");
    expect(present("my foot felt asleep for a minute or two after the stretch")).toContain(
      "tingling-settling",
    );
    // Over only in that it went quickly: the passing tingle, not a past episode.
    expect(present("pins and needles for a couple of minutes, it hasn't come back")).toContain(
      "tingling-settling",
    );
    // How long a stretch was held, or when the tingle started, is not how long it lasted.
    expect(present("after holding it for 30 seconds my foot went numb and still is")).toContain(
      "numbness-tingling",
    );
    expect(present("my foot went numb 2 minutes into the stretch")).not.toContain(
      "tingling-settling",
    );
    expect(present("tingling in my foot for a few minutes years ago, never came back")).toEqual([]);
  });

  it("reads an ache travelling down or into one leg as radiating pain", () => {
    expect(present("the ache now also runs down the side of my right leg")).toContain(
      "shooting-radiating-pain",
    );
    expect(present("it has started reaching into my left bum cheek")).toContain(
      "shooting-radiating-pain",
    );
    expect(present("my back ached as I went down onto one knee")).not.toContain(
      "shooting-radiating-pain",
    );
  });

  it("sets aside a loss of movement that came back, not one that never did", () => {
    expect(present("I couldn't bend as far but it came back by the evening")).not.toContain(
      "loss-of-motion",
    );
    expect(present("I can't bend as far and it never came back")).toContain("loss-of-motion");
    // "back to my usual" of a score told after it is not the movement coming back.
    expect(
      present(
        "I can only get my hands to my shins and it isn't coming back, a 6 then back to my usual",
      ),
    ).toContain("loss-of-motion");
  });

  it("reads a back that will not straighten, or a posture stuck bent, for days as a loss of movement", () => {
    expect(present("my back won't straighten fully, 3 days later still bent over")).toContain(
      "loss-of-motion",
    );
    expect(present("still hunched over 4 days after the manipulation")).toContain("loss-of-motion");
    // (a bent posture first thing that loosens, or bending over to do something, is none)
    expect(present("a bit bent over first thing but fine after a shower")).not.toContain(
      "loss-of-motion",
    );
    expect(present("I was bent over the sink when it twinged, sore 2 days later")).not.toContain(
      "loss-of-motion",
    );
  });

  it("reads a past episode dated in abbreviated units as past", () => {
    expect(present("had sciatica 5 yrs ago, totally gone. now just a dull ache")).not.toContain(
      "shooting-radiating-pain",
    );
    expect(present("numb leg 6 mths ago, now just stiff")).not.toContain("numbness-tingling");
    expect(present("sciatica a yr ago, now both legs are numb")).toContain("bilateral-neuro");
  });

  it("reads a relative's bladder words as the patient's when the relative types for them", () => {
    const status = (text: string): string[] =>
      extractFindings(text)
        .filter((f) => f.concept === "bladder-bowel")
        .map((f) => f.status);
    expect(
      status("my mum is in PT and I'm typing for her. she can't hold her water since sunday"),
    ).toContain("present");
    expect(status("I'm sore after PT. My nan can't control her bladder these days")).not.toContain(
      "present",
    );
  });

  it("gives spans into the original text", () => {
    const text = "Weird thing - I can't really feel the toilet paper.";
    const finding = extractFindings(text).find((f) => f.concept === "saddle-anesthesia");
    expect(finding?.evidence).toMatchObject({
      kind: "text",
      text: "can't really feel the toilet paper",
    });
    if (finding?.evidence.kind === "text") {
      expect(text.slice(finding.evidence.start, finding.evidence.end)).toBe(finding.evidence.text);
    }
  });
});

describe("words in another sense", () => {
  it("reads numbness of feeling as no symptom", () => {
    expect(present("I feel numb about the whole thing")).not.toContain("numbness-tingling");
    expect(present("emotionally numb, legs just tired")).not.toContain("bilateral-neuro");
    expect(present("numb about the bum since this morning")).toContain("saddle-anesthesia");
  });

  it("reads a slipped disc and a skipped set as no fall", () => {
    expect(present("I'm terrified I've slipped a disc")).not.toContain("trauma");
    expect(present("so I skipped the last set")).not.toContain("trauma");
    expect(present("I slipped on the ice")).toContain("trauma");
  });

  it("reads a fall from going down and where the patient landed, not from the words alone", () => {
    expect(present("I stepped off the stepladder wrong and went down on my backside")).toContain(
      "trauma",
    );
    expect(present("slid off the edge of the bed onto the floor")).toContain("trauma");
    expect(present("missed the chair when I sat down")).toContain("trauma");
    expect(present("took a bit of a spill on the bus")).toContain("trauma");
    expect(present("I went down on the floor to do my stretches")).not.toContain("trauma");
    expect(present("I nearly went down on my bum on the ice")).not.toContain("trauma");
    expect(present("the pain came down on my left side")).not.toContain("trauma");
    expect(present("I fall asleep on my back most nights")).not.toContain("trauma");
  });

  it("reads weight lost beside appetite and night pain told as the worst time", () => {
    expect(present("I lose my appetite and also the weight.")).toContain("weight-loss");
    expect(present("the nights are the worst")).toContain("night-pain");
    expect(
      present(
        "In the night the pain is the most strong and it does not go away when I change position.",
      ),
    ).toContain("night-pain");
    expect(present("It's worse in the morning, fine at night.")).not.toContain("night-pain");
    expect(present("A couple of nights it was worse after the session")).not.toContain(
      "night-pain",
    );
  });

  it("reads 'more than 10' of minutes or reps as a time or a count, not pain past ten", () => {
    expect(present("it zaps down my leg if I sit for more than 10 min")).not.toContain(
      "severe-pain",
    );
    expect(present("sharp if I do more than 10 reps")).not.toContain("severe-pain");
    expect(present("the pain is more than 10 today")).toContain("severe-pain");
  });

  it("reads heat told of a pain's quality as no hot calf", () => {
    const clot = (text: string): boolean =>
      extractFindings(text).some((f) => f.detail === "calf-clot-signs" && f.status === "present");
    expect(clot("a hot burning pain in my left calf since Sunday")).toBe(false);
    expect(clot("a hot, stabbing pain in my right calf")).toBe(false);
    expect(clot("my left calf is hot and swollen")).toBe(true);
    expect(clot("my calf is hot, red and sore")).toBe(true);
  });

  it("reads getting going as moving, not passing water", () => {
    expect(present("it goes once I get going")).not.toContain("bladder-bowel");
    expect(present("I have to wait ages to get going when I pee")).toContain("bladder-bowel");
  });
});

describe("one message's words read apart from another's told with it", () => {
  it("keeps weakness getting worse when a later sentence says the patient has 'gone weak'", () => {
    const text =
      "At breakfast my left foot was a bit floppy, this afternoon I can hardly lift it. My partner asked if I've gone weak in the legs.";
    expect(present(text)).toContain("progressive-weakness");
  });

  it("reads what leaks only near the leak word", () => {
    expect(
      present("numb with shock after the news, im leaking a bit just walking about"),
    ).toContain("bladder-bowel");
    expect(present("the news leaked and I'm leaking information everywhere")).not.toContain(
      "bladder-bowel",
    );
  });

  it("reads 'is it normal if I get ...' as no tingle going back to normal", () => {
    expect(
      present("my right foot has gone a bit numb. Is it normal if I get a bit sore?"),
    ).toContain("numbness-tingling");
  });

  it("gives a 'no harm done' to the fall told just before it", () => {
    const text =
      "I slipped on the wet floor and landed on my back I tripped over the cat but didn't fall";
    expect(present(text)).toContain("trauma");
  });
});

describe("cauda equina signs told in lay words", () => {
  it("reads a sign whose own words hold a negation ('haven't made it in time', 'no warning')", () => {
    for (const text of [
      "twice this week I haven't made it to the toilet in time for a poo, it just came with no warning",
      "my bowels just went without any warning in the night",
      "a bit dribbles out in my pants afterwards",
    ]) {
      expect(present(text), text).toContain("bladder-bowel");
    }
  });

  it("reads voiding signs told of 'it', the urine named before", () => {
    const text = "I went to bed needing a wee. I've tried three times, it just won't come.";
    expect(present(text)).toContain("bladder-bowel");
    expect(present("I need a poo but it won't come, bit constipated")).not.toContain(
      "bladder-bowel",
    );
    expect(present("I need a wee but I can't go.")).toContain("bladder-bowel");
    expect(present("I need a wee but I can't get up the stairs")).not.toContain("bladder-bowel");
  });

  it("reads a feeling gone 'there', the saddle area named before", () => {
    expect(present("I can wipe fine but there's no sensation there")).toContain(
      "saddle-anesthesia",
    );
    expect(present("My groin is fine. My left foot has no feeling there.")).not.toContain(
      "saddle-anesthesia",
    );
  });

  it("reads sexual function lost in lay words", () => {
    for (const text of [
      "when I touch myself I can hardly feel it",
      "I haven't been able to, you know, perform with my wife",
      "orgasm felt like nothing last night",
      "my erection is not coming",
      "no erection in the morning since 4 days",
    ]) {
      expect(present(text), text).toContain("sexual-dysfunction");
    }
    for (const text of [
      "No erection or bladder issues",
      "I couldn't perform the exercises with my wife watching",
      "it hurts when I touch myself on the lower back",
    ]) {
      expect(present(text), text).not.toContain("sexual-dysfunction");
    }
  });
});

describe("leg and nerve symptoms told in likenesses", () => {
  it("reads feeling gone, crawling or not one's own as numbness or tingling at its site", () => {
    for (const text of [
      "my legs feel like they belong to someone else",
      "both my feet feel like little ants walking",
      "both legs feel like they're wrapped in cling film",
      "it's like walking on cotton wool with both feet",
      "I can barely feel either foot",
    ]) {
      expect(present(text), text).toContain("bilateral-neuro");
    }
    for (const text of [
      "my left foot feels like it's wrapped in cling film",
      "a feeling like ants crawling on my right shin",
      "my right foot feels like it belongs to someone else",
    ]) {
      expect(present(text), text).toContain("numbness-tingling");
      expect(present(text), text).not.toContain("bilateral-neuro");
    }
    // (a real bandage is no likeness)
    expect(present("my foot is wrapped in a bandage")).not.toContain("numbness-tingling");
  });

  it("reads legs that do not do as told as a sign only with the negation", () => {
    expect(present("my legs aren't listening to me")).toContain("bilateral-neuro");
    expect(present("I tell my legs to walk and they just won't obey")).toContain("bilateral-neuro");
    expect(present("my legs are doing what I tell them again")).not.toContain("bilateral-neuro");
    expect(present("my left leg isn't listening to me")).toContain("leg-weakness");
  });

  it("reads strength that is not there as weakness, not as a denied function", () => {
    expect(present("my right leg just hasn't got the strength it had")).toContain("leg-weakness");
    expect(present("the strength in my left leg isn't what it was")).toContain("leg-weakness");
    expect(present("no loss of strength in my legs")).not.toContain("leg-weakness");
  });

  it("reads both sides told on their own after a nerve symptom of the legs as both legs", () => {
    expect(present("Numb from the knees down. Both sides.")).toContain("bilateral-neuro");
    expect(present("My leg has gone numb from the knee down. Both of them actually.")).toContain(
      "bilateral-neuro",
    );
    // (not pain in the back, nor sore muscles after exercise)
    expect(present("Pain in my lower back. Both sides.")).not.toContain("bilateral-neuro");
    expect(
      present("My thighs are burning on the stairs today, both of them, squats yesterday."),
    ).not.toContain("bilateral-neuro");
  });

  it("reads four legs as the position of an exercise, not the patient's legs", () => {
    expect(present("on four legs (bird dog) I feel a pain")).not.toContain("bilateral-neuro");
  });
});

describe("worse each time, of the sessions", () => {
  it("reads a bare 'worse each time' as each session when a session is named near it", () => {
    expect(
      present("Third session in a row I've come home sore. It's getting a bit worse each time."),
    ).toContain("worsening-each-session");
    expect(present("After physio it gets worse every time, and I'm not sleeping well.")).toContain(
      "worsening-each-session",
    );
  });

  it("does not read 'worse each time I bend' or one with no session named as each session", () => {
    expect(present("After physio my back gets worse each time I bend over.")).not.toContain(
      "worsening-each-session",
    );
    expect(present("The stairs at work. It's a bit worse each time.")).not.toContain(
      "worsening-each-session",
    );
  });
});

describe("pain moved further down the leg", () => {
  it("reads a place told as then and a lower one told as now as peripheralising", () => {
    expect(present("it used to be thigh only and now I'm getting the pain in my foot")).toContain(
      "shooting-radiating-pain",
    );
  });

  it("does not read a place coming back up, or a lower place said to be fine, as peripheralising", () => {
    expect(present("the ache was in my calf before, now it's only in my buttock")).not.toContain(
      "shooting-radiating-pain",
    );
    expect(
      present("it used to be my thigh that ached, now it's my foot that's fine"),
    ).not.toContain("shooting-radiating-pain");
  });
});

describe("words that only look like signs or denials", () => {
  it("reads what the patient did not expect or did not mention as told, not denied", () => {
    expect(
      present(
        "What I didn't expect is that since yesterday there's a numb feeling between my legs",
      ),
    ).toContain("saddle-anesthesia");
    expect(
      present("Didn't want to bother you but I can't feel myself wee since this morning"),
    ).toContain("bladder-bowel");
  });

  it("reads a worsening said not to happen as denied", () => {
    expect(present("Same every week, not getting worse")).not.toContain("worsening-each-session");
    expect(present("no worse after each session")).not.toContain("worsening-each-session");
    expect(present("it's getting worse after every session")).toContain("worsening-each-session");
  });

  it("reads going backwards and keeping going as progress, not passing water", () => {
    const text = "I feel like I'm going backwards and not sure whether to keep going";
    expect(present(text)).not.toContain("bladder-bowel");
  });

  it("reads 'dead bugs' and 'dead lifts' as exercises", () => {
    expect(present("she added some dead bugs and a hip flexor stretch")).toEqual([]);
    expect(present("dead bugs were hard on my bum")).not.toContain("saddle-anesthesia");
    expect(present("dead lifts today and my left leg went dead")).toContain("numbness-tingling");
  });

  it("reads pain that has not calmed down since the patient stopped as not settling", () => {
    const text =
      "the pain came on in the lunges, 3 hours since I stopped and it hasn't calmed down";
    expect(present(text)).toContain("pain-not-settling");
    expect(present("sore after squats yesterday, hasn't eased yet")).not.toContain(
      "pain-not-settling",
    );
  });

  it("reads being fine for the rest of the session as settled", () => {
    const text =
      "stiff when I started but it warmed up after a few reps and was fine for the rest of the session";
    expect(present(text)).not.toContain("pain-not-settling");
    expect(present("sore in the warm up and it stayed sore for the rest of the session")).toContain(
      "pain-not-settling",
    );
  });
});

describe("a worked muscle's burn", () => {
  it("reads a burn told of a worked muscle as the muscle's work, and a burn down the leg as nerve pain", () => {
    expect(present("the dead bugs made my abs burn")).not.toContain("burning-nerve-pain");
    expect(present("my glutes were burning on the last set of bridges")).not.toContain(
      "burning-nerve-pain",
    );
    expect(present("a burning feeling down the back of my left thigh into my calf")).toContain(
      "burning-nerve-pain",
    );
  });
});

describe("fillers, released holds and tingles that end", () => {
  it("reads 'like' before a number or a comma as a filler, not a likeness of the fall", () => {
    expect(present("on steroids for like 5 yrs, tripped on the kerb")).toContain("trauma");
    expect(present("feels like I've been hit by a truck")).not.toContain("trauma");
    expect(present("my back feels like, I got hit by a bus")).not.toContain("trauma");
  });

  it("reads letting go of a stretch as no passing of water", () => {
    expect(
      present("my foot tingles until I let go of the stretch and then it doesn't come back"),
    ).not.toContain("bladder-bowel");
    expect(present("when I need to go nothing comes for ages")).toContain("bladder-bowel");
  });

  it("reads 'then nothing' at the end of a clause as a tingle gone", () => {
    expect(
      present("my thigh tingles in the flossing and for 2 mins after, then nothing"),
    ).toContain("tingling-settling");
    expect(present("my foot tingles all day, then I feel nothing")).not.toContain(
      "tingling-settling",
    );
  });

  it("reads a urine stream felt from far away as reduced feeling", () => {
    expect(present("since sunday when I pee it feels kind of far away")).toContain("bladder-bowel");
    expect(present("my next session feels far away, peeing normal")).not.toContain("bladder-bowel");
  });

  it("reads steroids told without 'on', tingles told as buzzing, weakness against a hand and an ability lost", () => {
    expect(present("steroids for my rheumatoid for 10 years")).toContain("osteoporosis-steroids");
    expect(present("steroids for 5 days for a chest infection")).not.toContain(
      "osteoporosis-steroids",
    );
    expect(present("my right foot buzzes when I sit cross legged")).toContain("numbness-tingling");
    expect(present("my phone buzzes all day")).not.toContain("numbness-tingling");
    expect(present("my right big toe wont push up against her hand anymore")).toContain(
      "leg-weakness",
    );
    expect(present("my big toe pushes up against her hand fine")).not.toContain("leg-weakness");
    expect(present("I lost the ability to turn fully to the right")).toContain("loss-of-motion");
  });

  it("reads a flare told by what it did ('put me on the couch for a day') as bigger than usual", () => {
    const detail = (text: string): (string | undefined)[] =>
      extractFindings(text)
        .filter((f) => f.status === "present" && f.concept === "flare-after-new-exercise")
        .map((f) => f.detail);
    expect(
      detail(
        "had a flare last week that put me on the couch for a day, mostly settled, still twingey",
      ),
    ).toContain("big-flare");
    expect(detail("a small flare after the session, nothing that kept me off work")).not.toContain(
      "big-flare",
    );
  });

  it("lets a disclaimer answer a question about a sign, whatever time the patient tells after it", () => {
    expect(
      present(
        "what would numb groin mean? asking bc i read it online, i dont have it, just stiff today",
      ),
    ).not.toContain("saddle-anesthesia");
    expect(
      present("what would a numb groin mean? it started saturday, i dont have it in my legs"),
    ).toContain("saddle-anesthesia");
  });

  it("reads getting up off the toilet as movement, not as passing water", () => {
    expect(
      present("I could hardly get off the toilet yesterday, my back was that stiff"),
    ).not.toContain("bladder-bowel");
    expect(present("since yesterday I can hardly get anything out on the toilet")).toContain(
      "bladder-bowel",
    );
  });

  it("reads 'there too' as the same place and feet landed on as no symptom of the legs", () => {
    expect(
      present("pain down into my foot on the left, with tingles there too. Right leg fine."),
    ).not.toContain("bilateral-neuro");
    expect(present("the sciatica was on the right but now my left leg is tingling too")).toContain(
      "bilateral-neuro",
    );
    expect(
      present("jarred myself landing on my feet, and my back has had a new deep pain since"),
    ).not.toContain("bilateral-neuro");
    expect(present("landed on my feet and now my legs are both numb")).toContain("bilateral-neuro");
  });
});

describe("soreness longer than usual, and the back told as grumbling", () => {
  const details = (text: string): string[] =>
    extractFindings(text)
      .filter((f) => f.status === "present")
      .map((f) => `${f.concept}${f.detail === undefined ? "" : `/${f.detail}`}`);

  it("reads the back grumbling or protesting as soreness", () => {
    expect(present("my back is grumbling a bit after the session")).toContain("mild-soreness");
    expect(present("my hips were protesting after the lunges")).toContain("mild-soreness");
    expect(present("my wife keeps complaining about my posture")).toEqual([]);
  });

  it("reads 'rather than the usual one' and 'instead of one like usual' as longer than usual", () => {
    for (const text of [
      "after the new planks my back was sore for two days rather than the usual one",
      "the new band work made my back grumble for two days instead of one like usual",
    ])
      expect(
        details(text).some((d) => d.startsWith("flare-after-new-exercise")),
        text,
      ).toBe(true);
  });

  it("does not read a shorter soreness than usual as a bigger flare", () => {
    for (const text of [
      "sore for a day rather than the usual two, fine now",
      "sore for a day instead of the usual two, fine now",
    ])
      expect(
        details(text).some((d) => d.startsWith("flare-after-new-exercise")),
        text,
      ).toBe(false);
  });
});
