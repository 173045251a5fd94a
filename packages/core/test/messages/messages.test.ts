import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rankLevel } from "../../src/model/triage-level";
import { TriageLevelSchema } from "../../src/model/triage-level-schema";
import { assess } from "../../src/triage/assess";
import { TRIAGE_RULES } from "../../src/triage/triage-rules";

const MessageSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  level: TriageLevelSchema,
  acceptable: z.array(TriageLevelSchema).min(1),
  why: z.string().min(5),
  tags: z.array(z.string()),
});

const here = path.dirname(fileURLToPath(import.meta.url));
const messages = z
  .array(MessageSchema)
  .parse(JSON.parse(readFileSync(path.join(here, "messages.json"), "utf8")));

const results = messages.map((message) => ({ message, result: assess(message.text) }));

describe("own message set (test/messages/messages.json)", () => {
  it("has at least 150 messages with unique ids, each acceptable list holding its level", () => {
    expect(messages.length).toBeGreaterThanOrEqual(150);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    for (const m of messages) expect(m.acceptable).toContain(m.level);
  });

  it.each(results.map(({ message, result }) => [message.id, message, result] as const))(
    "%s gets an acceptable level",
    (_id, message, result) => {
      const fired = result.firedRules.map((rule) => `${rule.id} (${rule.level})`).join(", ");
      expect(
        message.acceptable,
        `"${message.text}"\n  expected ${message.acceptable.join(" or ")} (${message.why})\n  got ${result.level}; fired: ${fired || "none"}`,
      ).toContain(result.level);
    },
  );

  it("never under-triages and catches every emergency", () => {
    const under = results.filter(
      ({ message, result }) => rankLevel(result.level) < rankLevel(message.level),
    );
    expect(under.map(({ message }) => message.id)).toEqual([]);
    const missed = results.filter(
      ({ message, result }) => message.level === "emergency" && result.level !== "emergency",
    );
    expect(missed.map(({ message }) => message.id)).toEqual([]);
  });

  it("exercises every triage rule at least once", () => {
    const fired = new Set(
      results.flatMap(({ result }) => result.firedRules.map((rule) => rule.id)),
    );
    expect(TRIAGE_RULES.map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});
