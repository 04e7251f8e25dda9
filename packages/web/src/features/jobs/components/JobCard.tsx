import { Link } from "react-router";
import { graphql } from "../../../generated";
import type { JobCard_JobFragment } from "../../../generated/graphql";
import { CompanyLogo } from "../../../shared/ui/CompanyLogo";
import {
  EMPLOYMENT_TYPE_LABELS,
  formatRelativeTime,
  formatSalary,
  label,
  REMOTE_LABELS,
  SENIORITY_LABELS,
  sitePath,
} from "../../../shared/utils/format";

export const JobCardFragment = graphql(`
  fragment JobCard_job on Job {
    id
    slug
    url
    title
    featured
    postedAt
    remote
    seniority
    employmentType
    category {
      id
      slug
      name
    }
    company {
      id
      slug
      name
      logoUrl
    }
    locations {
      id
      city
      country
      slug
    }
    salary {
      min
      max
      currency
      period
    }
  }
`);

/** Where a job is: its cities ("Remote" is said by the remote policy). */
export function jobPlaces(locations: readonly { city: string; country: string | null; slug: string }[]): string[] {
  return locations.filter((l) => l.slug !== "remote").map((l) => [l.city, l.country].filter(Boolean).join(", "));
}

export function JobCard({ job, headingLevel = 2 }: { job: JobCard_JobFragment; headingLevel?: 2 | 3 }) {
  const salary = formatSalary(job.salary);
  const places = jobPlaces(job.locations);
  const Heading = `h${headingLevel}` as const;
  return (
    <li className={job.featured ? "job-card job-card--featured" : "job-card"}>
      <CompanyLogo name={job.company.name} logoUrl={job.company.logoUrl} />
      <div className="job-card__body">
        <Heading className="job-card__title">
          <Link to={sitePath(job.url, `/jobs/${job.slug}`)} className="job-card__link">
            {job.title}
          </Link>
        </Heading>
        <p className="job-card__company">
          {job.company.name}
          {job.featured && <span className="featured-tag">Featured</span>}
        </p>
        <ul className="job-card__meta" aria-label="Job details">
          {places.length > 0 && <li>{places.join(" · ")}</li>}
          <li>{label(REMOTE_LABELS, job.remote)}</li>
          <li>{label(SENIORITY_LABELS, job.seniority)}</li>
          {job.employmentType !== "FULL_TIME" && <li>{label(EMPLOYMENT_TYPE_LABELS, job.employmentType)}</li>}
          {salary && <li className="job-card__salary">{salary}</li>}
        </ul>
      </div>
      {job.postedAt && (
        <time className="job-card__posted" dateTime={job.postedAt} title={new Date(job.postedAt).toLocaleString()}>
          {formatRelativeTime(job.postedAt)}
        </time>
      )}
    </li>
  );
}

export function JobList({ jobs, headingLevel }: { jobs: readonly JobCard_JobFragment[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="job-list">
      {jobs.map((job) => (
        <JobCard key={job.id} job={job} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

export function JobListSkeleton({ count = 6 }: { count?: number }) {
  return (
    <ul className="job-list" aria-busy="true" aria-label="Loading jobs">
      {Array.from({ length: count }, (_, i) => (
        <li key={i} className="job-card job-card--skeleton">
          <span className="company-logo" />
          <div className="job-card__body">
            <span className="skeleton-line skeleton-line--title" />
            <span className="skeleton-line" />
            <span className="skeleton-line skeleton-line--short" />
          </div>
        </li>
      ))}
    </ul>
  );
}
