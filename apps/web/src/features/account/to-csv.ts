/** One CSV field: quoted when it holds a comma, quote or line break; formulas are defused for spreadsheets. */
const csvField = (value: string | number | boolean | null): string => {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** A CSV document (RFC 4180, CRLF line ends) from a header and rows. */
export const toCsv = (
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string => [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
