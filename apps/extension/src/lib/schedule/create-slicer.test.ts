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

  it("waits for the browser to be idle, starts a new slice, and holds while the tab is hidden", async () => {
    const slicer = createSlicer(document, 5);
    const view = document.defaultView;
    if (!view) throw new Error("no window");
    let idleCallback: (() => void) | undefined;
    // happy-dom has no requestIdleCallback: this test brings its own, and takes it away after.
    expect("requestIdleCallback" in view).toBe(false);
    view.requestIdleCallback = (callback) => {
      idleCallback = () => callback({ didTimeout: false, timeRemaining: () => 10 });
      return 1;
    };
    try {
      setVisibility("hidden");
      let isResumed = false;
      const resumed = slicer.idle().then(() => {
        isResumed = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(idleCallback).toBeUndefined();
      setVisibility("visible");
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(isResumed).toBe(false);
      idleCallback?.();
      await resumed;
      expect(isResumed).toBe(true);
      expect(slicer.shouldYield()).toBe(false);
    } finally {
      Reflect.deleteProperty(view, "requestIdleCallback");
    }
  });

  it("waits one task for idleness where the browser cannot tell it", async () => {
    const view = document.defaultView;
    expect(view && "requestIdleCallback" in view).toBe(false);
    let isResumed = false;
    const resumed = createSlicer(document, 5)
      .idle()
      .then(() => {
        isResumed = true;
      });
    await Promise.resolve();
    expect(isResumed).toBe(false);
    await resumed;
    expect(isResumed).toBe(true);
  });
});
