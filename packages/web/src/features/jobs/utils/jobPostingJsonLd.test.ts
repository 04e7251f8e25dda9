import type { JobPostingJsonLd_JobFragment as Job } from "../../../generated/graphql";
import { jobPostingJsonLd } from "./jobPostingJsonLd";

const job = (over: Partial<Job> = {}): Job =>
  ({
    __typename: "Job",
    id: "Sm9iOjE",
    slug: "ml-engineer",
    url: "https://hiredin.ai/jobs/ml-engineer",
    title: "ML Engineer",
    descriptionHtml: "<p>Build models.</p>",
    employmentType: "CONTRACT",
    remote: "ONSITE",
    postedAt: "2026-11-20T10:00:00.000Z",
    validThrough: "2027-01-19T10:00:00.000Z",
    salary: { __typename: "SalaryRange", min: 150000, max: 200000, currency: "USD", period: "YEAR" },
    company: {
      __typename: "Company",
      id: "2",
      name: "Acme AI",
      logoUrl: null,
      website: "https://acme.example",
    },
    locations: [{ __typename: "Location", id: "3", slug: "london", city: "London", region: "England", country: "GB" }],
    ...over,
  }) as Job;

test("an on-site job names its place, pay and employer", () => {
  expect(jobPostingJsonLd(job())).toMatchObject({
    "@type": "JobPosting",
    title: "ML Engineer",
    datePosted: "2026-11-20T10:00:00.000Z",
    validThrough: "2027-01-19T10:00:00.000Z",
    employmentType: "CONTRACTOR",
    hiringOrganization: { "@type": "Organization", name: "Acme AI", sameAs: "https://acme.example" },
    jobLocation: [{ "@type": "Place", address: { addressLocality: "London", addressRegion: "England", addressCountry: "GB" } }],
    baseSalary: { "@type": "MonetaryAmount", currency: "USD", value: { minValue: 150000, maxValue: 200000, unitText: "YEAR" } },
  });
  expect(jobPostingJsonLd(job())).not.toHaveProperty("jobLocationType");
});

test("a remote job is TELECOMMUTE, and the Remote pseudo-city is not a place", () => {
  const data = jobPostingJsonLd(
    job({ remote: "REMOTE", locations: [{ id: "9", slug: "remote", city: "Remote", region: null, country: null }] }),
  );
  expect(data.jobLocationType).toBe("TELECOMMUTE");
  expect(data).not.toHaveProperty("jobLocation");
});

test("a job without a salary has no baseSalary", () => {
  expect(jobPostingJsonLd(job({ salary: null }))).not.toHaveProperty("baseSalary");
});
