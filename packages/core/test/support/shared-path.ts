import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

/** The `shared/` folder that sits beside the repository (development and CI both have it there). */
export const SHARED_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../../shared",
);

export const sharedPath = (...parts: string[]): string => {
  const full = path.join(SHARED_DIR, ...parts);
  if (!existsSync(full)) throw new Error(`Expected ${full}: is ../shared beside the repository?`);
  return full;
};
