import { describe, expect, it } from "vitest";

import { watchMutations } from "./watch-mutations";

const nextBatch = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 400));

describe("watchMutations", () => {
  it("hands over changed nodes in one batch, not once per mutation", async () => {
    document.body.innerHTML = "<p id=a>one</p><p id=b>two</p>";
    const batches: Set<Node>[] = [];
    const watch = watchMutations(
      document.body,
      () => false,
      (nodes) => batches.push(nodes),
    );
    const a = document.getElementById("a");
    const b = document.getElementById("b");
    if (!a?.firstChild || !b) throw new Error("fixture");
    (a.firstChild as Text).data = "one changed";
    b.append(" more");
    b.hidden = true;
    await nextBatch();
    watch.stop();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual(new Set([a.firstChild, b]));
  });

  it("ignores the extension's own nodes", async () => {
    document.body.innerHTML = "<p>text</p>";
    const own = document.createElement("backsure-card");
    const batches: Set<Node>[] = [];
    const watch = watchMutations(
      document.documentElement,
      (node) => node === own,
      (nodes) => batches.push(nodes),
    );
    document.documentElement.append(own);
    own.append("card text");
    await nextBatch();
    watch.stop();
    own.remove();
    expect(batches).toEqual([]);
  });
});
