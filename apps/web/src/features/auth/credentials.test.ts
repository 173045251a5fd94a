import { describe, expect, it } from "vitest";

import { parseCredentials } from "./credentials";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("parseCredentials", () => {
  it("accepts an e-mail and a long enough password, tidying the e-mail", () => {
    expect(
      parseCredentials(form({ email: "  Pat@Example.COM ", password: "long enough pw" })),
    ).toEqual({ ok: true, value: { email: "pat@example.com", password: "long enough pw" } });
  });

  it("refuses a bad e-mail or a short password with a plain message", () => {
    expect(parseCredentials(form({ email: "pat", password: "long enough pw" }))).toEqual({
      ok: false,
      error: "Enter an e-mail address, like name@example.com.",
    });
    expect(parseCredentials(form({ email: "pat@example.com", password: "short" }))).toEqual({
      ok: false,
      error: "Use a password of at least 10 characters.",
    });
    expect(parseCredentials(form({}))).toMatchObject({ ok: false });
  });
});
