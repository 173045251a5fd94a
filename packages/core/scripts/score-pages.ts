// Prints level-F1 and concept-F1 of `annotate` on the dev pages, with the missed and spurious mentions.
// Run: pnpm --filter @backsure/core score:pages [--quiet]
import { annotate } from "../src/annotate/annotate";
import { scoreMentions, sumScores } from "../src/annotate/score-mentions";
import type { MentionScore, ScoredSpan } from "../src/annotate/score-mentions";
import { loadDevPages } from "../test/pages/dev-pages";

const quiet = process.argv.includes("--quiet");
const pct = (x: number): string => x.toFixed(3);

const show = (text: string, span: ScoredSpan): string =>
  `    ${JSON.stringify(text.slice(span.start, span.end))} ${span.concept}/${span.level}${span.negated ? " (negated)" : ""} @${span.start}`;

const scores: MentionScore[] = [];
for (const page of loadDevPages()) {
  const predicted = annotate(page.text);
  const score = scoreMentions(predicted, page.gold);
  scores.push(score);
  const emergencyGold = page.gold.filter((g) => g.level === "emergency").length;
  const emergencyMissed = score.missed.filter((g) => g.level === "emergency").length;
  console.log(
    `${page.name}  level-F1 ${pct(score.level.f1)} (P ${pct(score.level.precision)} R ${pct(score.level.recall)})  concept-F1 ${pct(score.concept.f1)}  emergency ${emergencyGold - emergencyMissed}/${emergencyGold}`,
  );
  if (!quiet) {
    for (const m of score.missed) console.log(`  missed${show(page.text, m)}`);
    for (const m of score.spurious) console.log(`  spurious${show(page.text, m)}`);
  }
}
const total = sumScores(scores);
console.log(`overall  level-F1 ${pct(total.level.f1)}  concept-F1 ${pct(total.concept.f1)}`);
