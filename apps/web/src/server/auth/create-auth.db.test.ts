import { APIError } from "better-auth";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authAccounts, authSessions, users } from "~/server/db/schema";
import type { TestDatabase } from "~/server/db/test/create-test-database";
import { createTestDatabase } from "~/server/db/test/create-test-database";

import { checkRateLimit, rateLimitKey } from "./check-rate-limit";
import type { Auth } from "./create-auth";
import { createAuth } from "./create-auth";

let database: TestDatabase;
let auth: Auth;

beforeAll(async () => {
  database = await createTestDatabase();
  auth = createAuth({ db: database.db, secret: "test-secret-test-secret-test-secret-0123" });
});

afterAll(async () => {
  await database.destroy();
});

/** The session cookie from a response's set-cookie header, as a browser would send it back. */
const cookieFrom = (headers: Headers): string =>
  headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

describe(`accounts (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("signs up with a hashed password and a session stored in the database", async () => {
    const { headers, response } = await auth.api.signUpEmail({
      body: { email: "pat@example.com", password: "a long password", name: "" },
      returnHeaders: true,
    });
    const [credential] = await database.db
      .select({ password: authAccounts.password })
      .from(authAccounts)
      .where(eq(authAccounts.userId, response.user.id));
    expect(credential?.password).toBeTruthy();
    expect(credential?.password).not.toContain("a long password");

    const stored = await database.db
      .select({ ip: authSessions.ipAddress })
      .from(authSessions)
      .where(eq(authSessions.userId, response.user.id));
    // No network address kept with the session.
    expect(stored).toHaveLength(1);
    expect(stored[0]?.ip ?? "").toBe("");

    const session = await auth.api.getSession({
      headers: new Headers({ cookie: cookieFrom(headers) }),
    });
    expect(session?.user.email).toBe("pat@example.com");
  });

  it("refuses a wrong password and a second account with the same e-mail", async () => {
    await expect(
      auth.api.signInEmail({ body: { email: "pat@example.com", password: "not the password" } }),
    ).rejects.toBeInstanceOf(APIError);
    await expect(
      auth.api.signUpEmail({
        body: { email: "pat@example.com", password: "another long one", name: "" },
      }),
    ).rejects.toBeInstanceOf(APIError);
  });

  it("changes the password: the old one stops working, the new one works", async () => {
    const { headers } = await auth.api.signInEmail({
      body: { email: "pat@example.com", password: "a long password" },
      returnHeaders: true,
    });
    await auth.api.changePassword({
      body: { currentPassword: "a long password", newPassword: "a new long password" },
      headers: new Headers({ cookie: cookieFrom(headers) }),
    });
    await expect(
      auth.api.signInEmail({ body: { email: "pat@example.com", password: "a long password" } }),
    ).rejects.toBeInstanceOf(APIError);
    const signedIn = await auth.api.signInEmail({
      body: { email: "pat@example.com", password: "a new long password" },
    });
    expect(signedIn.user.email).toBe("pat@example.com");
  });

  it("ends the session on sign-out", async () => {
    const { headers } = await auth.api.signInEmail({
      body: { email: "pat@example.com", password: "a new long password" },
      returnHeaders: true,
    });
    const cookie = new Headers({ cookie: cookieFrom(headers) });
    expect(await auth.api.getSession({ headers: cookie })).not.toBeNull();
    await auth.api.signOut({ headers: cookie });
    expect(await auth.api.getSession({ headers: cookie })).toBeNull();
    const [user] = await database.db.select({ id: users.id }).from(users);
    expect(user).toBeDefined();
  });
});

describe("checkRateLimit", () => {
  it("allows up to the limit in a window, then refuses with a wait, per key", async () => {
    const rule = { limit: 3, windowSeconds: 60 };
    const key = rateLimitKey("sign-in", "email", "Pat@Example.com");
    expect(key).not.toContain("pat");
    const results = [];
    for (let attempt = 0; attempt < 5; attempt++)
      results.push(await checkRateLimit(database.db, key, rule));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false, false]);
    const refused = results[4];
    expect(refused?.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused?.allowed === false && refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(
      await checkRateLimit(database.db, rateLimitKey("sign-in", "email", "x@y.z"), rule),
    ).toEqual({ allowed: true });
  });

  it("counts concurrent attempts exactly (one atomic statement)", async () => {
    const rule = { limit: 5, windowSeconds: 60 };
    const key = rateLimitKey("sign-up", "address", "10.0.0.1");
    const results = await Promise.all(
      Array.from({ length: 8 }, () => checkRateLimit(database.db, key, rule)),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
  });

  it("starts a new window once the old one is over", async () => {
    const rule = { limit: 1, windowSeconds: 1 };
    const key = rateLimitKey("sign-in", "address", "10.0.0.2");
    expect((await checkRateLimit(database.db, key, rule)).allowed).toBe(true);
    expect((await checkRateLimit(database.db, key, rule)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await checkRateLimit(database.db, key, rule)).allowed).toBe(true);
  });
});
