import type { Mention } from "@backsure/core/guidance";

import type { TextBlock } from "../dom/text-block";

/** A mention core found, placed in the page: the block it starts in and the DOM range it covers. */
export type Mark = Pick<Mention, "concept" | "level" | "negated"> & {
  block: TextBlock;
  /** The mention's start and end as offsets into `block.text` (the end may run into a later block). */
  blockStart: number;
  blockEnd: number;
  range: StaticRange;
  /** The words on the page. */
  quote: string;
};
