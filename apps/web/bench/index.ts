// `pnpm bench` for the portal: the production build's check-in page weight and a bounded load run of the
// check-in submission against PostgreSQL, compared with a static page in the same run.
//
//   1. next build (unless .next/ already holds a build; turbo's `bench` depends on `build`)
//   2. a fresh database with a random name on PostgreSQL (BENCH_DATABASE_URL, default 127.0.0.1:5432), dropped
//      at the end
//   3. next start on a free loopback port, with DATABASE_URL pointing at that database
//   4. first-load JavaScript of /check-in (every script the page loads, gzipped)
//   5. autocannon: GET / (a static page, the baseline), then POST /check-in (the no-JavaScript form submission
//      of a whole check-in, each with its own idempotency key), 50 connections, BENCH_SECONDS each (default 10)
//   6. every check-in the server acknowledged (a 303 to its result) is looked up in the database
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";

import autocannon from "autocannon";
import pg from "pg";

import { benchReader } from "./reader.bench";

const WEB_DIR = path.resolve(import.meta.dirname, "..");
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SECONDS = Number(process.env.BENCH_SECONDS ?? "10");
const CONNECTIONS = 50;
const FIRST_LOAD_TARGET_KB = 150;

const RED_FLAGS = [
  "bladderOrBowelChange",
  "saddleNumbness",
  "sexualChange",
  "bothLegs",
  "worseningWeakness",
  "fever",
  "chestPainOrBreathless",
  "tearingPainOrPulsingTummy",
  "calfSwellingAfterSurgery",
];

const ROUTINE_FIELDS: readonly (readonly [string, string])[] = [
  ...RED_FLAGS.map((field) => [`redFlags.${field}`, "no"] as const),
  ["hoursSinceSession", "24"],
  ["painNow", "3"],
  ["painDuringExercise", "4"],
  ["backToBaselineByMorning", "unknown"],
  ["character", "ache"],
  ["location", "back-only"],
  ["legReach", "none"],
  ["numbness", "none"],
  ["weakness", "none"],
  ["trend", "better"],
  ["notes", "Sore and stiff since the session yesterday, no numbness, getting easier."],
];

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

const adminQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

const decodeEntities = (text: string) =>
  text
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

/** The hidden fields of the check-in form as served (Next's action fields, step, idempotency key). */
const hiddenFields = (html: string): [string, string][] => {
  const form = /<form[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
  const fields: [string, string][] = [];
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name !== undefined) fields.push([decodeEntities(name), decodeEntities(value)]);
  }
  return fields;
};

const multipart = (fields: readonly (readonly [string, string])[], boundary: string) =>
  fields
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join("") + `--${boundary}--\r\n`;

const firstLoadJs = async (baseUrl: string, route: string) => {
  const html = await (await fetch(`${baseUrl}${route}`)).text();
  // Modern browsers skip `nomodule` scripts (the legacy polyfills): they are not part of the first load.
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)]
    .filter((match) => !/\snomodule/i.test(match[0]))
    .map((match) => decodeEntities(match[1] ?? ""));
  const unique = [...new Set(sources)];
  let raw = 0;
  let gzipped = 0;
  for (const source of unique) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  // Inline scripts (the RSC payload) are part of the HTML; report the external JavaScript the page loads.
  return { files: unique.length, raw, gzipped };
};

type Run = { name: string; result: autocannon.Result };

const main = async () => {
  // NEXT_DIST_DIR (see next.config.ts) picks another build folder; `next start` below inherits it.
  if (!existsSync(path.join(WEB_DIR, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
    console.log("Building the portal (next build)…");
    const build = spawnSync("pnpm", ["exec", "next", "build"], { cwd: WEB_DIR, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const databaseName = `backsure_bench_${randomBytes(6).toString("hex")}`;
  const databaseUrl = withDatabase(ADMIN_URL, databaseName);
  await adminQuery(`CREATE DATABASE "${databaseName}"`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn("pnpm", ["exec", "next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: WEB_DIR,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stopServer = () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  };

  try {
    for (let attempt = 0; ; attempt++) {
      try {
        if ((await fetch(`${baseUrl}/`)).ok) break;
      } catch {
        // not listening yet
      }
      if (attempt > 100) throw new Error("next start did not come up");
      await sleep(200);
    }

    const weight = await firstLoadJs(baseUrl, "/check-in");
    const formHtml = await (await fetch(`${baseUrl}/check-in`)).text();
    const actionFields = hiddenFields(formHtml).filter(
      ([name]) => name !== "step" && name !== "idempotencyKey",
    );
    if (!actionFields.some(([name]) => name.startsWith("$ACTION"))) {
      throw new Error("No server action fields found in the check-in form");
    }
    const boundary = `----backsure${randomBytes(8).toString("hex")}`;
    const bodyFor = (idempotencyKey: string) =>
      multipart(
        [
          ...actionFields,
          ["step", "details"],
          ["idempotencyKey", idempotencyKey],
          ...ROUTINE_FIELDS,
        ],
        boundary,
      );
    const newKey = () => randomBytes(16).toString("base64url");

    // One submission first: it opens the pool and applies the migrations, and proves the request is right.
    const probe = await fetch(`${baseUrl}/check-in`, {
      method: "POST",
      body: bodyFor(newKey()),
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: baseUrl },
      redirect: "manual",
    });
    const probeLocation = probe.headers.get("location") ?? "";
    if (probe.status !== 303 || !probeLocation.includes("/result/")) {
      throw new Error(
        `The probe submission was not acknowledged (${probe.status} ${probeLocation})`,
      );
    }

    const acknowledged = new Set<string>([probeLocation.split("/result/")[1] ?? ""]);
    const runs: Run[] = [];
    runs.push({
      name: "GET / (static page, baseline)",
      result: await autocannon({
        url: `${baseUrl}/`,
        connections: CONNECTIONS,
        duration: SECONDS,
      }),
    });
    runs.push({
      name: "POST /check-in (whole check-in)",
      result: await autocannon({
        url: `${baseUrl}/check-in`,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [
          {
            method: "POST",
            headers: {
              "content-type": `multipart/form-data; boundary=${boundary}`,
              origin: baseUrl,
            },
            setupRequest: (request) => ({ ...request, body: bodyFor(newKey()) }),
            onResponse: (status, _body, _context, headers) => {
              // Raw headers keep the server's spelling ("Location").
              const key = Object.keys(headers ?? {}).find(
                (name) => name.toLowerCase() === "location",
              );
              const location: unknown = key === undefined ? undefined : headers?.[key];
              if (status === 303 && typeof location === "string" && location.includes("/result/")) {
                acknowledged.add(location.split("/result/")[1] ?? "");
              }
            },
          },
        ],
      }),
    });

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    let found = 0;
    let stored = 0;
    try {
      const ids = [...acknowledged];
      const byId = await client.query<{ n: string }>(
        "select count(*) as n from check_ins c join assessments a on a.check_in_id = c.id where c.id = any($1)",
        [ids],
      );
      found = Number(byId.rows[0]?.n ?? 0);
      const all = await client.query<{ n: string }>("select count(*) as n from check_ins");
      stored = Number(all.rows[0]?.n ?? 0);
    } finally {
      await client.end();
    }

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `\nBacksure portal bench — ${new Date().toISOString()}, ${CONNECTIONS} connections, ${SECONDS} s per run, loopback\n`,
    );
    console.log("| run | req/s (mean) | p50 ms | p99 ms | 2xx/3xx | errors+non-2xx/3xx |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const { name, result } of runs) {
      const ok = result["2xx"] + result["3xx"];
      const bad = result.errors + result.timeouts + result["4xx"] + result["5xx"];
      console.log(
        `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${ok} | ${bad} |`,
      );
    }
    console.log("\n| check | value |");
    console.log("|---|---:|");
    console.log(
      `| /check-in first-load JS (${weight.files} files, gzipped) | ${kb(weight.gzipped)} (target < ${FIRST_LOAD_TARGET_KB} KB) |`,
    );
    console.log(`| /check-in first-load JS (raw) | ${kb(weight.raw)} |`);
    console.log(`| check-ins acknowledged (303 to a result) | ${acknowledged.size} |`);
    console.log(`| of those, found in the database with their result | ${found} |`);
    console.log(`| check-ins in the database | ${stored} |`);
    const failures: string[] = [];
    if (found !== acknowledged.size)
      failures.push("an acknowledged check-in is missing from the database");
    if (weight.gzipped > FIRST_LOAD_TARGET_KB * 1024)
      failures.push("first-load JavaScript over target");
    if (failures.length > 0) {
      console.error(`\nFAILED: ${failures.join("; ")}`);
      process.exitCode = 1;
    }
  } finally {
    stopServer();
    await sleep(500);
    await adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    console.log(`\n(dropped the bench database ${databaseName})`);
  }
};

await main();

// The reader (reader.bench.ts): a 200 KB article, from submit to highlights painted, against a baseline.
await benchReader();
