import { useTestApi } from "../../../test/support/test-api";
import { SalaryPeriod, Seniority } from "../jobs/job.enums";

const api = useTestApi();

const BREAKDOWN = `query($by: SalaryGroupBy!, $filter: JobFilter, $currency: String) {
  salaryBreakdown(by: $by, filter: $filter, currency: $currency) { value label stats { sampleSize median p25 p75 currency period } }
}`;

test("salaryBreakdown gives each group's percentiles in one request, groups in their natural order", async () => {
  const ml = await api.make.category({ slug: "ml", name: "Machine Learning", position: 1 });
  const sales = await api.make.category({ slug: "sales", name: "AI Sales", position: 2 });
  const london = await api.make.location({ slug: "london", city: "London", country: "GB" });
  const yearly = (min: number, max: number) => ({ min, max, currency: "USD", period: SalaryPeriod.YEAR });
  await api.make.job({ categoryId: ml.id, seniority: Seniority.SENIOR, salary: yearly(200_000, 220_000), locations: [london] });
  await api.make.job({ categoryId: ml.id, seniority: Seniority.ENTRY, salary: yearly(100_000, 120_000) });
  await api.make.job({
    categoryId: sales.id,
    seniority: Seniority.ENTRY,
    salary: { min: 50, max: 50, currency: "USD", period: SalaryPeriod.HOUR },
  });
  await api.make.job({ categoryId: sales.id, seniority: Seniority.LEAD, salary: null });

  const byCategory = await api.gql(BREAKDOWN, { by: "CATEGORY" });
  expect(byCategory.errors).toBeUndefined();
  expect(byCategory.data!.salaryBreakdown).toEqual([
    {
      value: "ml",
      label: "Machine Learning",
      stats: { sampleSize: 2, median: 160000, p25: 135000, p75: 185000, currency: "USD", period: "YEAR" },
    },
    {
      value: "sales",
      label: "AI Sales",
      stats: { sampleSize: 1, median: 104000, p25: 104000, p75: 104000, currency: "USD", period: "YEAR" },
    },
  ]);

  const bySeniority = await api.gql(BREAKDOWN, { by: "SENIORITY", filter: { categories: ["ml", "sales"] } });
  expect(bySeniority.data!.salaryBreakdown.map((g: any) => [g.value, g.label, g.stats.sampleSize])).toEqual([
    ["ENTRY", "Entry level", 2],
    ["SENIOR", "Senior", 1],
  ]);

  const byCity = await api.gql(BREAKDOWN, { by: "LOCATION", currency: "GBP" });
  expect(byCity.data!.salaryBreakdown).toEqual([
    {
      value: "london",
      label: "London",
      stats: { sampleSize: 1, median: 165354, p25: 165354, p75: 165354, currency: "GBP", period: "YEAR" },
    },
  ]);

  const bad = await api.gql(BREAKDOWN, { by: "CATEGORY", currency: "XXX" });
  expect(bad.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
});
