import {
  addPageTopics,
  getGuidance,
  maxLevel,
  splitAtLineBreaks,
  summarizeAnnotatedPage,
} from "@backsure/core/guidance";
import type { ConceptId, Mention, PageSummary, PageTopic } from "@backsure/core/guidance";

import { createCardLayer } from "../card/create-card-layer";
import { caretFromPoint } from "../dom/caret-from-point";
import { createBlockCollector } from "../dom/create-block-collector";
import { findBlockRoot } from "../dom/find-block-root";
import { isPointInRange } from "../dom/is-point-in-range";
import { isSkippedElement } from "../dom/is-skipped-element";
import { outermostElements } from "../dom/outermost-elements";
import type { TextBlock } from "../dom/text-block";
import { toLiveRange } from "../dom/to-live-range";
import type { PageReport, TextReading } from "../messages";
import { createHighlightPainter } from "../paint/create-highlight-painter";
import { createSlicer } from "../schedule/create-slicer";
import { decidePageMode } from "../settings/decide-page-mode";
import type { PageMode } from "../settings/decide-page-mode";
import type { Settings } from "../settings/settings-schema";
import { toGuidanceContext } from "../settings/to-guidance-context";
import { createPageModel } from "./create-page-model";
import { joinBlocks } from "./join-blocks";
import type { JoinedText } from "./join-blocks";
import type { Mark } from "./mark";
import type { PageReader } from "./page-reader";
import { placeMentions } from "./place-mentions";
import { chunkEnd } from "./chunk-end";
import { watchMutations } from "./watch-mutations";
import { watchNavigation } from "./watch-navigation";

/** Time budget of one task of reading the page or placing its marks (well under the 50 ms of a long task). */
const SLICE_BUDGET_MS = 12;
/**
 * Characters sent to the reader in one request. The requests go out together and are answered in turn, so the
 * first marks are placed while later text is still being read.
 */
const CHUNK_CHARS = 50_000;
/** How long the pointer rests on a mention before its card opens, and the grace period before it closes. */
const HOVER_OPEN_MS = 150;
const HOVER_CLOSE_MS = 400;

export type PageAnnotatorOptions = {
  doc: Document;
  settings: Settings;
  /** Reads text with core (in the extension, in the background). */
  reader: PageReader;
  /** Tells the toolbar how many warning signs are highlighted. */
  onStatus: (warningSigns: number, level: Mark["level"] | null) => void;
  /** Opens the extension's "check my own symptoms" page. */
  onCheckOwnSymptoms: () => void;
};

export type PageAnnotator = {
  report: () => PageReport;
  reveal: (concept: ConceptId) => boolean;
  setSettings: (settings: Settings) => void;
  stop: () => void;
};

type Answer = { reading: TextReading } | { error: unknown };

/**
 * A run of blocks as read: its marks, its mentions with offsets into the blocks' text joined by "\n" (as
 * `PageModel.readText` joins them), and its topic.
 */
type BlocksReading = { marks: Mark[]; mentions: Mention[]; topic: PageTopic };

/** The page without its fragment: in-page anchors do not make a new page. */
const pageKey = (location: Location): string =>
  `${location.origin}${location.pathname}${location.search}`;

/**
 * Reads the page, asks core what it mentions, paints the highlights, keeps them up to date as the page changes,
 * and opens a card on hover, tap or keyboard. Every decision (what is a mention, its level, whether the page is
 * about back pain, what the card says) comes from core.
 */
export const createPageAnnotator = ({
  doc,
  settings: initialSettings,
  reader,
  onStatus,
  onCheckOwnSymptoms,
}: PageAnnotatorOptions): PageAnnotator => {
  const view = doc.defaultView ?? window;
  let settings = initialSettings;
  let mode: PageMode | "scanning" = "scanning";
  let summary: PageSummary | null = null;
  let generation = 0;
  let currentPage = pageKey(view.location);
  let openMark: Mark | null = null;
  let queue: Promise<void> = Promise.resolve();

  const model = createPageModel();
  const painter = createHighlightPainter(doc, settings.palette);
  const slicer = createSlicer(doc, SLICE_BUDGET_MS);
  const card = createCardLayer(doc, {
    onClose: () => closeCard(),
    onCheckOwnSymptoms,
  });
  const isOwnNode = (node: Node): boolean => card.isHost(node);

  const enqueue = (job: () => Promise<void>): void => {
    queue = queue.then(job).catch((error: unknown) => {
      console.error("Backsure:", error);
    });
  };

  /** A reading from the reader, its failure kept as a value, so an answer nobody waits for any more is no unhandled rejection. */
  const ask = (text: string): Promise<Answer> =>
    reader.readText(text).then(
      (reading) => ({ reading }),
      (error: unknown) => ({ error }),
    );

  const isShown = (mark: Mark): boolean => mode === "on" && settings.levels.includes(mark.level);

  // Reading and annotating -----------------------------------------------------------------------------------

  /** Reads a subtree in slices; null when a newer reading of the page has started meanwhile. */
  const collect = async (root: Element, job: number): Promise<TextBlock[] | null> => {
    const collector = createBlockCollector(root, { isOwnElement: isOwnNode });
    while (!collector.run(slicer.shouldYield)) {
      await slicer.yield();
      if (job !== generation) return null;
    }
    return collector.blocks();
  };

  /**
   * Sends the blocks to the reader a chunk per request, without waiting for answers (the reader works while the
   * page goes on), then places the marks a chunk per task; gives their marks and topic, or null when a newer
   * reading started.
   */
  const annotateBlocks = async (
    blocks: readonly TextBlock[],
    job: number,
  ): Promise<BlocksReading | null> => {
    const chunks: { blocks: TextBlock[]; joined: JoinedText; answer: Promise<Answer> }[] = [];
    for (let from = 0; from < blocks.length;) {
      if (slicer.shouldYield()) {
        await slicer.yield();
        if (job !== generation) return null;
      }
      const end = chunkEnd(blocks, from, CHUNK_CHARS);
      const chunk = blocks.slice(from, end);
      const joined = joinBlocks(chunk);
      chunks.push({ blocks: chunk, joined, answer: ask(joined.text) });
      from = end;
    }
    const marks: Mark[] = [];
    const mentions: Mention[] = [];
    const topics: PageTopic[] = [];
    let offset = 0;
    // Placing starts once every chunk is read: the page's thread then never competes with the reader's.
    const answers = await Promise.all(chunks.map((chunk) => chunk.answer));
    for (const [index, chunk] of chunks.entries()) {
      const answer = answers[index];
      if (!answer) continue;
      if ("error" in answer) throw answer.error;
      if (slicer.shouldYield()) await slicer.yield();
      if (job !== generation) return null;
      const { reading } = answer;
      marks.push(...placeMentions(chunk.blocks, chunk.joined, reading.mentions));
      for (const mention of reading.mentions) {
        mentions.push({ ...mention, start: offset + mention.start, end: offset + mention.end });
      }
      topics.push(reading.topic);
      offset += chunk.joined.text.length + 1;
    }
    return { marks, mentions, topic: addPageTopics(topics) };
  };

  const applyMode = (): void => {
    if (!summary) return;
    mode = decidePageMode(settings, view.location.hostname, summary.isRelevant);
    painter.show(mode === "on" ? settings.levels : null);
    if (openMark && !isShown(openMark)) closeCard();
    const signs = mode === "on" ? summary.warningSigns : [];
    onStatus(signs.length, signs.length > 0 ? maxLevel(...signs.map((sign) => sign.level)) : null);
  };

  const setSummary = (mentions: readonly Mention[], topic: PageTopic): void => {
    summary = summarizeAnnotatedPage(mentions, topic);
    applyMode();
  };

  /**
   * The page's summary after a change: its topic read again by the reader, in parts cut at line breaks. (A full
   * reading has the topic already: see `scanPage`.)
   */
  const refreshSummary = async (job: number): Promise<void> => {
    const { joined, mentions } = model.readText();
    const topics = await Promise.all(
      splitAtLineBreaks(joined.text, CHUNK_CHARS).map(({ start, end }) =>
        reader.readTopic(joined.text.slice(start, end)),
      ),
    );
    if (job !== generation) return;
    setSummary(mentions, addPageTopics(topics));
  };

  const scanPage = async (): Promise<void> => {
    const job = ++generation;
    closeCard();
    await slicer.idle();
    if (job !== generation) return;
    const body = doc.body as HTMLElement | null;
    const blocks = body ? await collect(body, job) : [];
    if (!blocks) return;
    const reading = await annotateBlocks(blocks, job);
    if (!reading) return;
    painter.remove(model.reset(blocks, reading.marks));
    painter.add(reading.marks);
    setSummary(reading.mentions, reading.topic);
  };

  let isSummaryDue = false;
  const updateChanged = async (nodes: Set<Node>): Promise<void> => {
    const job = generation;
    await slicer.yield();
    if (job !== generation) return;
    const roots = outermostElements(
      [...nodes].flatMap((node) => {
        const root = findBlockRoot(node);
        return root?.isConnected ? [root] : [];
      }),
    );
    for (const root of roots) {
      const blocks = isSkippedElement(root, isOwnNode) ? [] : await collect(root, job);
      if (!blocks) return;
      const reading = await annotateBlocks(blocks, job);
      if (!reading) return;
      const { marks } = reading;
      if (!root.isConnected) continue;
      const gone = model.replaceWithin(root, blocks, marks);
      if (openMark && gone.includes(openMark)) closeCard();
      painter.remove(gone);
      painter.add(marks);
    }
    painter.remove(model.pruneDisconnected());
    if (!isSummaryDue) {
      isSummaryDue = true;
      enqueue(async () => {
        isSummaryDue = false;
        await refreshSummary(generation);
      });
    }
  };

  const onNavigate = (): void => {
    const next = pageKey(view.location);
    if (next === currentPage) return;
    currentPage = next;
    enqueue(scanPage);
  };

  // The card -------------------------------------------------------------------------------------------------

  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const closeCard = (): void => {
    clearTimeout(hoverTimer);
    openMark = null;
    card.hide();
  };

  const openCard = (mark: Mark, range: Range): void => {
    clearTimeout(hoverTimer);
    openMark = mark;
    card.show(
      {
        guidance: getGuidance(mark.concept, toGuidanceContext(settings.profile, Date.now())),
        quote: mark.quote,
        isNegated: mark.negated,
        palette: settings.palette,
      },
      range.getBoundingClientRect(),
    );
  };

  /** The shown mark under a viewport point, with a live range for it. */
  const hitTest = (x: number, y: number): { mark: Mark; range: Range } | null => {
    if (mode !== "on") return null;
    const caret = caretFromPoint(doc, x, y);
    if (!caret) return null;
    const mark = model.findMarkAt(caret.node, caret.offset);
    if (!mark || !isShown(mark)) return null;
    const range = toLiveRange(doc, mark.range);
    return isPointInRange(range, x, y) ? { mark, range } : null;
  };

  let pointer: { x: number; y: number; isOverCard: boolean } | null = null;
  let isPointerFramePending = false;
  const onPointerFrame = (): void => {
    isPointerFramePending = false;
    if (!pointer) return;
    if (pointer.isOverCard) {
      clearTimeout(hoverTimer);
      return;
    }
    const hit = hitTest(pointer.x, pointer.y);
    if (hit?.mark === openMark) {
      clearTimeout(hoverTimer);
      return;
    }
    clearTimeout(hoverTimer);
    if (hit)
      hoverTimer = setTimeout(
        () => openCard(hit.mark, toLiveRange(doc, hit.mark.range)),
        HOVER_OPEN_MS,
      );
    else if (openMark) hoverTimer = setTimeout(closeCard, HOVER_CLOSE_MS);
  };
  const onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType !== "mouse" || mode !== "on") return;
    pointer = { x: event.clientX, y: event.clientY, isOverCard: card.isHost(event.target as Node) };
    if (isPointerFramePending) return;
    isPointerFramePending = true;
    view.requestAnimationFrame(onPointerFrame);
  };
  const onClick = (event: MouseEvent): void => {
    if (mode !== "on" || card.isHost(event.target as Node)) return;
    const hit = hitTest(event.clientX, event.clientY);
    if (hit) openCard(hit.mark, hit.range);
    else if (openMark) closeCard();
  };

  /** Scrolls a mark into the middle of the window, selects it and opens its card. */
  const revealMark = (mark: Mark): void => {
    const range = toLiveRange(doc, mark.range);
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > view.innerHeight) {
      view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: "instant" });
    }
    const selection = view.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    openCard(mark, range);
  };

  const step = (direction: 1 | -1): void => {
    const marks = model.marks().filter(isShown);
    if (marks.length === 0) return;
    const current = openMark ? marks.indexOf(openMark) : -1;
    let next: number;
    if (current >= 0) {
      next = (current + direction + marks.length) % marks.length;
    } else {
      // Start from what is on screen.
      const firstVisible = marks.findIndex(
        (mark) => toLiveRange(doc, mark.range).getBoundingClientRect().bottom >= 0,
      );
      next =
        direction === 1
          ? Math.max(0, firstVisible)
          : (firstVisible - 1 + marks.length) % marks.length;
    }
    const mark = marks[next];
    if (mark) revealMark(mark);
  };

  const isEditableTarget = (target: EventTarget | null): boolean =>
    target instanceof HTMLElement &&
    (target.isContentEditable || ["input", "textarea", "select"].includes(target.localName));

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === "Escape" && openMark) {
      closeCard();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== "KeyN" && event.code !== "KeyP") return;
    if (mode !== "on" || isEditableTarget(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    step(event.code === "KeyN" ? 1 : -1);
  };

  // Wiring ---------------------------------------------------------------------------------------------------

  const mutations = watchMutations(doc.documentElement, isOwnNode, (nodes) => {
    if (pageKey(view.location) !== currentPage) {
      onNavigate();
      return;
    }
    enqueue(() => updateChanged(nodes));
  });
  const stopNavigation = watchNavigation(view, onNavigate);
  doc.addEventListener("pointermove", onPointerMove, { capture: true, passive: true });
  doc.addEventListener("click", onClick, { capture: true, passive: true });
  view.addEventListener("keydown", onKeyDown, { capture: true });
  enqueue(scanPage);

  return {
    report: () => ({
      hostname: view.location.hostname,
      mode,
      canHighlight: painter.isSupported,
      summary,
    }),
    reveal: (concept) => {
      if (mode !== "on") return false;
      const mark = model
        .marks()
        .find((candidate) => candidate.concept === concept && isShown(candidate));
      if (!mark) return false;
      revealMark(mark);
      return true;
    },
    setSettings: (next) => {
      settings = next;
      painter.setPalette(next.palette);
      applyMode();
    },
    stop: () => {
      generation += 1;
      mutations.stop();
      stopNavigation();
      doc.removeEventListener("pointermove", onPointerMove, { capture: true });
      doc.removeEventListener("click", onClick, { capture: true });
      view.removeEventListener("keydown", onKeyDown, { capture: true });
      clearTimeout(hoverTimer);
      card.detach();
      painter.detach();
    },
  };
};
