"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import type { MentionTrigger } from "./annotated-article";
import { AnnotatedArticle, mentionId } from "./annotated-article";
import { GuidanceCard } from "./guidance-card";
import { LEVEL_VARIABLES } from "./level-variables";
import { PageSummary } from "./page-summary";
import styles from "./reader.module.css";
import type { ReadResult } from "./reader-state";

export const CHECK_IN_HREF = "/check-in";

export const SUMMARY_TITLE_ID = "reader-summary-title";

const CARD_TITLE_ID = "reader-card-title";

const sourceLine = (result: ReadResult) => {
  const { source } = result.article;
  if (source.kind === "paste") return <>The text you pasted.</>;
  return (
    <>
      From{" "}
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {new URL(source.url).hostname}
      </a>
      .
    </>
  );
};

/**
 * One reading: the summary, the article with its highlights, and the guidance card of the mention the patient
 * chose. The card shows when a mention gets keyboard focus or is jumped to from the summary; tapping or
 * pressing it moves focus into the card; Escape or Close returns focus to the mention.
 */
export const ReaderResult = ({ result }: { result: ReadResult }) => {
  const [open, setOpen] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const isReturningFocus = useRef(false);

  const onMention = useCallback((index: number, trigger: MentionTrigger) => {
    if (trigger === "focus" && isReturningFocus.current) {
      isReturningFocus.current = false;
      return;
    }
    setOpen(index);
    if (trigger === "activate") setFocusRequest((count) => count + 1);
  }, []);

  useEffect(() => {
    if (focusRequest > 0) titleRef.current?.focus();
  }, [focusRequest]);

  const close = useCallback(() => {
    if (open === null) return;
    setOpen(null);
    const mention = document.getElementById(mentionId(open));
    if (mention && document.activeElement !== mention) {
      // Focus events fire synchronously: the flag covers exactly this call.
      isReturningFocus.current = true;
      mention.focus();
      isReturningFocus.current = false;
    }
  }, [open]);

  useEffect(() => {
    if (open === null) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open, close]);

  const onJump = useCallback((index: number) => {
    const mention = document.getElementById(mentionId(index));
    if (!mention) return;
    mention.scrollIntoView({ block: "start" });
    setOpen(index);
    mention.focus({ preventScroll: true });
    window.history.replaceState(null, "", `#${mentionId(index)}`);
  }, []);

  const mention = open === null ? undefined : result.mentions[open];
  return (
    <div className={`stack ${styles.levels}`} style={LEVEL_VARIABLES}>
      <PageSummary
        summary={result.summary}
        mentions={result.mentions}
        checkInHref={CHECK_IN_HREF}
        titleId={SUMMARY_TITLE_ID}
        onJump={onJump}
      />
      <p className={styles.source}>
        {sourceLine(result)} Shown for you only: Backsure keeps no copy of this page. Tap a
        highlighted symptom to see what it would mean for you.
      </p>
      <AnnotatedArticle
        article={result.article}
        mentions={result.mentions}
        isCardOpen={mention !== undefined}
        onMention={onMention}
      />
      {mention ? (
        <div
          className={styles.sheet}
          role="dialog"
          aria-modal="false"
          aria-labelledby={CARD_TITLE_ID}
          data-level={mention.level}
        >
          <GuidanceCard
            concept={mention.concept}
            context={result.context}
            negated={mention.negated}
            checkInHref={CHECK_IN_HREF}
            titleId={CARD_TITLE_ID}
            titleRef={titleRef}
            onClose={close}
          />
        </div>
      ) : null}
    </div>
  );
};
