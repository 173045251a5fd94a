import type { Mention } from "@backsure/core/guidance";
import { describe, expect, it } from "vitest";

import { collectBlocks } from "../dom/create-block-collector";
import { createPageModel } from "./create-page-model";
import { joinBlocks } from "./join-blocks";
import type { Mark } from "./mark";
import { placeMentions } from "./place-mentions";

/** Marks every "fever" in the blocks, standing in for core (which the end-to-end tests use for real). */
const markFever = (root: Element): { blocks: ReturnType<typeof collectBlocks>; marks: Mark[] } => {
  const blocks = collectBlocks(root);
  const joined = joinBlocks(blocks);
  const mentions: Mention[] = [];
  for (let at = joined.text.indexOf("fever"); at >= 0; at = joined.text.indexOf("fever", at + 1)) {
    mentions.push({
      start: at,
      end: at + 5,
      concept: "fever-infection",
      level: "see-doctor",
      negated: false,
    });
  }
  return { blocks, marks: placeMentions(blocks, joined, mentions) };
};

describe("createPageModel", () => {
  it("lists marks in document order and reads the page back as core's text and mentions", () => {
    document.body.innerHTML = "<p>a fever</p><div id='feed'><p>fever again</p></div>";
    const model = createPageModel();
    const { blocks, marks } = markFever(document.body);
    model.reset(blocks, marks);
    expect(model.marks().map((mark) => mark.blockStart)).toEqual([2, 0]);
    const { joined, mentions } = model.readText();
    expect(joined.text).toBe("a fever\nfever again");
    expect(mentions.map((m) => joined.text.slice(m.start, m.end))).toEqual(["fever", "fever"]);
  });

  it("finds the mark under a text position", () => {
    document.body.innerHTML = "<p>a <i>fever</i> today</p>";
    const model = createPageModel();
    const { blocks, marks } = markFever(document.body);
    model.reset(blocks, marks);
    const italic = document.querySelector("i")?.firstChild as Text;
    expect(model.findMarkAt(italic, 2)?.quote).toBe("fever");
    expect(model.findMarkAt(document.querySelector("p")?.firstChild as Text, 0)).toBeUndefined();
  });

  it("replaces the blocks of a changed subtree and keeps the rest in order", () => {
    document.body.innerHTML = "<p>first fever</p><div id='feed'><p>old</p></div><p>last fever</p>";
    const model = createPageModel();
    const initial = markFever(document.body);
    model.reset(initial.blocks, initial.marks);
    const feed = document.getElementById("feed");
    if (!feed) throw new Error("no feed");
    feed.innerHTML = "<p>new fever</p><p>and fever</p>";
    const update = markFever(feed);
    const gone = model.replaceWithin(feed, update.blocks, update.marks);
    expect(gone).toEqual([]);
    expect(model.readText().joined.text).toBe("first fever\nnew fever\nand fever\nlast fever");
    expect(model.marks()).toHaveLength(4);
  });

  it("drops the marks of removed blocks", () => {
    document.body.innerHTML = "<p>first fever</p><p id='gone'>fever</p>";
    const model = createPageModel();
    const { blocks, marks } = markFever(document.body);
    model.reset(blocks, marks);
    document.getElementById("gone")?.remove();
    expect(model.pruneDisconnected()).toHaveLength(1);
    expect(model.marks()).toHaveLength(1);
  });
});
