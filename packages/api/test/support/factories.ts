import type { DataSource } from "typeorm";
import { JobCategory } from "../../src/features/categories/job-category.entity";
import { Company } from "../../src/features/companies/company.entity";
import { GlossaryFaq, GlossaryRelatedTerm, GlossaryTerm } from "../../src/features/glossary/glossary-term.entity";
import { Job } from "../../src/features/jobs/job.entity";
import { EmploymentType, JobStatus, RemotePolicy, SalaryPeriod, Seniority } from "../../src/features/jobs/job.enums";
import { Location } from "../../src/features/locations/location.entity";
import { annualUsd } from "../../src/shared/money/money";

let n = 0;
const next = () => ++n;

/** Small factories: each test makes exactly the rows it needs; every field can be overridden. */
export function factories(ds: DataSource) {
  return {
    async company(over: Partial<Company> = {}): Promise<Company> {
      const i = next();
      return ds.getRepository(Company).save({
        slug: `company-${i}`,
        name: `Company ${i}`,
        website: `https://company-${i}.example`,
        logoUrl: null,
        description: `Company ${i} builds AI products.`,
        size: "51-200",
        headquarters: "San Francisco, CA",
        verified: true,
        ...over,
      });
    },

    async category(over: Partial<JobCategory> = {}): Promise<JobCategory> {
      const i = next();
      return ds.getRepository(JobCategory).save({ slug: `category-${i}`, name: `Category ${i}`, description: null, position: i, ...over });
    },

    async location(over: Partial<Location> = {}): Promise<Location> {
      const i = next();
      return ds.getRepository(Location).save({ slug: `city-${i}`, city: `City ${i}`, region: null, country: "US", ...over });
    },

    /** A live job; pass `salary: null` for none. Company and category are made when not given. */
    async job(
      over: Partial<Omit<Job, "locations">> & {
        locations?: Location[];
        salary?: { min: number | null; max: number | null; currency: string; period: SalaryPeriod } | null;
      } = {},
    ): Promise<Job> {
      const i = next();
      const { salary = { min: 100_000, max: 150_000, currency: "USD", period: SalaryPeriod.YEAR }, locations = [], ...fields } = over;
      const companyId = fields.companyId ?? (await this.company()).id;
      const categoryId = fields.categoryId ?? (await this.category()).id;
      const job = await ds.getRepository(Job).save({
        slug: `job-${i}`,
        title: `Job ${i}`,
        description: `Job ${i} description.`,
        seniority: Seniority.MID,
        employmentType: EmploymentType.FULL_TIME,
        remote: RemotePolicy.ONSITE,
        tags: [],
        applyUrl: `https://example.com/apply/${i}`,
        status: JobStatus.PUBLISHED,
        postedAt: new Date(Date.now() - i * 60_000),
        validThrough: new Date(Date.now() + 30 * 86_400_000),
        salaryMin: salary?.min ?? null,
        salaryMax: salary?.max ?? null,
        salaryCurrency: salary?.currency ?? null,
        salaryPeriod: salary?.period ?? null,
        salaryMinUsd: salary?.min != null ? annualUsd(salary.min, salary.currency, salary.period) : null,
        salaryMaxUsd: salary?.max != null ? annualUsd(salary.max, salary.currency, salary.period) : null,
        ...fields,
        companyId,
        categoryId,
        locations,
      });
      return job;
    },

    async glossaryTerm(
      over: Partial<GlossaryTerm> & { faqs?: { question: string; answer: string }[]; related?: GlossaryTerm[] } = {},
    ): Promise<GlossaryTerm> {
      const i = next();
      const { faqs = [], related = [], ...fields } = over;
      const term = await ds.getRepository(GlossaryTerm).save({
        slug: `term-${i}`,
        term: `Term ${i}`,
        shortDefinition: `Term ${i} in one sentence.`,
        body: `Term ${i} explained.`,
        howItWorks: null,
        careerRelevance: null,
        aliases: [],
        relatedCategoryId: null,
        ...fields,
      });
      await ds.getRepository(GlossaryFaq).save(faqs.map((f, position) => ({ ...f, position, termId: term.id })));
      await ds.getRepository(GlossaryRelatedTerm).save(related.map((r, position) => ({ termId: term.id, relatedTermId: r.id, position })));
      return term;
    },
  };
}
