import { readFileSync, readdirSync } from "node:fs";

const readOr = (path: string, fallback: string): string => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return fallback;
  }
};

/**
 * The pid of Chromium's extension process (where the extension's background runs), found by its command line;
 * null where there is no /proc (not Linux) or no such process.
 */
export const findExtensionProcess = (): number | null => {
  if (readOr("/proc/self/stat", "") === "") return null;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    // Chromium rewrites its children's command lines into one string, so look for the flags as text.
    const command = readOr(`/proc/${pid}/cmdline`, "");
    if (command.includes("--type=renderer") && command.includes("--extension-process")) {
      return Number(pid);
    }
  }
  return null;
};

/** CPU time used so far by all threads of a process, ms (from each thread's /proc schedstat, in ns). */
export const readProcessCpuMs = (pid: number): number => {
  let nanoseconds = 0;
  for (const thread of readdirSync(`/proc/${pid}/task`)) {
    const [onCpu = "0"] = readOr(`/proc/${pid}/task/${thread}/schedstat`, "0").split(" ");
    nanoseconds += Number(onCpu);
  }
  return nanoseconds / 1e6;
};
