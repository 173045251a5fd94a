import { describe, expect, it } from "vitest";

import { outermostElements } from "./outermost-elements";

describe("outermostElements", () => {
  it("drops elements inside others and sorts the rest in document order", () => {
    document.body.innerHTML = "<div id=a><p id=b></p></div><p id=c></p>";
    const byId = (id: string): HTMLElement => {
      const element = document.getElementById(id);
      if (!element) throw new Error(id);
      return element;
    };
    expect(
      outermostElements([byId("c"), byId("b"), byId("a"), byId("c")]).map((e) => e.id),
    ).toEqual(["a", "c"]);
  });
});
