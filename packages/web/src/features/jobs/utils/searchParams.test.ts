/// <reference types="jest" />
import {
  activeFilterCount,
  EMPTY_SEARCH,
  parseSearch,
  serializeSearch,
  toAlertCriteria,
  toggleValue,
  toJobFilter,
  toJobOrder,
  withBase,
  type JobSearch,
} from "./searchParams";

const FULL: JobSearch = {
  query: "llm engineer",
  categories: ["nlp", "generative-ai"],
  seniorities: ["SENIOR", "LEAD"],
  employmentTypes: ["FULL_TIME", "PART_TIME"],
  remote: ["REMOTE", "HYBRID"],
  locations: ["san-francisco", "london"],
  companies: ["acme-ai"],
  tags: ["pytorch", "rag"],
  salaryMin: 150000,
  salaryCurrency: "EUR",
  postedWithinDays: 7,
  sort: "salary",
};

describe("job search ↔ URL", () => {
  it("round-trips every field through the query string", () => {
    expect(parseSearch(serializeSearch(FULL))).toEqual(FULL);
  });

  it("writes readable, comma-separated, lower-case values", () => {
    expect(serializeSearch(FULL)).toBe(
      "q=llm+engineer&category=nlp,generative-ai&seniority=senior,lead&type=full-time,part-time&remote=remote,hybrid&location=san-francisco,london&company=acme-ai&tag=pytorch,rag&salary=150000&currency=EUR&days=7&sort=salary",
    );
  });

  it("writes an empty search as an empty string and reads it back as the default", () => {
    expect(serializeSearch(EMPTY_SEARCH)).toBe("");
    expect(parseSearch("")).toEqual(EMPTY_SEARCH);
  });

  it("leaves the currency out for USD and when no salary is set", () => {
    expect(serializeSearch({ ...EMPTY_SEARCH, salaryMin: 100000 })).toBe("salary=100000");
    expect(serializeSearch({ ...EMPTY_SEARCH, salaryCurrency: "GBP" })).toBe("");
  });

  it("drops unknown enum values, bad slugs and malformed numbers", () => {
    const search = parseSearch(
      "seniority=senior,wizard&remote=REMOTE,mars&category=nlp,Bad%20Slug!&salary=12abc&days=-3&sort=random&currency=euro",
    );
    expect(search.seniorities).toEqual(["SENIOR"]);
    expect(search.remote).toEqual(["REMOTE"]);
    expect(search.categories).toEqual(["nlp"]);
    expect(search.salaryMin).toBeNull();
    expect(search.postedWithinDays).toBeNull();
    expect(search.sort).toBeNull();
    expect(search.salaryCurrency).toBe("USD");
  });

  it("accepts repeated keys and removes duplicates", () => {
    expect(parseSearch("tag=rag&tag=pytorch,rag").tags).toEqual(["rag", "pytorch"]);
  });

  it("toggles a value on and off", () => {
    const on = toggleValue(EMPTY_SEARCH, "remote", "REMOTE");
    expect(on.remote).toEqual(["REMOTE"]);
    expect(toggleValue(on, "remote", "REMOTE").remote).toEqual([]);
  });

  it("counts active filters but not the keywords or sort", () => {
    expect(activeFilterCount(FULL)).toBe(2 + 2 + 2 + 2 + 2 + 1 + 2 + 1 + 1);
    expect(activeFilterCount({ ...EMPTY_SEARCH, query: "x", sort: "newest" })).toBe(0);
  });
});

describe("job search → API", () => {
  const now = Date.parse("2026-11-28T16:42:17.123Z");

  it("builds the JobFilter with postedAfter rounded to the hour", () => {
    expect(toJobFilter(FULL, now)).toEqual({
      query: "llm engineer",
      categories: ["nlp", "generative-ai"],
      seniorities: ["SENIOR", "LEAD"],
      employmentTypes: ["FULL_TIME", "PART_TIME"],
      remote: ["REMOTE", "HYBRID"],
      locations: ["san-francisco", "london"],
      companies: ["acme-ai"],
      tags: ["pytorch", "rag"],
      salaryMin: 150000,
      salaryCurrency: "EUR",
      postedAfter: "2026-11-21T16:00:00.000Z",
    });
  });

  it("keeps the same filter within the hour, so the cached result is reused", () => {
    expect(toJobFilter(FULL, now)).toEqual(toJobFilter(FULL, now + 10 * 60_000));
  });

  it("sends an empty filter for an empty search", () => {
    expect(toJobFilter(EMPTY_SEARCH, now)).toEqual({});
  });

  it("orders by relevance for keywords, newest otherwise, unless chosen", () => {
    expect(toJobOrder(EMPTY_SEARCH)).toEqual({ field: "POSTED_AT", direction: "DESC" });
    expect(toJobOrder({ ...EMPTY_SEARCH, query: "rag" })).toEqual({ field: "RELEVANCE", direction: "DESC" });
    expect(toJobOrder({ ...EMPTY_SEARCH, query: "rag", sort: "newest" })).toEqual({ field: "POSTED_AT", direction: "DESC" });
    expect(toJobOrder({ ...EMPTY_SEARCH, sort: "salary" })).toEqual({ field: "SALARY", direction: "DESC" });
  });

  it("fixes a landing page's dimension over the URL's", () => {
    const search = withBase({ ...EMPTY_SEARCH, categories: ["robotics"], remote: ["HYBRID"] }, { categories: ["nlp"] });
    expect(toJobFilter(search).categories).toEqual(["nlp"]);
    expect(toJobFilter(search).remote).toEqual(["HYBRID"]);
  });

  it("turns a search into alert criteria without the date", () => {
    const criteria = toAlertCriteria(FULL);
    expect(criteria).not.toHaveProperty("postedAfter");
    expect(criteria).toMatchObject({
      query: "llm engineer",
      categories: ["nlp", "generative-ai"],
      salaryMin: 150000,
      salaryCurrency: "EUR",
    });
  });
});
