/// <reference types="jest" />
import { print } from "graphql";
import { chartMax, percentOf, salaryGroupsQuery } from "./salaryQuery";

describe("salary chart helpers", () => {
  it("scales bars to the widest p75", () => {
    const max = chartMax([{ currency: "USD", period: "YEAR", sampleSize: 3, p25: 100, median: 150, p75: 200 }, null, { currency: "USD", period: "YEAR", sampleSize: 0, p25: null, median: null, p75: null }]);
    expect(max).toBe(200);
    expect(percentOf(150, max)).toBe(75);
    expect(percentOf(null, max)).toBe(0);
    expect(percentOf(500, max)).toBe(100);
    expect(chartMax([])).toBe(1);
  });

  it("asks for every group in one aliased query with its own filter variable", () => {
    const { document, variables, alias } = salaryGroupsQuery("SalariesByGroupQuery", [
      { key: "a", label: "NLP", filter: { categories: ["nlp"] } },
      { key: "b", label: "London", filter: { locations: ["london"] } },
    ]);
    const text = print(document);
    expect(text).toContain("query SalariesByGroupQuery($currency: String!, $f0: JobFilter, $f1: JobFilter)");
    expect(text).toContain("g0: salaryStats(filter: $f0, currency: $currency)");
    expect(text).toContain("g1: salaryStats(filter: $f1, currency: $currency)");
    expect(variables).toEqual({ f0: { categories: ["nlp"] }, f1: { locations: ["london"] } });
    expect(alias(1)).toBe("g1");
  });
});
