import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("weakness worse from one day to the next", () => {
  it("reads foot drop or a weak leg told worse each day as worsening weakness", () => {
    for (const text of [
      "my foot is slapping the floor a bit more each day, today i tripped on the stairs",
      "my left foot was catching on monday, today it is falling down completely, every day more bad",
      "my leg keeps buckling under me. getting worse every day",
      "my right leg is weaker than yesterday on the stairs",
    ]) {
      expect(assess(text).level, text).toBe("emergency");
    }
  });

  it("keeps recovery told as more each day, and another pain's course, from making it worse", () => {
    for (const text of [
      "my foot drop is improving, i can lift my toes a bit more each day",
      "my right leg has been weak since monday, no change. the back pain is getting worse every day",
    ]) {
      expect(assess(text).level, text).toBe("see-doctor");
    }
  });

  it("leaves a relative's worsening weakness alone", () => {
    const text = "my mum's foot drop is getting worse every day, I'm just sore after physio";
    expect(assess(text).level, text).toBe("expected");
  });
});

describe("weakness told at numbered days", () => {
  it("reads a foot worse at each numbered day as worsening weakness", () => {
    const text =
      "day 1 my foot scuffed a little, day 2 it was catching, day 3 i can barely lift it";
    expect(assess(text).level, text).toBe("emergency");
  });

  it("keeps one told the same at two numbered days stable", () => {
    const text = "day 1 after the session my foot dragged a bit, day 3 it still drags the same";
    expect(assess(text).level, text).toBe("see-doctor");
  });
});
