export type Slicer = {
  /** True once the current slice has used its time budget. */
  shouldYield: () => boolean;
  /** Ends the slice: resolves in a later task, and not before the tab is visible again. */
  yield: () => Promise<void>;
  /**
   * Ends the slice and waits until the browser is idle (at most `IDLE_TIMEOUT_MS`), so that work that can wait
   * does not compete with the page's own loading and painting; not before the tab is visible again.
   */
  idle: () => Promise<void>;
};

/** The longest `idle` waits for the browser to be idle. */
const IDLE_TIMEOUT_MS = 1_000;

/** Resolves once the document is visible (at once if it is). */
const whenVisible = (doc: Document): Promise<void> =>
  new Promise((resolve) => {
    if (doc.visibilityState !== "hidden") {
      resolve();
      return;
    }
    const onChange = (): void => {
      if (doc.visibilityState === "hidden") return;
      doc.removeEventListener("visibilitychange", onChange);
      resolve();
    };
    doc.addEventListener("visibilitychange", onChange);
  });

/** A new task, without setTimeout's 4 ms clamp for nested timers. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** Resolves in an idle period of the browser, or after `IDLE_TIMEOUT_MS`; in the next task without the API. */
const nextIdle = (doc: Document): Promise<void> =>
  new Promise((resolve) => {
    const view = doc.defaultView;
    if (view && typeof view.requestIdleCallback === "function") {
      view.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    } else {
      void nextTask().then(resolve);
    }
  });

/**
 * Cuts long work into tasks of at most `budgetMs` (plus the one step that crosses it), so the page stays
 * responsive, and holds all work while the tab is hidden.
 */
export const createSlicer = (doc: Document, budgetMs: number): Slicer => {
  let sliceStart = performance.now();
  return {
    shouldYield: () => performance.now() - sliceStart > budgetMs,
    yield: async () => {
      await nextTask();
      await whenVisible(doc);
      sliceStart = performance.now();
    },
    idle: async () => {
      await whenVisible(doc);
      await nextIdle(doc);
      await whenVisible(doc);
      sliceStart = performance.now();
    },
  };
};
