import "server-only";

const charsetIn = (text: string): string | undefined =>
  /charset\s*=\s*["']?([\w.:-]+)/i.exec(text)?.[1]?.toLowerCase();

const metaCharsetIn = (html: string): string | undefined =>
  /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(html)?.[1]?.toLowerCase();

const decoderFor = (label: string | undefined): TextDecoder => {
  try {
    return new TextDecoder(label ?? "utf-8");
  } catch {
    return new TextDecoder("utf-8");
  }
};

/**
 * Turns the body into text: the charset from the Content-Type header, else (for HTML) from a <meta> in the first
 * 2 KB, else UTF-8. A byte-order mark wins over both, as in browsers.
 */
export const decodeBody = (
  bytes: Buffer,
  contentType: string | undefined,
  kind: "html" | "text",
): string => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes);
  const declared =
    charsetIn(contentType ?? "") ??
    (kind === "html" ? metaCharsetIn(bytes.subarray(0, 2048).toString("latin1")) : undefined);
  return decoderFor(declared).decode(bytes);
};
