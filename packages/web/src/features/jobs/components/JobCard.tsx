import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { CompanyLogo } from "../../../shared/ui/CompanyLogo";
import { formatRelativeTime, formatSalary, sitePath } from "../../../shared/utils/format";
import { employmentTypeLabel, remoteLabel, seniorityLabel } from "../utils/labels";
import styles from "./JobCard.module.css";

export const JobCardFragment = graphql(`
  fragment JobCard_job on Job {
    id
    slug
    url
    title
    featured
    highlighted
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

/** A job as a list shows it: any query that lists jobs spreads `...JobCard_job` on each. */
export type JobCardRef = FragmentType<typeof JobCardFragment>;

/** Where a job is: its cities ("Remote" is said by the remote policy). */
export function jobPlaces(locations: readonly { city: string; country: string | null; slug: string }[]): string[] {
  return locations.filter((l) => l.slug !== "remote").map((l) => [l.city, l.country].filter(Boolean).join(", "));
}

export function JobCard({ job: jobRef, headingLevel = 2 }: { job: JobCardRef; headingLevel?: 2 | 3 }) {
  const job = getFragmentData(JobCardFragment, jobRef);
  const salary = formatSalary(job.salary);
  const places = jobPlaces(job.locations);
  const Heading = `h${headingLevel}` as const;
  return (
    <li className={job.highlighted ? `${styles.job} ${styles.highlighted}` : styles.job}>
      <CompanyLogo name={job.company.name} logoUrl={job.company.logoUrl} />
      <div className={styles.body}>
        <Heading className={styles.title}>
          <Link to={sitePath(job.url, `/jobs/${job.slug}`)} className={styles.link}>
            {job.title}
          </Link>
        </Heading>
        <p className={styles.company}>
          {job.company.name}
          {job.featured && <span className={styles.featuredTag}>Featured</span>}
        </p>
        <ul className={styles.meta} aria-label="Job details">
          {places.length > 0 && <li>{places.join(" · ")}</li>}
          <li>{remoteLabel(job.remote)}</li>
          <li>{seniorityLabel(job.seniority)}</li>
          {job.employmentType !== "FULL_TIME" && <li>{employmentTypeLabel(job.employmentType)}</li>}
          {salary && <li className={styles.salary}>{salary}</li>}
        </ul>
      </div>
      {job.postedAt && (
        <time className={styles.posted} dateTime={job.postedAt} title={new Date(job.postedAt).toLocaleString()}>
          {formatRelativeTime(job.postedAt)}
        </time>
      )}
    </li>
  );
}

export function JobList({ jobs, headingLevel }: { jobs: readonly JobCardRef[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className={styles.list}>
      {jobs.map((job) => (
        <JobCard key={getFragmentData(JobCardFragment, job).id} job={job} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

export function JobListSkeleton({ count = 6 }: { count?: number }) {
  return (
    <ul className={styles.list} aria-busy="true" aria-label="Loading jobs">
      {Array.from({ length: count }, (_, i) => (
        <li key={i} className={`${styles.job} ${styles.skeleton}`}>
          <span className={`company-logo ${styles.skeletonLogo}`} />
          <div className={styles.body}>
            <span className="skeleton-line skeleton-line--title" />
            <span className="skeleton-line" />
            <span className="skeleton-line skeleton-line--short" />
          </div>
        </li>
      ))}
    </ul>
  );
}
