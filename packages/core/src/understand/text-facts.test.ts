import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

const facts = (text: string) => readTextFacts(readText(text));
const scores = (text: string) => facts(text).painScores.map((score) => score.value);

describe("pain scores", () => {
  it.each([
    ["My pain is 7/10 today", [7]],
    ["it hurts, like a 6", [6]],
    ["the pain was 6 then 4", [6, 4]],
    ["The bridges took my pain up to a 7, and it was still 6 an hour later", [7, 6]],
    ["pain about 8 out of 10", [8]],
    // (a range is one score, its higher end, as "a five or six" is)
    ["pain is a 6-7", [7]],
    ["Sunday the soreness was more like a 5-6", [6]],
    ["the pain went from 7 - 4 after resting", [7, 4]],
    ["back to my usual 2 after the session", [2]],
    ["like a seven yesterday, maybe a five or six now, easing", [7, 6]],
    ["flared up on friday after hoovering, 6 then 4, settling down now", [6, 4]],
    ["the flare is settling - Wednesday 5, Thursday 3", [5, 3]],
    ["The side plank went up to like a 7 for a few seconds", [7]],
    // (a score asked about again is no new one)
    ["Saturday about a 7 out of 10, today the pain is a 4. Is a 7 ok if it's coming down?", [7, 4]],
    // Out of ten said with "from", as in other languages ("3 von 10"): the ten is no score.
    ["my back is little bit pain, 3 from 10", [3]],
    // Out of ten that counts things, numbers a session or reviews the physio: no score.
    ["did 10 out of 10 reps, bit stiff", []],
    ["Session 7 of 10 today, pain 3/10", [3]],
    ["10/10 would recommend, sore though, like a 4", [4]],
    // (a measure other than pain named before, then pain named with the score)
    ["flexibility better, 8/10 pain today", [8]],
    // A week's average or mean told between the week and its score.
    ["week 1 avg pain 3, week 2 avg 4, week 3 avg 5", [3, 4, 5]],
    ["my back pain: week one average 2, week two average pain 3", [2, 3]],
    // A rating dated by the day or time told after it.
    ["Sore after Monday's session. A 6 Monday night, a 4 on Tuesday", [6, 4]],
    ["My back is sore. Probably a 7 last night, easing now", [7]],
    // Averages with tenths, listed after an average word.
    ["My weekly average from the app: 2.5, 3.0, 3.8, 4.6", [2.5, 3, 3.8, 4.6]],
    // An exercise log after a label of pain, and a score after a colon that ends its label's sentence.
    [
      "Pain monitoring log: clamshells 2, bird dogs 3, side plank 6 (held too long). AM score: 1 (baseline).",
      [2, 3, 6, 1],
    ],
    // Out of ten run together: "outta 10".
    ["6 outta 10 sore this morning", [6]],
    // A series after a score out of ten, each told with its time ("3 the week after", "now 4 most days").
    [
      "my baseline is creeping up: 2/10 three weeks ago, 3 the week after, now 4 most days",
      [2, 3, 4],
    ],
    ["pain 3/10 two weeks ago, 4 last week, 5 this week", [3, 4, 5]],
    ["baseline 1/10 a month ago, 2 two weeks later, now 4", [1, 2, 4]],
  ])("reads %j", (text, expected) => {
    expect(scores(text)).toEqual(expected);
  });

  it.each([
    "I did 3 sets of 10 reps",
    "It's been 4 days since my session",
    "I'm 7 weeks into physio",
    "day 5 after the session",
    "pins and needles for a minute or two, then it's gone",
    "up to 10 squats now and the pain is easing",
    "my session was on Monday 5th and it's getting better",
    // (a count of sessions, a mark for the improvement, a measure other than pain)
    "Session 7 of 10 done, back a bit achy",
    "I'd score my back 9/10 for how much better it is, a bit sore",
    "my flexibility went from 5 to 8 on her chart, a bit sore",
    "Did clamshells 10, bridges 10, planks 3 and my back is a bit achy",
  ])("finds no score in %j", (text) => {
    expect(scores(text)).toEqual([]);
  });

  it("marks a score told as an earlier level, and one told with easing", () => {
    const [now, then] = facts(
      "the ache is about 6 but it was 8 the day after, definitely coming down",
    ).painScores;
    expect(now).toMatchObject({ value: 6, easing: true });
    expect(now?.earlier).toBeUndefined();
    expect(then).toMatchObject({ value: 8, earlier: true });
  });

  it("reads a score given to 'it' by a verb of rating, or said how firmly, the patient's own", () => {
    expect(scores("I'd rate it 7 at the worst point, heading down now")).toEqual([7]);
    expect(scores("really stiff and sore, call it six")).toEqual([6]);
    expect(scores("sorer than ever after PT, a good 6 or 7")).toEqual([7]);
    expect(scores("Tue: ache 6. Wed: ache 5.")).toEqual([6, 5]);
    // (someone else's rating, and counts or times after the number, are no scores)
    expect(scores("My wife would rate it 7 for her back")).toEqual([]);
    // (nor is a rating of the session: the soreness is told after it)
    expect(scores("Great session, I'd rate it 9, and my back is a little stiff")).toEqual([]);
    expect(scores("Call it 6 weeks since I started")).toEqual([]);
    expect(scores("a good 6 hours of sleep")).toEqual([]);
  });

  it("gives the evidence span of a score", () => {
    const [score] = facts("The pain is 9/10 now").painScores;
    expect(score?.evidence).toMatchObject({ kind: "text", text: "9/10" });
  });
});

describe("timing", () => {
  it.each([
    ["It's day 5 after the session", 120],
    ["since Thursday's session... it's been four days", 96],
    ["Monday's session; it's Friday and it still hurts", 96],
    ["sore since yesterday", 24],
    ["surgery 10 days ago", 240],
    ["two weeks since my operation", 336],
    ["it's been a couple of days", 48],
    ["the manipulation left me sore for a day and a half", 36],
    ["sore for one and a half days", 36],
    ["72+ hours now and still achy", 73],
    ["more than 3 days of soreness", 73],
    // (a short day name after "session was" is the day, not "was sat" for sitting)
    ["session was sat, it's wed now", 96],
    // Just past the time: "a day and a bit", "two days and a little bit".
    ["the manipulation left me tender for a day and a bit", 25],
    ["sore for two days and a little bit now", 49],
  ])("reads %j as %d hours", (text, hours) => {
    expect(facts(text).hoursSince?.hours).toBe(hours);
  });

  it("reads no time since the session in an exclamation ('what a week')", () => {
    expect(facts("Ugh what a week. Back a bit achy after the bridges").hoursSince).toBeUndefined();
    expect(facts("sore for a week now").hoursSince?.hours).toBe(168);
  });

  it("reads no time since the session in a past episode dated long ago", () => {
    expect(
      facts("Last year a flare put me in bed for a week but it settled. This time just sore")
        .hoursSince,
    ).toBeUndefined();
    expect(
      facts("Two years ago my back was bad for ten days, then it eased off. Stiff today")
        .hoursSince,
    ).toBeUndefined();
    // (a week of soreness now, easing, is still read)
    expect(facts("sore for a week since the session, easing now").hoursSince?.hours).toBe(168);
  });

  it("reads a guess at what aggravates it as no standstill ('which probably isn't helping')", () => {
    expect(facts("sleeping on the sofa bed, which probably isn't helping").trend).toBeUndefined();
    expect(facts("the physio isn't helping").trend?.value).toBe("same");
  });

  it("reads no ten days in the ten of a score ('3/10 day after session')", () => {
    expect(facts("pain 3/10 day after session").hoursSince).toBeUndefined();
  });

  it("reads no time since the session in how often ('twice a week', '3 days a week')", () => {
    expect(facts("I have physio twice a week, a bit sore").hoursSince).toBeUndefined();
    expect(facts("exercises 3 days a week, dull ache, 2/10").hoursSince).toBeUndefined();
    expect(facts("sessions are 2x a week and I'm stiff").hoursSince).toBeUndefined();
    // (a time told as well is still read)
    expect(facts("physio once a week for 6 weeks, no better").hoursSince?.hours).toBe(1008);
  });

  it("reads no time since the session in the weeks a pattern is likened to ('same as the last 3 weeks')", () => {
    expect(facts("back to my usual 1 next morning. Same as the last 3 weeks.").hoursSince).toBe(
      undefined,
    );
    expect(
      facts("just like the past few weeks, a bit sore, gone by bedtime").hoursSince,
    ).toBeUndefined();
    expect(facts("sore for the last 3 weeks").hoursSince?.hours).toBe(504);
    // (a likeness of pain that stands still is three weeks of it: "the same as the last 3 weeks, no better")
    expect(facts("my back is the same as the last 3 weeks, no better").hoursSince?.hours).toBe(504);
    expect(facts("aching, same as the past few weeks").trend?.value).toBe("same");
  });

  it("ignores minutes and years for the time since the session", () => {
    expect(facts("tingly for a couple of mins").hoursSince).toBeUndefined();
    expect(facts("I've had back pain for 10 years").hoursSince).toBeUndefined();
  });

  it("does not time the soreness by how long a past episode took to clear or the exercises were skipped", () => {
    expect(facts("sciatica in 2019, it cleared up completely after a few months").hoursSince).toBe(
      undefined,
    );
    expect(facts("a bad bout of sciatica that took about four months to go").hoursSince).toBe(
      undefined,
    );
    expect(
      facts("I forgot to do my exercises for a week. Sore for two days.").hoursSince?.hours,
    ).toBe(48);
    // (with the soreness in its sentence, the week is the soreness's)
    expect(
      facts("couldn't do my exercises for a week because it was too sore").hoursSince?.hours,
    ).toBe(168);
  });

  it("marks an easing told as what happens each time", () => {
    expect(facts("for three weeks it always settles by the evening").habitualEasing).toBeDefined();
    expect(
      facts("Six weeks in. Each week the soreness has been a bit less than the week before.")
        .habitualEasing,
    ).toBeDefined();
    // (weekly averages easing: the pain of each week's sessions, less week on week)
    expect(
      facts(
        "6 weeks in. Exercise pain is usually 3-4 and the weekly averages in my diary went 3.1, 2.8, 2.5.",
      ).habitualEasing,
    ).toBeDefined();
    expect(
      facts("sore since the session 5 days ago, easing slowly").habitualEasing,
    ).toBeUndefined();
  });
});

describe("trend and settling", () => {
  it.each([
    ["it's already easing off", "better"],
    ["it hasn't improved at all", "same"],
    ["it is not getting any better", "same"],
    ["it isn't really changing", "same"],
    ["it's getting worse", "worse"],
    ["on Tuesday it was worse, and now it's easing", "better"],
    ["ache is still there but clearly less", "better"],
    ["tender and achy but less than day 1", "better"],
    ["sore as heck but it's better than yesterday which was worse", "better"],
    // ("same spot" says where, not how it is going)
    ["a flare in the same familiar spot, settling", "better"],
    // (the same as every week says the pattern repeats, not that the pain stands still)
    [
      "sore the day after, back to my usual by the next morning. Same as the last few weeks",
      "better",
    ],
    ["my back is the same as last week, no easing", "same"],
    // ("the same evening" says when it calmed down, not that it stood still; "day after day" does)
    ["went to a 6 but it calmed down the same evening", "better"],
    ["it's been the same day after day", "same"],
  ])("reads %j as %s", (text, trend) => {
    expect(facts(text).trend?.value).toBe(trend);
  });

  it("reads 'back to my usual by breakfast' as settled, and 'still ... this morning' as not", () => {
    expect(facts("by breakfast it was back to my usual 2").settled).toBeDefined();
    const notSettled = facts("it was still 6 an hour later and this morning as well");
    expect(notSettled.notSettled).toBeDefined();
    expect(notSettled.settled).toBeUndefined();
    expect(facts("it wasn't back to normal by the next morning").settled).toBeUndefined();
  });
});

describe("time since the session told by dates or sessions between", () => {
  it.each([
    ["Hi, my session was on the 12th. It's now the 16th and I'm still at a 5.", 96],
    ["Since the session before last my back has been getting worse.", 72],
    ["Two sessions ago it started aching and it's the same since.", 72],
  ] as const)("reads %j", (text, hours) => {
    expect(facts(text).hoursSince?.hours).toBe(hours);
  });

  it("reads no date from a count ('the 2nd session') and no easing from 'rather than better'", () => {
    expect(facts("It was the 2nd session and today it is the 5th one").hoursSince).toBeUndefined();
    expect(facts("it's getting worse each day rather than better").trend?.value).toBe("worse");
  });
});

describe("usual and next-morning scores", () => {
  it.each([
    ["Back pain was 3/10 before the session, next morning 5/10", [3, "usual"], [5, "morning"]],
    ["my usual pain is a 2, this morning it's a 4", [2, "usual"], [4, "morning"]],
    ["stiff in the mornings, my usual pain is a 2", [2, "usual"], undefined],
    // The usual level told under a negation of getting back to it, and one gone back to as a habit.
    [
      "by Wednesday morning it had not returned to my usual level of 2; it was still 4",
      [2, "usual"],
      [4, ""],
    ],
    [
      "Normally the morning after I'm back to a 1-2. This morning it's a 5.",
      [2, "usual"],
      [5, "morning"],
    ],
    // (a still score after a denial and a dash is told, not denied)
    ["Today I wasn't - still a 5 when I'm usually a 2", [5, ""], [2, "usual"]],
    // The habitual level told as "my 2": "normally I'm back to my 2 by the morning".
    [
      "This morning it's a 5, normally I'm back to my 2 by the morning",
      [5, "morning"],
      [2, "usual"],
    ],
  ] as const)("dates the scores of %j", (text, first, second) => {
    const dated = facts(text).painScores.map((score) => [
      score.value,
      score.usual ? "usual" : score.morning ? "morning" : "",
    ]);
    expect(dated).toEqual(second === undefined ? [first] : [first, second]);
  });
});

describe("standstill and treatment", () => {
  it("lets an easing dated now answer a worse day told before it", () => {
    expect(
      facts("Thursday it was a bit worse if anything, and today (Friday) it's noticeably easing")
        .standstill,
    ).toBeUndefined();
    // (a standstill now is not answered by an easing told of another time)
    expect(
      facts("still as bad today like a seven yesterday, maybe a five or six now, easing")
        .standstill,
    ).toBeDefined();
  });

  it("finds a standstill that no easing answers, however short the time", () => {
    expect(facts("flared up on Monday, still the same on Wednesday").standstill).toMatchObject({
      hours: 48,
      value: "same",
    });
    expect(facts("day 4, still sore but getting better").standstill).toBeUndefined();
    expect(
      facts("manip reaction still there on day 2, tender and achy but less than day 1").standstill,
    ).toBeUndefined();
  });

  it("reads only a little of it left on a later day as an easing that answers the standstill", () => {
    expect(
      facts("dry needling was monday, tuesday still sore, today wed its just a bit bruisy")
        .standstill,
    ).toBeUndefined();
    expect(
      facts("manip sunday, monday still sore, tue just a bit stiff").standstill,
    ).toBeUndefined();
    // (the same two days on stays a standstill)
    expect(
      facts("dry needling monday, tuesday still sore, today wed its still just as sore").standstill,
    ).toBeDefined();
  });

  it("reads a short day name after 'today' as the day, even before 'still'", () => {
    expect(facts("manip on monday, today wed still just as sore").standstill).toMatchObject({
      hours: 48,
    });
  });

  it("reads an everyday bend as a trivial strain, but not a bend told as when it usually hurts", () => {
    expect(
      facts("bent over to tie a shoelace this afternoon and something went in my lower back")
        .strain,
    ).toBeDefined();
    expect(
      facts("it hurts when I'm bending down to put my socks on, same as always").strain,
    ).toBeUndefined();
    expect(
      facts("it hurts when I'm bending down to pick up the washing, same as always").strain,
    ).toBeUndefined();
  });

  it("reads an easing against a named day as answering the soreness, and now as the day after that one", () => {
    const easing = facts("manipulation tuesday, still sore thursday but less than wednesday");
    expect(easing.standstill).toBeUndefined();
    expect(easing.trend?.value).toBe("better");
    // (the day compared with is over: "better than fri" is Saturday at the earliest)
    expect(facts("dry needled thurs, bit sore still but better than fri").hoursSince?.hours).toBe(
      48,
    );
    expect(facts("manip on Monday, today not as sore as tues").hoursSince?.hours).toBe(48);
    // (worse than a named day is no easing)
    expect(
      facts("manipulation tuesday, still sore thursday, worse than wednesday").trend?.value,
    ).toBe("worse");
  });

  it("reads manipulation or needling the patient had, not a past one or an adjustment to exercises", () => {
    expect(facts("the dry needling spot is still achy").manualTherapy).toBeDefined();
    expect(facts("had the crack thing done on my back monday").manualTherapy).toBeDefined();
    expect(facts("got my back clicked on friday, bit tender").manualTherapy).toBeDefined();
    expect(facts("I had manipulation years ago").manualTherapy).toBeUndefined();
    expect(facts("an adjustment to my exercises").manualTherapy).toBeUndefined();
  });
});

describe("context facts", () => {
  it("reads an age, spinal surgery and a new exercise", () => {
    expect(facts("I'm 72 and sore").age?.value).toBe(72);
    expect(facts("I am a 68 year old man").age?.value).toBe(68);
    expect(facts("two weeks after my spine surgery").recentSpinalSurgery).toBeDefined();
    expect(facts("we added a new exercise").newExercise).toBeDefined();
  });

  it("reads an age told in other ways", () => {
    expect(facts("I am 67 years, the physio is 2 months").age?.value).toBe(67);
    expect(facts("I have 70 years. I fall in the garden").age?.value).toBe(70);
    expect(facts("First ever back pain at 68.").age?.value).toBe(68);
    expect(facts("at 72 I don't bounce like I used to").age?.value).toBe(72);
    expect(facts("Me (74): a bit sore").age?.value).toBe(74);
    expect(facts("a 70-year-old with a sore back").age?.value).toBe(70);
    expect(facts("I'm in my 70s").age?.value).toBe(71);
    // Not a bend, a count or a time.
    expect(facts("At 45 degrees of bend it hurts").age).toBeUndefined();
    expect(facts("I stopped at 50 reps").age).toBeUndefined();
    expect(facts("I have 30 years of back pain").age).toBeUndefined();
  });

  it("reads a first ever bout of back pain, not a comparison with earlier pain", () => {
    expect(facts("First ever back pain at 68.").firstEpisode).toBeDefined();
    expect(facts("I've never had back trouble before.").firstEpisode).toBeDefined();
    expect(facts("this is my first ever bout of back pain").firstEpisode).toBeDefined();
    expect(facts("I've never had back pain in my life").firstEpisode).toBeDefined();
    expect(facts("I've never had back pain like this before").firstEpisode).toBeUndefined();
    expect(facts("the first time I've had back pain in years").firstEpisode).toBeUndefined();
    expect(facts("My mum has never had back pain.").firstEpisode).toBeUndefined();
  });

  it("does not give the patient someone else's surgery", () => {
    expect(
      facts("My brother had back surgery last month. My back is just stiff after PT.")
        .recentSpinalSurgery,
    ).toBeUndefined();
    expect(facts("My dad (70) fell. I'm 40 and stiff after PT").age?.value).toBe(40);
  });

  it("gives the patient a relative's surgery and age when the relative is the patient", () => {
    expect(
      facts("My husband had disc surgery 9 days ago and his calf is swollen").recentSpinalSurgery,
    ).toBeDefined();
    expect(facts("Gran (84) slid off the bed. She's been doing her physio").age?.value).toBe(84);
    expect(facts("My father is 70, he is doing physio for his back").age?.value).toBe(70);
    expect(facts("My son (he's 17) did his physio on Saturday").age?.value).toBe(17);
    expect(facts("Dad is doing PT for his back. He's 63 and his legs are weak").age?.value).toBe(
      63,
    );
  });
});

describe("scores told with times, levels and ranges", () => {
  it.each([
    // Two scores, each tagged with a time of day, in a message about pain: a short diary.
    ["6 last night, 4 this morning. A dull ache.", [6, 4]],
    // Day tags before a colon, with words between the entries.
    ["Friday: 7 (ouch). Saturday: 5. Sunday: 3.", [7, 5, 3]],
    // A level rated with "a" in a sentence with no word of pain.
    ["Sore on Friday. Since last night it's been a 7 or an 8.", [8]],
    ["Since this morning it's been about a 9.", [9]],
    // A denied "below": that level or more.
    ["It hasn't dipped below an 8 since last night.", [8]],
    // A level rated with "a", then "even" and what should ease it.
    ["It's an 8 even laying flat with my heating pad.", [8]],
    // "still" through fillers.
    ["Got my back up to 6 on the squats. It's 3 hours later and still up at 6.", [6, 6]],
    // The usual level led through links, and the score of a numbered week.
    ["baseline used to be 2, then 3, now 4 and rising every week", [2, 3, 4]],
    ["Average pain: week one 2, week two 3, week three 4.", [2, 3, 4]],
    ["pain avg wk1 3, wk2 4, wk3 5", [3, 4, 5]],
    ["First week my average was 2, second week 3, this week 4.", [2, 3, 4]],
    ["My pain scores over the last 3 weeks: 3, 4, 5.", [3, 4, 5]],
    // A level told with "at" by the patient or of "it", in sentences with no word of pain.
    ["Before the session I was at 2. Next morning I'm at 5.", [2, 5]],
    ["been a solid 9 since last night", [9]],
    ["The pain has not gone under 8 since this morning.", [8]],
    // A message that is only a short diary.
    ["last night 7, this morning 5", [7, 5]],
  ])("reads %j", (text, expected) => {
    expect(scores(text)).toEqual(expected);
  });

  it.each([
    // A range of counts ("from 10 to 15 reps"): the first number is a count too.
    "We went from 10 to 15 reps on the bridges, a bit achy today",
    "she put the deadlift up from 8 to 12 kg and I'm a bit sore",
    // A clock time, "at" a number with a time of day after it.
    "I got up at 6 this morning with a mild ache",
    "Got up at 6 today, did the bridges at 7 tonight, a bit sore",
    // Someone else's pain, and a number rated with "a" before a noun.
    "My mum's pain is 9/10 at the moment but I'm fine",
    "my wife's pain was 7 last night and 5 this morning",
    // (with the writer's own report: alone, the dad's pain shows him as the patient, see `proxy-frame.ts`)
    "My dad says his pain hasn't dipped below an 8. I'm fine, just stiff",
    "we did a 5 minute warm-up and my back was a bit sore",
    "the bridges went 8, 10, 12 reps and my back was a bit sore",
    "the session was at 9 and I'm a bit sore",
    "I have a 2 and a 4 year old so my back is always a bit sore",
  ])("finds no score in %j", (text) => {
    expect(scores(text)).toEqual([]);
  });

  it("reads a diary of numbered days, by its days", () => {
    const days = (text: string) => {
      const read = facts(text);
      return {
        days: read.painScores.map((score) => [score.day, score.value]),
        trend: read.trend?.value,
      };
    };
    // "day N: score", "day N - score", "Day N (today): score", "score/10 on day N", in any order written
    expect(days("Stiffness day 3: 4. Day 4: 5.")).toEqual({
      days: [
        [3, 4],
        [4, 5],
      ],
      trend: "worse",
    });
    expect(days("Day 3 - 6, day 4 - 5, day 5 (today) - 3")).toEqual({
      days: [
        [3, 6],
        [4, 5],
        [5, 3],
      ],
      trend: "better",
    });
    expect(days("5/10 on day 5, and 5/10 on day 4 as well. Not budging.")).toEqual({
      days: [
        [5, 5],
        [4, 5],
      ],
      trend: "same",
    });
    // (the day numbers and the ten a score is out of are no scores; counts are none either)
    expect(days("Day 4: 10 squats, day 5: 12 squats").days).toEqual([]);
    // (a relative's diary is theirs, though a colon parts its sentences)
    expect(days("My wife's back pain day 4: 6, day 5: 7. Mine is fine.").days).toEqual([]);
  });

  it("keeps the patient's own score told after a relative's pain", () => {
    expect(scores("my mum has sciatica but that's her - me, I'm about a 6/10 sore today")).toEqual([
      6,
    ]);
  });

  it("holds a diary of numbered days to the sentences it is told in", () => {
    // (an easing told after it, of something else, does not answer for it)
    const read = facts(
      "Day 3: 4. Day 4: 5. Day 5: 5. My exercise pain was a 4 and it was gone by the next morning.",
    );
    expect(read.trendAtTiming?.value).toBe("worse");
    expect(read.standstill?.hours).toBe(120);
  });

  it("reads scores given after a label and a colon", () => {
    const labelled = (text: string) =>
      facts(text).painScores.map((score) => [
        score.value,
        score.usual ? "usual" : score.morning ? "morning" : "",
      ]);
    expect(labelled("Usual: 2. This morning after the session: 5.")).toEqual([
      [2, "usual"],
      [5, "morning"],
    ]);
    // (a label that counts gives a count)
    expect(labelled("Reps this morning after the session: 5. Pain: 2, same as usual.")).toEqual([
      [2, ""],
    ]);
  });

  it("counts weekdays from the session's day and reads how long a condition has lasted", () => {
    expect(
      facts("Tuesday it was 6, by Saturday 3 - the session was Monday").hoursSince?.hours,
    ).toBe(120);
    expect(
      facts("I've had back pain for 6 months. Sore after yesterday's session.").hoursSince?.hours,
    ).toBe(24);
  });

  it("marks three rising scores told with weeks as weekly", () => {
    const weekly = (text: string) => facts(text).painScores.map((score) => score.weekly === true);
    expect(weekly("My weekly average has gone 3 → 4 → 5 over the last three weeks")).toEqual([
      true,
      true,
      true,
    ]);
    // (falling, or rising without weeks, is no weekly series)
    expect(weekly("My weekly average has gone 5 → 4 → 3")).toEqual([false, false, false]);
    expect(weekly("the pain went 3 then 4 then 5 during the session")).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("dates a usual level with a morning word after it, and a score said still there", () => {
    const dated = facts(
      "After the exercise the pain was 5 and the next morning still 5, usually it is 2 in the morning.",
    ).painScores.map((score) => [
      score.value,
      score.usual ? "usual" : score.morning ? "morning" : "",
    ]);
    expect(dated).toEqual([
      [5, ""],
      [5, "morning"],
      [2, "usual"],
    ]);
    expect(facts("Still stuck on a 4/10 a week after the session").painScores[0]?.still).toBe(true);
  });

  it("reads a score said still there as standing still", () => {
    expect(facts("It's day 5 and still a 5").standstill).toMatchObject({
      hours: 120,
      value: "same",
    });
    // (unless a lower score is told after it: "still 4 the next day, and by day 3 down to 2")
    expect(facts("still 4 the next day, and by day 3 down to 2").standstill).toBeUndefined();
  });
});

describe("how long the programme has run", () => {
  it("does not time the soreness by the weeks of physio when the days are told too", () => {
    expect(
      facts(
        "I started PT three weeks ago. Session was on Tuesday, Wednesday I was achy, today is Thursday.",
      ).hoursSince?.hours,
    ).toBe(48);
    expect(
      facts("I've been doing physio for two months. Session yesterday, a bit stiff today.")
        .hoursSince?.hours,
    ).toBe(24);
  });

  it("keeps the weeks when nothing else is timed, or when the weeks' sentence says how it is going", () => {
    expect(facts("Started physio 3 weeks ago. It's no better.").hoursSince?.hours).toBe(504);
    expect(
      facts("I've done PT for 3 weeks and the pain hasn't improved. Session was yesterday.")
        .hoursSince?.hours,
    ).toBe(504);
  });

  it("reads 'a full week'", () => {
    expect(facts("Still sore a full week after the session").hoursSince?.hours).toBe(168);
  });
});

describe("levels that last, and spells that are over", () => {
  it("reads 'since last night it's been an 8 or a 9' as the level now", () => {
    const [score] = facts("since last night it's been an 8 or a 9").painScores;
    expect(score).toMatchObject({ value: 9, ongoing: true });
    expect(facts("it had been an 8 since the session").painScores[0]?.ongoing).toBeUndefined();
  });

  it("keeps two numbers run on without a dash apart ('a 4 36 hrs after')", () => {
    expect(scores("my usual pain is a 2, this morning it's a 4 36 hrs after")).toEqual([2, 4]);
  });

  it("ends a worse spell told as past with a return to normal later in its sentence", () => {
    expect(
      facts(
        "Manipulation on Friday. I was a bit more sore that night, my usual spot, but I woke up Saturday feeling completely fine.",
      ).standstill,
    ).toBeUndefined();
    // (a standstill told as now is not answered by another thing's return to normal run on after it)
    expect(
      facts(
        "flared up yesterday and it's still as bad today by the next morning it was back to where it was before",
      ).standstill,
    ).toBeDefined();
  });
});

describe("what a diary or a trend word does not tell", () => {
  it("reads no score of 10 in the ten a score is out of, with a day after it", () => {
    expect(scores("pt wed, thu 3/10 fri 4/10 sat 2/10")).toEqual([3, 4, 2]);
    expect(scores("mon 2 out of 10 tue 3 out of 10 wed 1 out of 10")).toEqual([2, 3, 1]);
  });

  it("reads 'worse when I bend' as what aggravates the pain, not a trend", () => {
    expect(
      facts("sore after Monday's session, worse when I bend, fine at rest").trend,
    ).toBeUndefined();
    expect(facts("sore, gets worse if I twist or sit for long").trend).toBeUndefined();
    // (a time or a comparison told with it keeps the trend)
    expect(facts("day 5 and it's worse today when I sit").trend?.value).toBe("worse");
    expect(facts("worse when I bend than it was yesterday").trend?.value).toBe("worse");
    expect(facts("day 5 and now worse when I sit").trend?.value).toBe("worse");
    expect(facts("5 days on and the ache is getting worse when I sit").trend?.value).toBe("worse");
  });

  it("reads easing told day on day against the day before", () => {
    expect(facts("sore for 4 days but each day was less than the last").trend?.value).toBe(
      "better",
    );
    expect(facts("every day a bit better than the one before").trend?.value).toBe("better");
  });
});

describe("a worse day told of then, answered by easing now", () => {
  it("reads 'worse day 2 ..., today day 3 already going down' as easing", () => {
    expect(
      facts("sore day after, worse day 2 (about a 4), today day 3 already going down").standstill,
    ).toBeUndefined();
    expect(
      facts("sorer on day 2, today is day 5 and it's no better").standstill?.value,
    ).toBeDefined();
  });

  it("reads a pain 'not going anywhere' as a standstill, not a patient staying home", () => {
    expect(
      facts("6 days since the session, the ache isn't going anywhere").standstill?.value,
    ).toBeDefined();
    expect(facts("Day 4 and this soreness hasn't gone anywhere").standstill?.value).toBeDefined();
  });

  it("reads a rise over the weeks denied as no standstill, but a soreness not coming down as one", () => {
    expect(
      facts(
        "Deadlifts get me to 4/10, back to my usual 1 by morning, been like that three weeks running and it's not creeping up",
      ).standstill,
    ).toBeUndefined();
    expect(
      facts("5 days since the session, not creeping up but not coming down either").standstill,
    ).toBeDefined();
  });

  it("answers a standstill with an easing told after a comparison with what was expected", () => {
    for (const text of [
      "Needling on Thursday, it's Saturday and the spot is still tender, more than I expected, but it's less than it was yesterday.",
    ])
      expect(facts(text).standstill, text).toBeUndefined();
    expect(facts("Manip on Monday, it's Thursday, worse than I thought").trend?.value).not.toBe(
      "worse",
    );
  });

  it("reads the Scots 'no' for 'not' as a standstill ('it's no shifted at all')", () => {
    expect(
      facts(
        "Session was Friday, it's Tuesday. Sore at 5 since Saturday and it's no shifted at all.",
      ).standstill?.value,
    ).toBeDefined();
  });

  it("reads an easing set against a standstill with 'but' as its answer", () => {
    expect(
      facts(
        "needling thurs, still tender friday night and a little bit sat morning but less each time i check",
      ).standstill,
    ).toBeUndefined();
  });
});

describe("a list of levels told beside the pain", () => {
  it("reads a list after a colon or a word of levels as scores when pain is told in the next sentence", () => {
    expect(scores("6 days out, numbers: 4,5,5,5,5,5. ache isn't going anywhere")).toEqual([
      4, 5, 5, 5, 5, 5,
    ]);
  });

  it("leaves counts alone", () => {
    expect(scores("did sets of 8, 8, 6 today. back a bit sore")).toEqual([]);
  });
});

describe("a level it used to be, and one held day after day", () => {
  it("reads 'used to be a 2' as the usual level and 'a 4 every day' as held daily", () => {
    const [before, now] = facts(
      "My pain used to be a 2, now it's 4 every day since the session",
    ).painScores;
    expect(before?.usual).toBe(true);
    expect(now?.daily).toBe(true);
  });

  it("does not read a steady level of one session as held daily", () => {
    const [, steady] = facts("my usual is a 2, it was a steady 5 the whole session").painScores;
    expect(steady?.steady).toBe(true);
    expect(steady?.daily).toBeUndefined();
  });
});

describe("easing told as reducing, and an old episode's length", () => {
  it("reads 'every day it is reducing' and 'today very less' as better", () => {
    expect(
      facts("5 days after session still little pain but every day it is reducing").trend?.value,
    ).toBe("better");
    expect(
      facts("6 days since physio, still some ache, it's decreasing day by day").trend?.value,
    ).toBe("better");
  });

  it("reads 'not reducing at all' as no easing", () => {
    expect(facts("5 days since the session and the pain is not reducing at all").trend?.value).toBe(
      "same",
    );
  });

  it("does not time the session by a past episode's weeks that cleared completely", () => {
    const text =
      "last month i had pins n needles in my calf for a couple weeks but it went away completely. now just sore after sessions";
    expect(facts(text).hoursSince).toBeUndefined();
    // (a soreness of weeks only partly gone is still timed)
    expect(
      facts("my back has been sore for 2 weeks now but it went away mostly today").hoursSince,
    ).toBeDefined();
  });
});
