import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** Whether a message tells the day its time since the session is counted to as clear. */
const cleared = (text: string): boolean =>
  readTextFacts(readText(text)).clearedAtTiming !== undefined;

describe("a diary's last day told as clear", () => {
  it("reads the soreness as gone by that day", () => {
    for (const text of [
      "Session Sat. Sunday fine, Monday achy (3), Tuesday a bit less (2), Wednesday gone.",
      "Physio Thursday 4pm. Friday morning stiff (2/10), Friday night 3, Saturday 4, Sunday 2, Monday hardly anything.",
      "Session was Wednesday. Thursday 3/10, Friday 4/10, Saturday 2/10 and today, Sunday, I'm barely noticing it.",
      "Session was Friday. Saturday 2, Sunday 4, Monday 3, Tuesday nothing.",
      // (the clearing hedged, or the day told with a colon)
      "Session Fri 9am. Sat achy, Sun achier, Mon easing off, Tue basically gone. Just a dull ache throughout.",
      "Session Sat. Sunday fine, Monday achy (3), Tuesday a bit less (2), Wednesday: more or less gone.",
      // (joined by "and": "Today's Tuesday and it's barely there")
      "Session Friday. Sunday the worst (4/10), Monday down to 2. Today's Tuesday and it's barely there.",
    ]) {
      expect(cleared(text), text).toBe(true);
      expect(assess(text).level, text).toBe("expected");
    }
  });

  it("keeps a last day still sore, or clear only past day 4, as lasting", () => {
    for (const text of [
      "Session Sat. Sunday fine, Monday achy (3), Tuesday a bit less (2), Wednesday not gone yet but less.",
      "Session Sat. Monday achy (3), Tuesday a bit less (2), Wednesday still a bit sore but easing.",
      "Session Sat. Monday achy (3), Tuesday a bit less (2), Wednesday: basically the same, easing slowly.",
      "Session Sat. Monday achy (3), Tuesday a bit less (2), Wednesday and still a bit sore but easing.",
    ]) {
      expect(cleared(text), text).toBe(false);
      expect(assess(text).level, text).toBe("monitor");
    }
    // (something else gone, run on after the day: "now day 4 the swelling has gone down")
    const other =
      "The pain keeps going up every day since the session, now day 4 the swelling has gone down";
    expect(cleared(other), other).toBe(false);
    // (gone on day 6: it outlasted the 72 hours, easing)
    const late =
      "Session Monday. Tuesday sore (3), Wednesday 4, Thursday 3, Friday 2, Saturday 1, Sunday gone.";
    expect(assess(late).level, late).toBe("monitor");
  });
});
