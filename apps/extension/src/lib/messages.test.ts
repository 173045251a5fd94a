import { describe, expect, it } from "vitest";

import { BackgroundRequestSchema, ContentRequestSchema } from "./messages";

describe("message contract", () => {
  it("accepts the requests it defines", () => {
    expect(ContentRequestSchema.safeParse({ type: "get-page-report" }).success).toBe(true);
    expect(
      ContentRequestSchema.safeParse({ type: "reveal-mention", concept: "bladder-bowel" }).success,
    ).toBe(true);
    expect(
      BackgroundRequestSchema.safeParse({
        type: "page-status",
        warningSigns: 3,
        level: "emergency",
      }).success,
    ).toBe(true);
  });

  it("rejects anything else", () => {
    expect(
      ContentRequestSchema.safeParse({ type: "reveal-mention", concept: "made-up" }).success,
    ).toBe(false);
    expect(ContentRequestSchema.safeParse({ type: "get-page-report", extra: 1 }).success).toBe(
      false,
    );
    expect(
      BackgroundRequestSchema.safeParse({ type: "page-status", warningSigns: -1, level: null })
        .success,
    ).toBe(false);
    expect(BackgroundRequestSchema.safeParse("open-check").success).toBe(false);
  });
});
