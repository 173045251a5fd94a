import { describe, expect, it } from "vitest";

import * as v from "valibot";

import { BackgroundRequestSchema, ContentRequestSchema, MAX_TEXT_CHARS } from "./messages";

describe("message contract", () => {
  it("accepts the requests it defines", () => {
    expect(v.safeParse(ContentRequestSchema, { type: "get-page-report" }).success).toBe(true);
    expect(
      v.safeParse(ContentRequestSchema, { type: "reveal-mention", concept: "bladder-bowel" })
        .success,
    ).toBe(true);
    expect(
      v.safeParse(BackgroundRequestSchema, {
        type: "page-status",
        warningSigns: 3,
        level: "emergency",
      }).success,
    ).toBe(true);
    expect(v.safeParse(BackgroundRequestSchema, { type: "read-text", text: "sore" }).success).toBe(
      true,
    );
    expect(v.safeParse(BackgroundRequestSchema, { type: "read-topic", text: "" }).success).toBe(
      true,
    );
  });

  it("rejects anything else", () => {
    expect(
      v.safeParse(ContentRequestSchema, { type: "reveal-mention", concept: "made-up" }).success,
    ).toBe(false);
    expect(v.safeParse(ContentRequestSchema, { type: "get-page-report", extra: 1 }).success).toBe(
      false,
    );
    expect(
      v.safeParse(BackgroundRequestSchema, { type: "page-status", warningSigns: -1, level: null })
        .success,
    ).toBe(false);
    expect(v.safeParse(BackgroundRequestSchema, "open-check").success).toBe(false);
    expect(
      v.safeParse(BackgroundRequestSchema, {
        type: "read-text",
        text: "x".repeat(MAX_TEXT_CHARS + 1),
      }).success,
    ).toBe(false);
  });
});
