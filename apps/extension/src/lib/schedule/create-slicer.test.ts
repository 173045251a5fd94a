import { afterEach, describe, expect, it } from "vitest";

import { createSlicer } from "./create-slicer";

const setVisibility = (state: DocumentVisibilityState): void => {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  document.dispatchEvent(new Event("visibilitychange"));
};

afterEach(() => setVisibility("visible"));

describe("createSlicer", () => {
  it("says to yield once the slice has used its budget, and starts a new slice after yielding", async () => {
    const slicer = createSlicer(document, 5);
    const start = performance.now();
    while (performance.now() - start < 10) {
      // busy
    }
    expect(slicer.shouldYield()).toBe(true);
    await slicer.yield();
    expect(slicer.shouldYield()).toBe(false);
  });

  it("holds work while the tab is hidden and resumes when it is visible again", async () => {
    const slicer = createSlicer(document, 5);
    setVisibility("hidden");
    let isResumed = false;
    const resumed = slicer.yield().then(() => {
      isResumed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isResumed).toBe(false);
    setVisibility("visible");
    await resumed;
    expect(isResumed).toBe(true);
  });
});
