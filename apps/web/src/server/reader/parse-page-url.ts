import "server-only";

import { ReaderError } from "./reader-error";

const ALLOWED_PROTOCOLS = new Set(["http:", "https:"]);

/**
 * A link the reader may follow: http or https only, no user name or password, a host. The WHATWG URL parser
 * normalises every IPv4 spelling (2130706433, 0177.0.0.1, 0x7f.1, 127.1) to dotted decimal, so the address
 * checks that follow see one form. A bare "www." link gets https:// in front. The fragment is dropped.
 */
export const parsePageUrl = (raw: string, base?: URL): URL => {
  const trimmed = raw.trim();
  const withScheme = !base && /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed;
  let url: URL;
  try {
    url = base ? new URL(withScheme, base) : new URL(withScheme);
  } catch {
    throw new ReaderError("invalid-url", trimmed.slice(0, 200));
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol))
    throw new ReaderError("unsupported-scheme", url.protocol);
  if (url.username !== "" || url.password !== "") throw new ReaderError("credentials-in-url");
  if (url.hostname === "") throw new ReaderError("invalid-url", "no host");
  url.hash = "";
  return url;
};

/** Whether what the patient pasted is a link (one token that looks like a URL) rather than page text. */
export const looksLikeLink = (input: string): boolean => {
  const trimmed = input.trim();
  if (trimmed === "" || /\s/.test(trimmed) || trimmed.length > 4096) return false;
  return (
    trimmed.includes("://") ||
    /^www\./i.test(trimmed) ||
    /^(?:javascript|data|file|mailto|blob|about|ftp):/i.test(trimmed)
  );
};
