/**
 * The reader's model of a page: one plain text (what `annotate` reads, offset for offset) and the blocks that
 * lay it out. Blocks are ranges of that text; whatever lies between them (line breaks, list bullets) is not shown.
 */
export type ArticleBlockKind = "title" | "heading" | "paragraph" | "list-item" | "quote";

export type ArticleBlock = {
  kind: ArticleBlockKind;
  /** UTF-16 offsets into `Article.text`, end exclusive. */
  start: number;
  end: number;
};

export type ArticleSource = { kind: "link"; url: string } | { kind: "paste" };

export type Article = {
  title: string;
  text: string;
  blocks: readonly ArticleBlock[];
  source: ArticleSource;
};

/** Between blocks of an extracted page. */
export const BLOCK_SEPARATOR = "\n\n";

/** Appends blocks to one text, recording where each lies. */
export const createArticleBuilder = () => {
  let text = "";
  const blocks: ArticleBlock[] = [];
  return {
    add(kind: ArticleBlockKind, blockText: string): void {
      if (blockText === "") return;
      if (text !== "") text += BLOCK_SEPARATOR;
      blocks.push({ kind, start: text.length, end: text.length + blockText.length });
      text += blockText;
    },
    build(): { text: string; blocks: readonly ArticleBlock[] } {
      return { text, blocks };
    },
  };
};
