import type { CSSProperties } from "react";

import type { TriageLevel } from "@backsure/core";
import { LEVEL_STYLE, TRIAGE_LEVELS } from "@backsure/core";

/**
 * The five levels' icon and colours from core's LEVEL_STYLE as CSS custom properties (`--ink-<level>`,
 * `--tint-<level>`, `--icon-<level>`), set once on a container; reader.module.css picks them per `data-level`.
 */
export const LEVEL_VARIABLES = Object.fromEntries(
  TRIAGE_LEVELS.flatMap((level: TriageLevel) => [
    [`--ink-${level}`, LEVEL_STYLE[level].color],
    [`--tint-${level}`, LEVEL_STYLE[level].tint],
    [`--icon-${level}`, JSON.stringify(LEVEL_STYLE[level].icon)],
  ]),
) as CSSProperties;
