import { describe, expect, it } from "vitest";
import { readText } from "./read-text";
import { findInflammatoryPattern } from "./inflammatory-pattern";

const found = (text: string): boolean => findInflammatoryPattern(readText(text)) !== undefined;

describe("the inflammatory pattern of morning stiffness", () => {
  it("is read from long stiffness every morning over months, or with the pattern's other marks", () => {
    for (const text of [
      "I'm 28 and my back has been stiff for over an hour every single morning for about 6 months.",
      "My back is stiff for about an hour every morning, loosens once I'm moving. Been like that for 3 years.",
      "Stiff until lunchtime most mornings. It gets better with exercise and worse if I sit still.",
      "stiff for a couple of hours each morning and I wake at 4am with it",
      "My lower back is stiff for 45 minutes every morning, has been for months now",
    ])
      expect(found(text), text).toBe(true);
  });

  it("leaves the morning after a session, short stiffness, no other mark, someone else's and a denial alone", () => {
    for (const text of [
      "Stiff for an hour this morning after yesterday's session, fine now",
      "stiff for 10 minutes every morning for years, then fine",
      "stiff for an hour every morning this week since the new exercises",
      "I'm 28 years old and stiff for an hour every morning since Monday's session",
      "my husband is stiff for 2 hours every morning for months, he's going to the GP",
      "not stiff every morning for hours like I was years ago, just a bit sore after PT",
    ])
      expect(found(text), text).toBe(false);
  });
});
