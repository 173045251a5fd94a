"use client";

import type { FocusEvent, MouseEvent, ReactNode } from "react";
import { memo, useMemo } from "react";

import type { Mention } from "@backsure/core";
import { LEVEL_COPY } from "@backsure/core";

import type { Article, ArticleBlock } from "./article";
import type { BlockView } from "./build-segments";
import { buildSegments } from "./build-segments";
import styles from "./reader.module.css";

export const mentionId = (index: number): string => `mention-${index}`;

export type MentionTrigger = "focus" | "activate";

type AnnotatedArticleProps = {
  article: Article;
  mentions: readonly Mention[];
  isCardOpen: boolean;
  onMention: (index: number, trigger: MentionTrigger) => void;
};

const mentionLabel = (text: string, mention: Mention): string =>
  `${text}: ${LEVEL_COPY[mention.level].label}${mention.negated ? " (mentioned as absent)" : ""}`;

const renderSegments = (text: string, view: BlockView, mentions: readonly Mention[]): ReactNode[] =>
  view.segments.map((segment) => {
    const content = text.slice(segment.start, segment.end);
    const mention = segment.mention === null ? undefined : mentions[segment.mention];
    if (segment.mention === null || !mention) return content;
    const data = {
      "data-mention": segment.mention,
      "data-level": mention.level,
      "data-concept": mention.concept,
      "data-negated": mention.negated ? "true" : "false",
      "data-start": mention.start,
      "data-end": mention.end,
    };
    if (!segment.isFirstPiece) {
      return (
        <mark key={segment.start} className={styles.piece} {...data}>
          {content}
        </mark>
      );
    }
    return (
      <button
        key={segment.start}
        type="button"
        id={mentionId(segment.mention)}
        className={styles.mention}
        aria-haspopup="dialog"
        aria-label={mentionLabel(text.slice(mention.start, mention.end), mention)}
        {...data}
      >
        {content}
      </button>
    );
  });

const blockProps = (block: ArticleBlock) => ({
  "data-block": block.kind,
  "data-start": block.start,
  "data-end": block.end,
});

/** Blocks as elements; consecutive list items share one list. */
const renderBlocks = (
  article: Article,
  views: readonly BlockView[],
  mentions: readonly Mention[],
) => {
  const nodes: ReactNode[] = [];
  let listItems: ReactNode[] = [];
  const closeList = () => {
    if (listItems.length === 0) return;
    nodes.push(<ul key={`list-${nodes.length}`}>{listItems}</ul>);
    listItems = [];
  };
  for (const view of views) {
    const { block } = view;
    const children = renderSegments(article.text, view, mentions);
    const key = block.start;
    if (block.kind === "list-item") {
      listItems.push(
        <li key={key} {...blockProps(block)}>
          {children}
        </li>,
      );
      continue;
    }
    closeList();
    switch (block.kind) {
      case "title":
        nodes.push(
          <h2 key={key} {...blockProps(block)}>
            {children}
          </h2>,
        );
        break;
      case "heading":
        nodes.push(
          <h3 key={key} {...blockProps(block)}>
            {children}
          </h3>,
        );
        break;
      case "quote":
        nodes.push(
          <blockquote key={key} {...blockProps(block)}>
            {children}
          </blockquote>,
        );
        break;
      case "paragraph":
        nodes.push(
          <p key={key} {...blockProps(block)}>
            {children}
          </p>,
        );
        break;
    }
  }
  closeList();
  return nodes;
};

/** The article text, rendered once per reading: React text nodes plus one focusable button per mention. */
const ArticleBody = memo(function ArticleBody({
  article,
  mentions,
}: Pick<AnnotatedArticleProps, "article" | "mentions">) {
  const views = useMemo(() => buildSegments(article.blocks, mentions), [article, mentions]);
  return <>{renderBlocks(article, views, mentions)}</>;
});

const mentionIndexOf = (target: EventTarget): number | null => {
  if (!(target instanceof HTMLElement) || target.tagName !== "BUTTON") return null;
  const index = Number(target.dataset.mention);
  return Number.isInteger(index) ? index : null;
};

/**
 * The page as clean text with its symptom mentions highlighted by level. A mention shows its card when it gets
 * keyboard focus, and moves focus into the card when tapped, clicked or pressed (Enter or Space). One listener on the
 * article handles every mention.
 */
export const AnnotatedArticle = ({
  article,
  mentions,
  isCardOpen,
  onMention,
}: AnnotatedArticleProps) => {
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const index = mentionIndexOf(event.target);
    if (index !== null) onMention(index, "activate");
  };
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = mentionIndexOf(event.target);
    // Keyboard focus only: a tap or click focuses on press, and a card opening then would take the release.
    if (index === null || !event.target.matches(":focus-visible")) return;
    onMention(index, "focus");
    const target = event.target;
    // Once the card is up, keep the mention above it (its scroll margin leaves room for the card).
    requestAnimationFrame(() => target.scrollIntoView({ block: "nearest" }));
  };
  return (
    // Clicks and focus bubble up from the mention buttons: the buttons themselves are the interactive parts.
    <article
      aria-label="The page"
      className={styles.article}
      data-card-open={isCardOpen ? "true" : "false"}
      onClick={onClick}
      onFocus={onFocus}
    >
      <ArticleBody article={article} mentions={mentions} />
    </article>
  );
};
