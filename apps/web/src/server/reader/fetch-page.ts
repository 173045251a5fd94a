import "server-only";

import type { IncomingMessage } from "node:http";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";

import type { AddressPolicy } from "./check-address";
import { decodeBody } from "./decode-body";
import { parsePageUrl } from "./parse-page-url";
import { isReaderError, ReaderError } from "./reader-error";
import type { HostResolver, ResolvedAddress } from "./resolve-safe-address";
import { resolveSafeAddress, systemResolver } from "./resolve-safe-address";

export const READER_FETCH_LIMITS = {
  /** For the whole read, redirects included. */
  timeoutMs: 10_000,
  /** Of the body, counted while it streams in (after decompression). */
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
} as const;

export type PageKind = "html" | "text";

export type FetchedPage = {
  /** Where the page was finally read from, after redirects. */
  url: URL;
  kind: PageKind;
  body: string;
};

export type FetchPageOptions = {
  policy: AddressPolicy;
  resolve?: HostResolver;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const USER_AGENT = "BacksureReader/0.1 (reads one page a patient asked for; keeps no copy)";

/** Hands node's socket the address that was checked, so a second DNS answer can't swap it (rebinding). */
const pinnedLookup =
  (target: ResolvedAddress): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };

const kindOf = (contentType: string | undefined): PageKind | null => {
  const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType === "text/html" || mediaType === "application/xhtml+xml") return "html";
  if (mediaType === "text/plain") return "text";
  return null;
};

const requestOnce = (url: URL, target: ResolvedAddress, signal: AbortSignal) =>
  new Promise<IncomingMessage>((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request(
      url,
      {
        method: "GET",
        headers: {
          "user-agent": USER_AGENT,
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
          "accept-encoding": "gzip, deflate, br",
        },
        lookup: pinnedLookup(target),
        // A fresh connection per hop: a pooled socket could belong to an address checked for another host.
        agent: false,
        signal,
      },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });

const decompressed = (response: IncomingMessage): Readable => {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return response.pipe(zlib.createGunzip());
    case "deflate":
      return response.pipe(zlib.createInflate());
    case "br":
      return response.pipe(zlib.createBrotliDecompress());
    case "identity":
    case "":
      return response;
    default:
      throw new ReaderError("not-a-page", `content-encoding ${encoding}`);
  }
};

const readCapped = async (
  response: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> => {
  const stream = decompressed(response);
  const stop = () => {
    response.destroy(new Error("aborted"));
    if (stream !== response) stream.destroy(new Error("aborted"));
  };
  signal.addEventListener("abort", stop, { once: true });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) {
        stop();
        throw new ReaderError("too-large", `over ${maxBytes} bytes`);
      }
      chunks.push(buffer);
    }
  } finally {
    signal.removeEventListener("abort", stop);
  }
  return Buffer.concat(chunks, total);
};

/** Races a promise that can't take a signal (the DNS lookup) against the deadline. */
const beforeDeadline = <T>(promise: Promise<T>, signal: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(new ReaderError("timeout"));
      return;
    }
    const onAbort = () => reject(new ReaderError("timeout"));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });

const readFrom = async (
  start: URL,
  options: Required<Omit<FetchPageOptions, "resolve">> & { resolve: HostResolver },
  signal: AbortSignal,
): Promise<FetchedPage> => {
  let url = start;
  for (let hop = 0; ; hop += 1) {
    const target = await beforeDeadline(
      resolveSafeAddress(url.hostname, options.policy, options.resolve),
      signal,
    );
    const response = await requestOnce(url, target, signal);
    const status = response.statusCode ?? 0;
    if (REDIRECT_STATUSES.has(status)) {
      response.destroy();
      const location = response.headers.location;
      if (!location) throw new ReaderError("http-status", `${status} without a location`);
      if (hop >= options.maxRedirects) throw new ReaderError("too-many-redirects");
      // Every hop is checked again: scheme, credentials, then the address it resolves to.
      url = parsePageUrl(location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new ReaderError("http-status", String(status));
    }
    const contentType = response.headers["content-type"];
    const kind = kindOf(contentType);
    if (!kind) {
      response.destroy();
      throw new ReaderError("not-a-page", contentType ?? "no content type");
    }
    const declaredLength = Number(response.headers["content-length"] ?? "0");
    if (declaredLength > options.maxBytes) {
      response.destroy();
      throw new ReaderError("too-large", `declared ${declaredLength} bytes`);
    }
    const bytes = await readCapped(response, options.maxBytes, signal);
    return { url, kind, body: decodeBody(bytes, contentType, kind) };
  }
};

/**
 * Reads one page for the patient, refusing server-side request forgery: every hop's address is checked before
 * connecting and the connection goes to that checked address; redirects are followed by hand (at most 5); the
 * whole read has a deadline and the body a size cap; only HTML and plain text are accepted.
 */
export const fetchPage = async (url: URL, options: FetchPageOptions): Promise<FetchedPage> => {
  const settings = {
    policy: options.policy,
    resolve: options.resolve ?? systemResolver,
    timeoutMs: options.timeoutMs ?? READER_FETCH_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? READER_FETCH_LIMITS.maxBytes,
    maxRedirects: options.maxRedirects ?? READER_FETCH_LIMITS.maxRedirects,
  };
  const deadline = new AbortController();
  const timer = setTimeout(() => {
    deadline.abort();
  }, settings.timeoutMs);
  try {
    return await readFrom(url, settings, deadline.signal);
  } catch (error) {
    if (isReaderError(error)) throw error;
    if (deadline.signal.aborted) throw new ReaderError("timeout");
    throw new ReaderError("unreachable", String(error));
  } finally {
    clearTimeout(timer);
  }
};
