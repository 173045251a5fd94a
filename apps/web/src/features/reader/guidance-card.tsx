"use client";

import type { Ref } from "react";
import { useMemo } from "react";

import Link from "next/link";

import type { ConceptId, GuidanceContext } from "@backsure/core";
import { getGuidance, LEVEL_COPY, LEVEL_STYLE } from "@backsure/core";

import styles from "./reader.module.css";

type GuidanceCardProps = {
  concept: ConceptId;
  /** The patient's own details, when given: they add the "For you" lines. */
  context: GuidanceContext;
  /** The page mentions the symptom as absent ("no numbness"). */
  negated?: boolean;
  checkInHref: string;
  titleId: string;
  titleRef?: Ref<HTMLHeadingElement>;
  onClose?: () => void;
};

/**
 * What a symptom would mean after PT, in the one card design the portal and the extension share: level icon
 * and words with the symptom's name; what it usually means; what to do; when it is more urgent; what changes
 * for this patient; sources; and a way to check one's own symptoms. All words come from core's getGuidance.
 */
export const GuidanceCard = ({
  concept,
  context,
  negated = false,
  checkInHref,
  titleId,
  titleRef,
  onClose,
}: GuidanceCardProps) => {
  const guidance = useMemo(() => getGuidance(concept, context), [concept, context]);
  const copy = LEVEL_COPY[guidance.level];
  return (
    <article className={styles.card} data-level={guidance.level} aria-labelledby={titleId}>
      <header className={styles.cardHeader}>
        <h2 className={styles.cardTitle} id={titleId} ref={titleRef} tabIndex={-1}>
          <span className={styles.cardLevel}>
            <span className={styles.icon} aria-hidden="true">
              {LEVEL_STYLE[guidance.level].icon}
            </span>
            {copy.label}
          </span>
          {guidance.name}
        </h2>
        {onClose ? (
          <button type="button" className={styles.close} onClick={onClose}>
            Close
          </button>
        ) : null}
      </header>
      {negated ? (
        <p className="hint">
          This page mentions it as absent. Here is what it would mean if you do have it.
        </p>
      ) : null}
      <h3>What it usually means after PT</h3>
      <p>{guidance.meaning}</p>
      <h3>What to do</h3>
      <p>{guidance.doNow}</p>
      {guidance.moreUrgentIf.length > 0 ? (
        <>
          <h3>It is more urgent if</h3>
          <ul>
            {guidance.moreUrgentIf.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {guidance.forYou.length > 0 ? (
        <>
          <h3>For you</h3>
          <ul>
            {guidance.forYou.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {guidance.sources.length > 0 ? (
        <>
          <h3>Sources</h3>
          <ul>
            {guidance.sources.map((source) => (
              <li key={source.key}>
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className={styles.cardActions}>
        <Link className="button" href={checkInHref}>
          Check my own symptoms
        </Link>
      </p>
    </article>
  );
};
