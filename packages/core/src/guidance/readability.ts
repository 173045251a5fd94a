/**
 * Flesch-Kincaid grade level: 0.39 (words / sentences) + 11.8 (syllables / words) - 15.59. Syllables are
 * counted with the usual vowel-group heuristic (silent final "e", "-le" endings, at least one per word).
 */

const isVowel = (ch: string): boolean => "aeiouy".includes(ch);

/** Estimated syllables in one English word. */
export const countSyllables = (word: string): number => {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  let groups = 0;
  let previousVowel = false;
  for (const ch of w) {
    const vowel = isVowel(ch);
    if (vowel && !previousVowel) groups += 1;
    previousVowel = vowel;
  }
  if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && groups > 1) groups -= 1;
  if (w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded") && groups > 1) groups -= 1;
  return Math.max(1, groups);
};

export type Readability = { words: number; sentences: number; syllables: number; grade: number };

/** The Flesch-Kincaid grade of a text (digits count as one-syllable words). */
export const fleschKincaidGrade = (text: string): Readability => {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ""))
    .filter(Boolean);
  const sentences = Math.max(
    1,
    text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim().length > 0).length,
  );
  const syllables = words.reduce((n, word) => n + (/^\d/.test(word) ? 1 : countSyllables(word)), 0);
  const count = Math.max(1, words.length);
  const grade = 0.39 * (count / sentences) + 11.8 * (syllables / count) - 15.59;
  return { words: words.length, sentences, syllables, grade };
};
