import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

describe("the buttock as a muscle or where leg pain starts", () => {
  it("reads a needled buttock muscle and pain from the buttock down the leg as no saddle sign", () => {
    expect(
      assess("dry needle in my bum muscle yesterday n my leg did a little zap n tingle for 5 min")
        .level,
    ).toBe("monitor");
    expect(assess("it shoots, like electric, from the bum to the calf").level).toBe(
      "contact-therapist",
    );
  });

  it("keeps numbness or tingling of the buttock a saddle sign", () => {
    for (const text of [
      "my bum went numb",
      "numb from my bum down to my knee",
      "tingling from my bum to my calf",
      "tingling in my bum muscle and my privates",
    ]) {
      expect(assess(text).level, text).toBe("emergency");
    }
  });
});
