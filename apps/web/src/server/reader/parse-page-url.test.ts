import { describe, expect, it } from "vitest";

import { looksLikeLink, parsePageUrl } from "./parse-page-url";
import { ReaderError } from "./reader-error";

const codeOf = (action: () => unknown): string | undefined => {
  try {
    action();
  } catch (error) {
    return error instanceof ReaderError ? error.code : "other";
  }
  return undefined;
};

describe("parsePageUrl", () => {
  it("accepts http and https links and drops the fragment", () => {
    expect(parsePageUrl("https://www.nhs.uk/conditions/back-pain/#symptoms").href).toBe(
      "https://www.nhs.uk/conditions/back-pain/",
    );
    expect(parsePageUrl("  http://example.org/a?b=1 ").href).toBe("http://example.org/a?b=1");
  });

  it("adds https to a bare www. link", () => {
    expect(parsePageUrl("www.example.org/back").href).toBe("https://www.example.org/back");
  });

  it.each([
    "ftp://example.org/a",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "data:text/html,hi",
    "gopher://x",
  ])("refuses the scheme of %s", (raw) => {
    expect(codeOf(() => parsePageUrl(raw))).toBe("unsupported-scheme");
  });

  it.each([
    "https://user:secret@example.org/",
    "https://user@example.org/",
    "http://:pw@example.org/",
  ])("refuses credentials in %s", (raw) => {
    expect(codeOf(() => parsePageUrl(raw))).toBe("credentials-in-url");
  });

  it.each(["not a link", "http://", "https://exa mple.org"])("refuses %s as no link", (raw) => {
    expect(codeOf(() => parsePageUrl(raw))).toBe("invalid-url");
  });

  it.each([
    ["http://2130706433/", "127.0.0.1"],
    ["http://0177.0.0.1/", "127.0.0.1"],
    ["http://0x7f.1/", "127.0.0.1"],
    ["http://127.1/", "127.0.0.1"],
    ["http://0/", "0.0.0.0"],
    ["http://[::ffff:127.0.0.1]/", "[::ffff:7f00:1]"],
  ])("normalises the address in %s to %s, so one check sees every spelling", (raw, hostname) => {
    expect(parsePageUrl(raw).hostname).toBe(hostname);
  });

  it("resolves a relative redirect against the page it came from, and re-checks it", () => {
    const base = new URL("https://example.org/a/b");
    expect(parsePageUrl("../c", base).href).toBe("https://example.org/c");
    expect(codeOf(() => parsePageUrl("ftp://example.org/", base))).toBe("unsupported-scheme");
    expect(codeOf(() => parsePageUrl("//u:p@example.org/", base))).toBe("credentials-in-url");
  });
});

describe("looksLikeLink", () => {
  it("treats one URL-like token as a link and anything else as page text", () => {
    expect(looksLikeLink("https://example.org/a")).toBe(true);
    expect(looksLikeLink("  www.example.org ")).toBe(true);
    expect(looksLikeLink("file:///etc/passwd")).toBe(true);
    expect(looksLikeLink("Back pain after physio: is it normal?")).toBe(false);
    expect(looksLikeLink("Soreness")).toBe(false);
    expect(looksLikeLink("")).toBe(false);
  });
});
