"use client";

import type { TriageLevel } from "@backsure/core";
import { LEVEL_STYLE } from "@backsure/core";
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";

import type { ChartData, ChartPoint } from "./build-chart-data";
import styles from "./diary.module.css";

type DotProps = { cx?: number; cy?: number; payload?: ChartPoint; index?: number };

const INK = "#1f2937";

/** The "pain now" dot: a circle with the level's icon above it (icons read in black and white). */
const NowDot = ({ cx, cy, payload, index }: DotProps) => {
  if (cx === undefined || cy === undefined) return <g key={`now-${String(index)}`} />;
  const level: TriageLevel | null = payload?.level ?? null;
  return (
    <g key={`now-${String(index)}`} className="chart-point" data-level={level ?? "none"}>
      <circle cx={cx} cy={cy} r={5} fill={INK} />
      {level === null ? null : (
        <text
          x={cx}
          y={cy - 10}
          textAnchor="middle"
          fontSize={13}
          fontWeight={700}
          fill={LEVEL_STYLE[level].color}
        >
          {LEVEL_STYLE[level].icon}
        </text>
      )}
    </g>
  );
};

const SquareDot = ({ cx, cy, index }: DotProps) =>
  cx === undefined || cy === undefined ? (
    <g key={`ex-${String(index)}`} />
  ) : (
    <rect
      key={`ex-${String(index)}`}
      x={cx - 4}
      y={cy - 4}
      width={8}
      height={8}
      fill="#fff"
      stroke={INK}
      strokeWidth={2}
    />
  );

const DiamondDot = ({ cx, cy, index }: DotProps) =>
  cx === undefined || cy === undefined ? (
    <g key={`mo-${String(index)}`} />
  ) : (
    <path
      key={`mo-${String(index)}`}
      d={`M${String(cx)} ${String(cy - 6)} L${String(cx + 6)} ${String(cy)} L${String(cx)} ${String(cy + 6)} L${String(cx - 6)} ${String(cy)} Z`}
      fill="#6b7280"
      stroke={INK}
    />
  );

const formatTick = (timeZone: string) => (value: number) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short" }).format(value);

/**
 * Pain over time: pain now (solid line, round dots with the level's icon), worst pain during exercise (dashed,
 * square dots) and next-morning pain (dotted, diamonds). Sessions are dashed upright lines; the usual 24–72 h
 * soreness window after each is shaded. A picture only: the table below says the same in words.
 */
export const PainChart = ({
  data,
  timeZone,
  summary,
}: {
  data: ChartData;
  timeZone: string;
  summary: string;
}) => (
  <div className={styles.chart} role="img" aria-label={summary}>
    <ResponsiveContainer width="100%" height={320}>
      <ComposedChart
        data={data.points}
        margin={{ top: 24, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e5e7eb" />
        {data.windows.map((window, index) => (
          <ReferenceArea
            key={`window-${String(window.from)}`}
            x1={window.from}
            x2={window.to}
            y1={0}
            y2={10}
            fill="#9ca3af"
            fillOpacity={0.18}
            stroke="#9ca3af"
            strokeDasharray="1 3"
            {...(index === 0
              ? {
                  label: {
                    value: "Usual soreness (24–72 h)",
                    position: "insideTop" as const,
                    fontSize: 11,
                    fill: INK,
                  },
                }
              : {})}
          />
        ))}
        {data.sessions.map((session) => (
          <ReferenceLine
            key={session.id}
            x={session.t}
            stroke={INK}
            strokeDasharray="6 3"
            label={{ value: "Session", position: "top", fontSize: 11, fill: INK }}
          />
        ))}
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={data.domain}
          tickFormatter={formatTick(timeZone)}
          stroke={INK}
        />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} width={32} stroke={INK} />
        <Line
          dataKey="now"
          name="Pain now"
          stroke={INK}
          strokeWidth={2}
          dot={NowDot}
          isAnimationActive={false}
          connectNulls
        />
        <Line
          dataKey="exercise"
          name="Pain during exercise"
          stroke={INK}
          strokeDasharray="6 4"
          dot={SquareDot}
          isAnimationActive={false}
          connectNulls
        />
        <Line
          dataKey="morning"
          name="Pain next morning"
          stroke="#6b7280"
          strokeDasharray="2 3"
          dot={DiamondDot}
          isAnimationActive={false}
          connectNulls
        />
      </ComposedChart>
    </ResponsiveContainer>
    <ul className={styles.legend} aria-hidden="true">
      <li>● solid line: pain now (icon above = level)</li>
      <li>■ dashed line: pain during exercise</li>
      <li>◆ dotted line: pain next morning</li>
      <li>┆ dashed upright line: a session; shaded: usual soreness 24–72 h after</li>
    </ul>
  </div>
);
