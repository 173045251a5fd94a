import type { AddressInfo } from "node:net";
import http from "node:http";
import zlib from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fetchPage, READER_FETCH_LIMITS } from "./fetch-page";
import { parsePageUrl } from "./parse-page-url";
import { ReaderError } from "./reader-error";
import type { HostResolver } from "./resolve-safe-address";

const testing = { allowLoopback: true };
const strict = { allowLoopback: false };

const PAGE =
  "<!doctype html><html><head><title>Back pain</title></head><body><p>Soreness is common.</p></body></html>";

let server: http.Server;
let origin: string;
let hits = 0;

/** A small site on 127.0.0.1 with one route per way a page can go wrong. */
const handle = (request: http.IncomingMessage, response: http.ServerResponse) => {
  hits += 1;
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const path = url.pathname;
  if (path === "/page") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
  } else if (path === "/plain") {
    response.writeHead(200, { "content-type": "text/plain" }).end("Stiffness after exercise.");
  } else if (path === "/xhtml") {
    response.writeHead(200, { "content-type": "application/xhtml+xml" }).end(PAGE);
  } else if (path === "/image") {
    response.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([137, 80, 78, 71]));
  } else if (path === "/pdf") {
    response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7");
  } else if (path === "/no-type") {
    response.writeHead(200).end(PAGE);
  } else if (path === "/declared-large") {
    const body = "x".repeat(5000);
    response
      .writeHead(200, { "content-type": "text/html", "content-length": body.length })
      .end(body);
  } else if (path === "/endless") {
    response.writeHead(200, { "content-type": "text/html" });
    const chunk = "<p>" + "soreness ".repeat(1800) + "</p>";
    const timer = setInterval(() => response.write(chunk), 1);
    response.on("close", () => clearInterval(timer));
  } else if (path === "/silent") {
    // Never answers: the deadline has to end it.
  } else if (path === "/stalls") {
    response.writeHead(200, { "content-type": "text/html" });
    response.write("<p>Half a page");
  } else if (path.startsWith("/hops/")) {
    const left = Number(path.slice("/hops/".length));
    const location = left > 0 ? `/hops/${left - 1}` : "/page";
    response.writeHead(302, { location }).end();
  } else if (path === "/to") {
    response.writeHead(Number(url.searchParams.get("status") ?? "302"), {
      location: url.searchParams.get("location") ?? "/page",
    });
    response.end();
  } else if (path === "/gzip") {
    response
      .writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" })
      .end(zlib.gzipSync(PAGE));
  } else if (path === "/latin1") {
    response
      .writeHead(200, { "content-type": "text/plain; charset=windows-1252" })
      .end(Buffer.from("Caf\xe9 \x96 sore", "latin1"));
  } else if (path === "/meta-charset") {
    response
      .writeHead(200, { "content-type": "text/html" })
      .end(Buffer.from('<meta charset="iso-8859-1"><p>na\xefve</p>', "latin1"));
  } else if (path === "/host") {
    response.writeHead(200, { "content-type": "text/plain" }).end(request.headers.host ?? "");
  } else {
    response.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
  }
};

beforeAll(async () => {
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const at = (path: string) => parsePageUrl(`${origin}${path}`);

const failureOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    return error instanceof ReaderError ? error.code : `other: ${String(error)}`;
  }
  return "no failure";
};

describe("fetchPage", () => {
  it("reads an HTML page and a plain-text page", async () => {
    await expect(fetchPage(at("/page"), { policy: testing })).resolves.toMatchObject({
      kind: "html",
      body: PAGE,
    });
    await expect(fetchPage(at("/xhtml"), { policy: testing })).resolves.toMatchObject({
      kind: "html",
    });
    await expect(fetchPage(at("/plain"), { policy: testing })).resolves.toMatchObject({
      kind: "text",
      body: "Stiffness after exercise.",
    });
  });

  it("refuses 127.0.0.1 without the test setting, before connecting", async () => {
    const before = hits;
    expect(await failureOf(fetchPage(at("/page"), { policy: strict }))).toBe("refused-address");
    const port = new URL(origin).port;
    for (const spelling of [
      `2130706433`,
      `0177.0.0.1`,
      `0x7f.0.0.1`,
      `127.1`,
      `[::ffff:127.0.0.1]`,
      `[::1]`,
    ]) {
      const url = parsePageUrl(`http://${spelling}:${port}/page`);
      expect(await failureOf(fetchPage(url, { policy: strict }))).toBe("refused-address");
    }
    expect(hits).toBe(before);
  });

  it("accepts only HTML and plain text", async () => {
    expect(await failureOf(fetchPage(at("/image"), { policy: testing }))).toBe("not-a-page");
    expect(await failureOf(fetchPage(at("/pdf"), { policy: testing }))).toBe("not-a-page");
    expect(await failureOf(fetchPage(at("/no-type"), { policy: testing }))).toBe("not-a-page");
  });

  it("says so when the site answers with an error", async () => {
    expect(await failureOf(fetchPage(at("/missing"), { policy: testing }))).toBe("http-status");
  });

  it("refuses a body whose declared length is over the cap", async () => {
    expect(
      await failureOf(fetchPage(at("/declared-large"), { policy: testing, maxBytes: 1000 })),
    ).toBe("too-large");
  });

  it("enforces the 5 MB cap while streaming, on a body that never ends", async () => {
    expect(READER_FETCH_LIMITS.maxBytes).toBe(5 * 1024 * 1024);
    const started = Date.now();
    expect(await failureOf(fetchPage(at("/endless"), { policy: testing }))).toBe("too-large");
    expect(Date.now() - started).toBeLessThan(READER_FETCH_LIMITS.timeoutMs);
  });

  it("gives up when the site never answers, or stalls mid-page", async () => {
    expect(READER_FETCH_LIMITS.timeoutMs).toBe(10_000);
    const started = Date.now();
    expect(await failureOf(fetchPage(at("/silent"), { policy: testing, timeoutMs: 300 }))).toBe(
      "timeout",
    );
    expect(await failureOf(fetchPage(at("/stalls"), { policy: testing, timeoutMs: 300 }))).toBe(
      "timeout",
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("follows up to 5 redirects, and refuses a sixth", async () => {
    await expect(fetchPage(at("/hops/4"), { policy: testing })).resolves.toMatchObject({
      kind: "html",
      url: at("/page"),
    });
    expect(await failureOf(fetchPage(at("/hops/5"), { policy: testing }))).toBe(
      "too-many-redirects",
    );
  });

  it.each([
    ["http://169.254.169.254/latest/meta-data/", "refused-address"],
    ["http://10.0.0.1/", "refused-address"],
    ["http://192.168.0.1:8080/admin", "refused-address"],
    ["http://[::1]/", "refused-address"],
    ["http://[::ffff:10.0.0.1]/", "refused-address"],
    ["http://0177.0.0.2/", "refused-address"],
    ["http://2886729729/", "refused-address"],
    ["http://user:pw@example.org/", "credentials-in-url"],
    ["ftp://example.org/file", "unsupported-scheme"],
    ["file:///etc/passwd", "unsupported-scheme"],
  ])("re-checks every redirect hop: a redirect to %s is refused", async (location, code) => {
    const url = at(`/to?location=${encodeURIComponent(location)}`);
    expect(await failureOf(fetchPage(url, { policy: testing }))).toBe(code);
  });

  it("refuses a redirect to a name that resolves to a private address", async () => {
    const resolve: HostResolver = (hostname) =>
      Promise.resolve(hostname === "internal.example" ? [{ address: "10.1.2.3", family: 4 }] : []);
    const url = at(`/to?status=307&location=${encodeURIComponent("http://internal.example/")}`);
    expect(await failureOf(fetchPage(url, { policy: testing, resolve }))).toBe("refused-address");
  });

  it("connects to the address it checked, asking DNS once per hop (no rebinding)", async () => {
    const asked: string[] = [];
    const resolve: HostResolver = (hostname) => {
      asked.push(hostname);
      // A rebinding resolver: safe the first time, private afterwards.
      const address = asked.length === 1 ? "127.0.0.1" : "10.0.0.1";
      return Promise.resolve([{ address, family: 4 }]);
    };
    const port = new URL(origin).port;
    const page = await fetchPage(parsePageUrl(`http://reader.test:${port}/host`), {
      policy: testing,
      resolve,
    });
    expect(page.body).toBe(`reader.test:${port}`);
    expect(asked).toEqual(["reader.test"]);
  });

  it("unpacks a gzip body and honours the declared character set", async () => {
    await expect(fetchPage(at("/gzip"), { policy: testing })).resolves.toMatchObject({
      body: PAGE,
    });
    await expect(fetchPage(at("/latin1"), { policy: testing })).resolves.toMatchObject({
      body: "Café – sore",
    });
    const meta = await fetchPage(at("/meta-charset"), { policy: testing });
    expect(meta.body).toContain("naïve");
  });

  it("says unreachable when nothing listens", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(
      await failureOf(fetchPage(parsePageUrl(`http://127.0.0.1:${port}/`), { policy: testing })),
    ).toBe("unreachable");
  });
});
