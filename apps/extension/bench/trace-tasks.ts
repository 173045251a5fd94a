import type { CDPSession } from "playwright-core";

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread actually ran during the event, in µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
};

export type TaskStats = {
  /** Main-thread tasks in which `isOurs` code ran. */
  tasks: number;
  /** Their total duration (wall clock), ms. */
  totalMs: number;
  /**
   * Their total thread time, ms: how long the main thread actually ran. Lower than `totalMs` when other
   * processes took the CPU meanwhile (on 2 cores, mostly the browser painting the page).
   */
  cpuMs: number;
  /** The longest of them, ms. */
  longestMs: number;
  /** Of those tasks, how many ran over 50 ms (a "long task"). */
  longTasks: number;
  /** The task(s) that evaluated the script itself (loading its bundle and initialising its modules), ms. */
  evaluationMs: number;
};

/** Starts a DevTools timeline trace on the page's session; `stop` returns every event recorded. */
export const startTrace = async (
  cdp: CDPSession,
): Promise<{ stop: () => Promise<TraceEvent[]> }> => {
  const events: TraceEvent[] = [];
  let onComplete = (): void => undefined;
  cdp.on("event", ({ method, params }) => {
    if (method === "Tracing.dataCollected") {
      events.push(...(params as { value: TraceEvent[] }).value);
    } else if (method === "Tracing.tracingComplete") {
      onComplete();
    }
  });
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute",
    transferMode: "ReportEvents",
  });
  return {
    stop: async () => {
      const done = new Promise<void>((resolve) => {
        onComplete = resolve;
      });
      await cdp.send("Tracing.end");
      await done;
      return events;
    },
  };
};

/**
 * Sums the renderer main-thread tasks (`RunTask`) during which a script whose URL `isOurs` accepts ran
 * (function calls, timers, idle callbacks and script evaluation carry the script's URL).
 */
export const measureTasks = (
  events: readonly TraceEvent[],
  isOurs: (url: string) => boolean,
): TaskStats => {
  const ours = events.filter((event) => {
    const url = event.args?.data?.url;
    return typeof url === "string" && isOurs(url);
  });
  const mainThreads = new Set(
    events
      .filter(
        (event) =>
          event.ph === "M" && event.name === "thread_name" && event.args?.name === "CrRendererMain",
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = events.filter(
    (event) =>
      event.ph === "X" &&
      (event.name === "RunTask" || event.name === "ThreadControllerImpl::RunTask") &&
      mainThreads.has(`${event.pid}:${event.tid}`),
  );
  // Chromium nests "ThreadControllerImpl::RunTask" and "RunTask" for one task: keep only the outermost of each
  // nest, or every task would be counted twice.
  const outerEnd = new Map<string, number>();
  const outermost = [...tasks]
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
    .filter((task) => {
      const thread = `${task.pid}:${task.tid}`;
      if (task.ts < (outerEnd.get(thread) ?? -Infinity)) return false;
      outerEnd.set(thread, task.ts + (task.dur ?? 0));
      return true;
    });
  const counted = outermost.filter((task) =>
    ours.some(
      (event) =>
        event.pid === task.pid &&
        event.tid === task.tid &&
        event.ts >= task.ts &&
        event.ts <= task.ts + (task.dur ?? 0),
    ),
  );
  const durations = counted.map((task) => (task.dur ?? 0) / 1000);
  const evaluations = counted.filter((task) =>
    ours.some(
      (event) =>
        event.name === "EvaluateScript" &&
        event.pid === task.pid &&
        event.ts >= task.ts &&
        event.ts <= task.ts + (task.dur ?? 0),
    ),
  );
  return {
    evaluationMs: evaluations.reduce((sum, task) => sum + (task.dur ?? 0) / 1000, 0),
    tasks: durations.length,
    totalMs: durations.reduce((sum, ms) => sum + ms, 0),
    cpuMs: counted.reduce((sum, task) => sum + (task.tdur ?? 0) / 1000, 0),
    longestMs: Math.max(0, ...durations),
    longTasks: durations.filter((ms) => ms > 50).length,
  };
};
