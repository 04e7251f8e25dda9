import { JobDescription } from "./JobDescription";
import { JobDetailHeader } from "./JobDetailHeader";
import { JobFacts } from "./JobFacts";
import { JobTags } from "./JobTags";

/** A posting not yet on the site, as the job page will show it (the posting form's preview). */
export interface JobPreviewData {
  title: string;
  company: { name: string; slug: string; logoUrl: string | null; verified: boolean };
  category: { slug: string; name: string } | null;
  seniority: string;
  employmentType: string;
  remote: string;
  locations: { slug: string; city: string; region: string | null; country: string | null }[];
  salary: { min: number | null; max: number | null; currency: string; period: string } | null;
  tags: string[];
  /** Rendered and sanitised by the API, as the job page's is. */
  descriptionHtml: string;
  validThrough: string | null;
}

/** The job page's own parts (heading, facts, description, tags), given a posting's data instead of the API's job. */
export function JobPagePreview({ job }: { job: JobPreviewData }) {
  // The parts read their fragments from a job; this is that job's shape, made from the form.
  const asJob = {
    id: "preview",
    title: job.title || "Job title",
    company: { id: "preview-company", url: `/companies/${job.company.slug}`, ...job.company },
    category: job.category ? { id: `preview-${job.category.slug}`, ...job.category } : { id: "preview-category", slug: "", name: "" },
    seniority: job.seniority,
    employmentType: job.employmentType,
    remote: job.remote,
    locations: job.locations.map((l) => ({ id: `preview-${l.slug}`, ...l })),
    salary: job.salary && (job.salary.min != null || job.salary.max != null) ? job.salary : null,
    tags: job.tags,
    descriptionHtml: job.descriptionHtml,
    postedAt: new Date().toISOString(),
    validThrough: job.validThrough,
  } as never;
  return (
    <>
      <JobDetailHeader job={asJob} />
      <JobFacts job={asJob} />
      <JobDescription job={asJob} />
      <JobTags job={asJob} />
    </>
  );
}
