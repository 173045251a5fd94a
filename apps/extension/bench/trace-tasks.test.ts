import { describe, expect, it } from "vitest";

import { measureTasks } from "./trace-tasks";

const thread = {
  ph: "M",
  name: "thread_name",
  ts: 0,
  pid: 1,
  tid: 1,
  args: { name: "CrRendererMain" },
};
const task = (name: string, ts: number, dur: number, tdur = dur / 2) => ({
  ph: "X",
  name,
  ts,
  dur,
  tdur,
  pid: 1,
  tid: 1,
});
const ours = (ts: number) => ({
  ph: "X",
  name: "FunctionCall",
  ts,
  dur: 10,
  pid: 1,
  tid: 1,
  args: { data: { url: "chrome-extension://x/script.js" } },
});

describe("measureTasks", () => {
  it("counts a task once when Chromium nests RunTask inside ThreadControllerImpl::RunTask", () => {
    const events = [
      thread,
      task("ThreadControllerImpl::RunTask", 1_000, 30_000),
      task("RunTask", 1_000, 30_000),
      ours(2_000),
      task("ThreadControllerImpl::RunTask", 50_000, 60_000),
      task("RunTask", 50_100, 59_000),
      ours(60_000),
      task("ThreadControllerImpl::RunTask", 200_000, 5_000),
    ];
    const stats = measureTasks(events, (url) => url.startsWith("chrome-extension://"));
    expect(stats.tasks).toBe(2);
    expect(stats.totalMs).toBe(90);
    expect(stats.cpuMs).toBe(45);
    expect(stats.longestMs).toBe(60);
    expect(stats.longTasks).toBe(1);
  });
});
