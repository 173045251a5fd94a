import type { LoadedDiary } from "./load-diary";
import { buildChartData } from "./build-chart-data";
import { chartSummary } from "./chart-summary";
import { PainChart } from "./pain-chart";
import { PainTable } from "./pain-table";

/** The pain chart with its text table (the table is the chart's text alternative). */
export const DiaryChartSection = ({
  diary,
  timeZone,
}: {
  diary: LoadedDiary;
  timeZone: string;
}) => (
  <section className="stack" aria-labelledby="chart-heading">
    <h2 id="chart-heading">Pain over time</h2>
    <PainChart
      data={buildChartData(diary.sessions, diary.checkIns, diary.levels)}
      timeZone={timeZone}
      summary={chartSummary(diary.sessions.length, diary.checkIns)}
    />
    <PainTable
      sessions={diary.sessions}
      checkIns={diary.checkIns}
      levels={diary.levels}
      timeZone={timeZone}
    />
  </section>
);
