import "server-only";

const charsetIn = (text: string): string | undefined =>
  /charset\s*=\s*["']?([\w.:-]+)/i.exec(text)?.[1]?.toLowerCase();

const metaCharsetIn = (html: string): string | undefined =>
  /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(html)?.[1]?.toLowerCase();

/** windows-1252's 0x80-0x9F (curly quotes, dashes); Node decodes this label as plain Latin-1, so map them here. */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

const decodeWindows1252 = (bytes: Buffer): string => {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += Array.from(chunk, (byte) =>
      byte >= 0x80 && byte <= 0x9f
        ? WINDOWS_1252_HIGH.charAt(byte - 0x80)
        : String.fromCharCode(byte),
    ).join("");
  }
  return text;
};

const decode = (bytes: Buffer, label: string | undefined): string => {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label ?? "utf-8");
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.encoding === "windows-1252" ? decodeWindows1252(bytes) : decoder.decode(bytes);
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
  return decode(bytes, declared);
};
