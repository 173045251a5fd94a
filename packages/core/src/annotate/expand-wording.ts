/**
 * Expands a page-wording pattern into plain phrases. Unlike `expandPattern`, groups nest: `(a|b c)` picks one
 * alternative, `[x]` is optional, and `{name}` is replaced by each alternative of a macro. Whitespace is
 * normalised and hyphens become spaces (the page matcher ignores hyphens).
 */
const SPECIAL = "()[]{}|";

export const expandWording = (
  pattern: string,
  macros: Readonly<Record<string, readonly string[]>>,
): string[] => {
  let at = 0;

  const parseSequence = (stops: string): string[] => {
    let results = [""];
    while (at < pattern.length) {
      const ch = pattern.charAt(at);
      if (stops.includes(ch)) break;
      let options: string[];
      if (ch === "(" || ch === "[") {
        at += 1;
        options = parseAlternatives(ch === "(" ? ")" : "]");
        if (ch === "[") options.push("");
      } else if (ch === "{") {
        const close = pattern.indexOf("}", at);
        if (close < 0) throw new Error(`Unclosed macro in pattern: ${pattern}`);
        const name = pattern.slice(at + 1, close);
        const macro = macros[name];
        if (!macro) throw new Error(`Unknown macro {${name}} in pattern: ${pattern}`);
        options = [...macro];
        at = close + 1;
      } else {
        // A run of literal text is one option.
        let end = at + 1;
        while (end < pattern.length && !SPECIAL.includes(pattern.charAt(end))) end += 1;
        options = [pattern.slice(at, end)];
        at = end;
      }
      if (options.length === 1) {
        const only = options[0] ?? "";
        results = results.map((prefix) => prefix + only);
      } else {
        const next: string[] = [];
        for (const prefix of results) for (const option of options) next.push(prefix + option);
        results = next;
      }
    }
    return results;
  };

  const parseAlternatives = (close: string): string[] => {
    const all: string[] = [];
    for (;;) {
      all.push(...parseSequence(`|${close}`));
      const ch = pattern.charAt(at);
      at += 1;
      if (ch === close) return all;
      if (ch !== "|") throw new Error(`Unclosed group in pattern: ${pattern}`);
    }
  };

  const phrases = parseSequence(")]");
  if (at < pattern.length) throw new Error(`Unbalanced group in pattern: ${pattern}`);
  return [
    ...new Set(
      phrases
        .map((phrase) => phrase.replaceAll("-", " ").split(/\s+/).filter(Boolean).join(" "))
        .filter(Boolean),
    ),
  ];
};
