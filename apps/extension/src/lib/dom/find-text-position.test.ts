import { describe, expect, it } from "vitest";

import { collectBlocks } from "./create-block-collector";
import { findTextPosition } from "./find-text-position";
import type { TextBlock } from "./text-block";

const blockOf = (html: string): TextBlock => {
  document.body.innerHTML = html;
  const [block] = collectBlocks(document.body);
  if (!block) throw new Error("no block");
  return block;
};

describe("findTextPosition", () => {
  it("finds the node and offset inside it", () => {
    const block = blockOf("<p>sharp <em>shooting</em> pain</p>");
    const start = findTextPosition(block, 8, "start");
    expect(start?.node.data).toBe("shooting");
    expect(start?.offset).toBe(2);
  });

  it("puts a start at a node boundary into the next node and an end into the previous one", () => {
    const block = blockOf("<p>sharp <em>shooting</em> pain</p>");
    expect(findTextPosition(block, 6, "start")?.node.data).toBe("shooting");
    const end = findTextPosition(block, 6, "end");
    expect(end?.node.data).toBe("sharp ");
    expect(end?.offset).toBe(6);
  });

  it("resolves an offset on an inserted line break forwards for starts and backwards for ends", () => {
    const block = blockOf("<div>before<p>inside</p>after</div>");
    expect(block.text).toBe("before\nafter");
    const start = findTextPosition(block, 6, "start");
    expect(start).toMatchObject({ offset: 0 });
    expect(start?.node.data).toBe("after");
    const end = findTextPosition(block, 7, "end");
    expect(end?.node.data).toBe("before");
    expect(end?.offset).toBe(6);
  });

  it("maps the block's end to the end of its last node", () => {
    const block = blockOf("<p>numbness</p>");
    expect(findTextPosition(block, 8, "end")).toMatchObject({ offset: 8 });
  });
});
