"use client";

import type { MouseEvent } from "react";

import Link from "next/link";

import type { Mention, PageSummary as PageSummaryData } from "@backsure/core";
import { LEVEL_COPY, LEVEL_STYLE, TRIAGE_LEVELS } from "@backsure/core";

import { mentionId } from "./annotated-article";
import styles from "./reader.module.css";

type PageSummaryProps = {
  summary: PageSummaryData;
  mentions: readonly Mention[];
  checkInHref: string;
  titleId: string;
  /** Jumps to a mention and shows its card. */
  onJump: (index: number) => void;
};

const HIGHEST_FIRST = [...TRIAGE_LEVELS].reverse();

/**
 * The page at a glance, above the article: how many mentions of each level, the warning signs it lists (highest
 * level first) with a link to where each first appears, and a way to check one's own symptoms.
 */
export const PageSummary = ({
  summary,
  mentions,
  checkInHref,
  titleId,
  onJump,
}: PageSummaryProps) => {
  const indexByStart = new Map(mentions.map((mention, index) => [mention.start, index]));
  const jump = (index: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onJump(index);
  };
  const total = HIGHEST_FIRST.reduce((sum, level) => sum + summary.counts[level], 0);
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        What this page mentions
      </h2>
      {total === 0 ? (
        <p>Backsure found no symptoms or warning signs on this page.</p>
      ) : (
        <ul className={styles.counts} aria-label="Mentions by level">
          {HIGHEST_FIRST.filter((level) => summary.counts[level] > 0).map((level) => (
            <li key={level} className={styles.count} data-level={level}>
              <span aria-hidden="true">{LEVEL_STYLE[level].icon}</span>
              {LEVEL_COPY[level].label}: {summary.counts[level]}
            </li>
          ))}
        </ul>
      )}
      {summary.warningSigns.length > 0 ? (
        <>
          <h3>Warning signs on this page</h3>
          <ul className={styles.signs}>
            {summary.warningSigns.map((sign) => {
              const index = indexByStart.get(sign.firstStart);
              return (
                <li key={sign.concept} data-level={sign.level}>
                  <span className={styles.signLevel}>
                    <span className={styles.icon} aria-hidden="true">
                      {LEVEL_STYLE[sign.level].icon}
                    </span>
                    {LEVEL_COPY[sign.level].label}
                  </span>
                  {index === undefined ? (
                    sign.name
                  ) : (
                    <a href={`#${mentionId(index)}`} onClick={jump(index)}>
                      {sign.name}
                    </a>
                  )}
                  {sign.count > 1 ? ` (mentioned ${sign.count} times)` : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : total > 0 ? (
        <p>This page lists no warning signs: what it mentions is expected after PT.</p>
      ) : null}
      {!summary.isRelevant ? (
        <p className="hint">This page does not seem to be mainly about back or nerve pain.</p>
      ) : null}
      <p>
        <Link className="button" href={checkInHref}>
          Check my own symptoms
        </Link>
      </p>
    </section>
  );
};
