import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { formatDate, formatRelativeTime, formatSalary } from "../../../shared/utils/format";
import { employmentTypeLabel, remoteLabel, seniorityLabel } from "../utils/labels";
import styles from "./JobFacts.module.css";

export const JobFactsFragment = graphql(`
  fragment JobFacts_job on Job {
    id
    remote
    seniority
    employmentType
    postedAt
    validThrough
    salary {
      min
      max
      currency
      period
    }
    category {
      id
      slug
      name
    }
    locations {
      id
      slug
      city
      region
      country
    }
  }
`);

/** The job's key facts: where, remote policy, pay, seniority, type, category and dates. */
export function JobFacts({ job: jobRef }: { job: FragmentType<typeof JobFactsFragment> }) {
  const job = getFragmentData(JobFactsFragment, jobRef);
  const salary = formatSalary(job.salary);
  const places = job.locations.filter((l) => l.slug !== "remote");
  return (
    <dl className={styles.facts}>
      <div>
        <dt>Location</dt>
        <dd>
          {places.length ? (
            places.map((l, i) => (
              <span key={l.id}>
                {i > 0 && " · "}
                <Link to={`/jobs/city/${l.slug}`}>{[l.city, l.region, l.country].filter(Boolean).join(", ")}</Link>
              </span>
            ))
          ) : (
            <Link to="/jobs/remote">Anywhere</Link>
          )}
        </dd>
      </div>
      <div>
        <dt>Remote policy</dt>
        <dd>{remoteLabel(job.remote)}</dd>
      </div>
      <div>
        <dt>Salary</dt>
        <dd className={salary ? styles.salary : undefined}>{salary ?? "Not stated"}</dd>
      </div>
      <div>
        <dt>Seniority</dt>
        <dd>{seniorityLabel(job.seniority)}</dd>
      </div>
      <div>
        <dt>Employment type</dt>
        <dd>{employmentTypeLabel(job.employmentType)}</dd>
      </div>
      <div>
        <dt>Category</dt>
        <dd>
          <Link to={`/jobs/category/${job.category.slug}`}>{job.category.name}</Link>
        </dd>
      </div>
      {job.postedAt && (
        <div>
          <dt>Posted</dt>
          <dd>
            <time dateTime={job.postedAt} title={formatDate(job.postedAt)}>
              {formatRelativeTime(job.postedAt)}
            </time>
          </dd>
        </div>
      )}
      {job.validThrough && (
        <div>
          <dt>Apply by</dt>
          <dd>
            <time dateTime={job.validThrough}>{formatDate(job.validThrough)}</time>
          </dd>
        </div>
      )}
    </dl>
  );
}
