import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { formatMoney } from "../../../shared/utils/format";
import styles from "./SalaryGuideFigures.module.css";

export const SalaryGuideFiguresFragment = graphql(`
  fragment SalaryGuideFigures_article on Article {
    id
    categories {
      id
      name
    }
    salaryStats {
      sampleSize
      currency
      p25
      median
      p75
    }
  }
`);

/** A salary guide's live figures: computed by the API from the ranges on the live jobs, never typed into the text. */
export function SalaryGuideFigures({ article: ref }: { article: FragmentType<typeof SalaryGuideFiguresFragment> }) {
  const { salaryStats: stats, categories } = getFragmentData(SalaryGuideFiguresFragment, ref);
  if (!stats) return null;
  const name = categories[0]?.name ?? "These";
  if (stats.sampleSize === 0 || stats.median == null) {
    return <p className="card muted">Not enough {name} jobs state a salary right now to show figures.</p>;
  }
  const figures: [string, number | null][] = [
    ["25th percentile", stats.p25],
    ["Median", stats.median],
    ["75th percentile", stats.p75],
  ];
  return (
    <section className={`card ${styles.figures}`} aria-label="Live salary figures">
      <dl className={styles.list}>
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt className="small muted">{label}</dt>
            <dd className={styles.value}>{value == null ? "–" : formatMoney(value, stats.currency)}</dd>
          </div>
        ))}
      </dl>
      <p className="small muted">
        A year, from the salary ranges of {stats.sampleSize} live {name} jobs on HiredinAI, as of now.
      </p>
    </section>
  );
}
