import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface Day {
  day: string;
  views: number;
  applyClicks: number;
}

/** The company's views and apply clicks per day, summed over its postings (recharts). */
export function ActivityChart({ days }: { days: readonly Day[] }) {
  const data = days.map((d) => ({ ...d, label: d.day.slice(5) }));
  return (
    <figure aria-label="Views and apply clicks, last 30 days" style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--color-border)" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="views" name="Views" fill="var(--color-accent-muted)" />
          <Bar dataKey="applyClicks" name="Apply clicks" fill="var(--color-accent)" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Each day's figures summed over several postings' daily series (all of the same days). */
export function sumDays(series: readonly (readonly Day[])[]): Day[] {
  const byDay = new Map<string, Day>();
  for (const days of series) {
    for (const d of days) {
      const total = byDay.get(d.day) ?? { day: d.day, views: 0, applyClicks: 0 };
      byDay.set(d.day, { day: d.day, views: total.views + d.views, applyClicks: total.applyClicks + d.applyClicks });
    }
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}
