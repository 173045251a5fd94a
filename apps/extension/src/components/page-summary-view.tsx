import { TRIAGE_LEVELS } from "@backsure/core";
import type { ConceptId, PageWarningSign } from "@backsure/core";

import type { PageReport } from "~lib/messages";
import type { Palette } from "~lib/settings/settings-schema";

import { LevelTag } from "./level-tag";

type PageSummaryViewProps = {
  report: PageReport;
  palette: Palette;
  onReveal: (concept: ConceptId) => void;
};

const MODE_TEXT: Record<PageReport["mode"], string> = {
  scanning: "Reading this page…",
  on: "Symptoms on this page are highlighted.",
  quiet: "This page does not seem to be about back pain, so nothing is highlighted.",
  off: "You turned Backsure off for this site.",
  paused: "Backsure is paused.",
};

/** The page at a glance: the warning signs it lists, grouped by level, each a jump to its place in the page. */
export const PageSummaryView = ({ report, palette, onReveal }: PageSummaryViewProps) => {
  const signs = report.summary?.warningSigns ?? [];
  const byLevel = [...TRIAGE_LEVELS]
    .reverse()
    .map((level) => ({ level, signs: signs.filter((sign) => sign.level === level) }))
    .filter((group) => group.signs.length > 0);
  const canJump = report.mode === "on";
  return (
    <section className="page-summary" aria-labelledby="page-summary-title">
      <h2 id="page-summary-title">This page</h2>
      <p className="mode">{MODE_TEXT[report.mode]}</p>
      {!report.canHighlight && (
        <p className="note">This browser cannot highlight text; the summary still works.</p>
      )}
      {report.summary && byLevel.length === 0 && <p>It lists no warning signs.</p>}
      {byLevel.map((group) => (
        <div key={group.level} className="level-group">
          <h3>
            <LevelTag level={group.level} palette={palette} />
          </h3>
          <ul>
            {group.signs.map((sign: PageWarningSign) => (
              <li key={sign.concept}>
                {canJump ? (
                  <button type="button" className="link" onClick={() => onReveal(sign.concept)}>
                    {sign.name}
                  </button>
                ) : (
                  sign.name
                )}
                {sign.count > 1 && <span className="count"> ({sign.count}×)</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
};
