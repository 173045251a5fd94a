/**
 * happy-dom has no StaticRange (Chromium does). This minimal stand-in has the same constructor and fields,
 * which is all the page model uses; painting itself is tested in real Chromium.
 */
class StaticRangeStandIn {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

if (typeof globalThis.StaticRange !== "function") {
  Object.assign(globalThis, { StaticRange: StaticRangeStandIn });
}
