import { describe, expect, it } from "vitest";
import { dayPartHourAt, partHoursBetween } from "./day-part";
import { readText } from "./read-text";
import { readTextFacts } from "./text-facts";

/** The hours since the session a message tells, or undefined. */
const hoursOf = (text: string): number | undefined =>
  readTextFacts(readText(text)).hoursSince?.hours;

describe("a part of the day told with a day", () => {
  it("reads the part after the day", () => {
    const reading = readText("manipulated Monday morning, tender Sunday at lunchtime");
    expect(dayPartHourAt(reading, 1)).toBe(9);
    expect(dayPartHourAt(reading, 5)).toBe(12);
    expect(dayPartHourAt(readText("Monday, morning came"), 0)).toBeUndefined();
  });

  it("adds the hours from one part to a later one, never fewer", () => {
    expect(partHoursBetween(9, 19)).toBe(10);
    expect(partHoursBetween(undefined, 21)).toBe(9);
    expect(partHoursBetween(19, 9)).toBe(0);
    expect(partHoursBetween(9, undefined)).toBe(0);
  });

  it("counts the hours between days with their parts", () => {
    expect(
      hoursOf("Had the lower back manipulated Monday morning, still tender Tuesday evening"),
    ).toBe(34);
    expect(hoursOf("after the mobs on Friday. still there Saturday night")).toBe(33);
    expect(hoursOf("had a manip yesterday morning, a bit tender this evening")).toBe(34);
  });

  it("keeps whole days where no later part is told, or the later part is earlier", () => {
    expect(hoursOf("manipulated Monday evening, still tender on Tuesday")).toBe(24);
    expect(hoursOf("manipulated Monday evening, still tender Tuesday morning")).toBe(24);
    expect(hoursOf("Physio on Monday, still sore on Friday")).toBe(96);
  });
});

describe("an ordinal day told as the day it is now", () => {
  it("reads it as the time since the session", () => {
    expect(hoursOf("It is the sixth day and I am still a little tender")).toBe(144);
    expect(hoursOf("6th day now, still a bit sore")).toBe(144);
    expect(hoursOf("the fourth day since physio")).toBe(96);
  });

  it("leaves a day of something else", () => {
    expect(hoursOf("It is the sixth day of my holiday")).toBeUndefined();
    expect(hoursOf("my second day back at work")).toBeUndefined();
    expect(hoursOf("the first day and a bit sore")).toBeUndefined();
  });
});
