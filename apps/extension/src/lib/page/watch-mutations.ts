export type MutationWatch = { stop: () => void };

/**
 * Collects the nodes whose text may have changed (added, removed or edited text; `hidden` or `open` toggled)
 * and hands them over in batches when the browser is idle, never once per mutation.
 */
export const watchMutations = (
  root: Node,
  isOwnNode: (node: Node) => boolean,
  onChanged: (nodes: Set<Node>) => void,
): MutationWatch => {
  let pending = new Set<Node>();
  let isScheduled = false;
  const view = root.ownerDocument?.defaultView ?? null;

  const flush = (): void => {
    isScheduled = false;
    const nodes = pending;
    pending = new Set();
    if (nodes.size > 0) onChanged(nodes);
  };
  const schedule = (): void => {
    if (isScheduled) return;
    isScheduled = true;
    if (view && typeof view.requestIdleCallback === "function") {
      view.requestIdleCallback(flush, { timeout: 250 });
    } else {
      setTimeout(flush, 50);
    }
  };

  const isOwnChange = (record: MutationRecord): boolean =>
    isOwnNode(record.target) ||
    (record.type === "childList" &&
      [...record.addedNodes, ...record.removedNodes].every((node) => isOwnNode(node)));

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isOwnChange(record)) continue;
      pending.add(record.target);
    }
    if (pending.size > 0) schedule();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["hidden", "open"],
  });
  return {
    stop: () => {
      observer.disconnect();
      pending.clear();
    },
  };
};
