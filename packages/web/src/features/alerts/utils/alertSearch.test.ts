/// <reference types="jest" />
import { parseSearch, toAlertCriteria } from "../../jobs/utils/searchParams";
import { alertSearch, newAlertPath, type AlertCriteriaValues } from "./alertSearch";

const criteria: AlertCriteriaValues = {
  query: "llm",
  categories: ["generative-ai"],
  seniorities: ["SENIOR", "LEAD"],
  employmentTypes: ["FULL_TIME"],
  remote: ["REMOTE"],
  locations: ["london"],
  companies: ["acme"],
  tags: ["pytorch"],
  salaryMin: 150000,
  salaryCurrency: "GBP",
};

describe("an alert's search", () => {
  it("is the job search the alert form edits, and sends back the same criteria", () => {
    const search = alertSearch(criteria);
    expect(search).toMatchObject({ ...criteria, postedWithinDays: null, sort: null });
    expect(toAlertCriteria(search)).toEqual(criteria);
  });

  it("fills the defaults in for an alert with no keywords or currency", () => {
    const search = alertSearch({ ...criteria, query: null, salaryMin: null, salaryCurrency: null });
    expect(search.query).toBe("");
    expect(search.salaryCurrency).toBe("USD");
    expect(toAlertCriteria(search)).not.toHaveProperty("salaryMin");
  });

  it("opens the alert form with the same search", () => {
    const path = newAlertPath(alertSearch(criteria));
    expect(path).toBe(
      "/alerts?q=llm&category=generative-ai&seniority=senior,lead&type=full-time&remote=remote&location=london&company=acme&tag=pytorch&salary=150000&currency=GBP",
    );
    expect(parseSearch(path.split("?")[1])).toEqual(alertSearch(criteria));
    expect(
      newAlertPath(
        alertSearch({
          ...criteria,
          query: null,
          categories: [],
          seniorities: [],
          employmentTypes: [],
          remote: [],
          locations: [],
          companies: [],
          tags: [],
          salaryMin: null,
        }),
      ),
    ).toBe("/alerts");
  });
});
