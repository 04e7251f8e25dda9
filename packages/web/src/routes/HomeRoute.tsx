import { gql, type TypedDocumentNode } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { useState } from "react";
import { formatRelativeTime, formatSalary, label, REMOTE_LABELS, SENIORITY_LABELS, sitePath, type Salary } from "../app/format";

/** The partner contract's `LatestJobs` operation, named for this route. */
const HOME_ROUTE_LATEST_JOBS_QUERY: TypedDocumentNode<HomeRouteLatestJobsQuery, HomeRouteLatestJobsQueryVariables> = gql`
  query HomeRouteLatestJobsQuery($first: Int = 10, $after: String, $filter: JobFilter) {
    jobs(first: $first, after: $after, filter: $filter, orderBy: { field: POSTED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          url
          title
          postedAt
          remote
          seniority
          employmentType
          tags
          category {
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
      }
    }
  }
`;

// Hand-written result types (matching packages/schema/schema.graphql) until generated ones exist.
// Enum values are typed as strings: the schema may add values, and the labels fall back gracefully.
export interface HomeRouteLatestJobsQueryVariables {
  first?: number;
  after?: string | null;
  filter?: Record<string, unknown> | null;
}

export interface LatestJob {
  id: string;
  slug: string;
  url: string;
  title: string;
  postedAt: string | null;
  remote: string;
  seniority: string;
  employmentType: string;
  tags: string[];
  category: { slug: string; name: string };
  company: { id: string; slug: string; name: string; logoUrl: string | null };
  locations: { city: string; country: string | null; slug: string }[];
  salary: Salary | null;
}

export interface HomeRouteLatestJobsQuery {
  jobs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: LatestJob }[];
  };
}

const PAGE_SIZE = 20;

export function HomeRoute() {
  const { data, loading, error, refetch } = useQuery(HOME_ROUTE_LATEST_JOBS_QUERY, {
    variables: { first: PAGE_SIZE },
  });
  const jobs = data?.jobs.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="latest-jobs-heading">
      <title>HiredinAI — Latest AI jobs</title>
      <div className="page-intro">
        <h1 id="latest-jobs-heading">Latest AI jobs</h1>
        <p className="muted">
          {data ? `${data.jobs.totalCount.toLocaleString("en-US")} open roles at AI companies.` : "Fresh roles at AI companies."}
        </p>
      </div>

      {loading && !data ? (
        <JobListSkeleton />
      ) : error && !data ? (
        <div className="state state--error" role="alert">
          <h2 className="state__title">We couldn't load the jobs</h2>
          <p className="muted">Check your connection and try again.</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            Try again
          </button>
        </div>
      ) : jobs.length === 0 ? (
        <div className="state">
          <h2 className="state__title">No jobs yet</h2>
          <p className="muted">New roles are posted every day. Check back soon.</p>
        </div>
      ) : (
        <ul className="job-list">
          {jobs.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </ul>
      )}
    </section>
  );
}

function JobCard({ job }: { job: LatestJob }) {
  const salary = formatSalary(job.salary);
  // "Remote" is already said by the remote policy.
  const locations = job.locations
    .filter((l) => l.slug !== "remote")
    .map((l) => [l.city, l.country].filter(Boolean).join(", "))
    .filter(Boolean);

  return (
    <li className="job-card">
      <CompanyLogo name={job.company.name} logoUrl={job.company.logoUrl} />
      <div className="job-card__body">
        <h2 className="job-card__title">
          <Link to={sitePath(job.url, `/jobs/${job.slug}`)}>{job.title}</Link>
        </h2>
        <p className="job-card__company">{job.company.name}</p>
        <ul className="job-card__meta" aria-label="Job details">
          {locations.length > 0 && <li>{locations.join(" · ")}</li>}
          <li>{label(REMOTE_LABELS, job.remote)}</li>
          <li>{label(SENIORITY_LABELS, job.seniority)}</li>
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

function CompanyLogo({ name, logoUrl }: { name: string; logoUrl: string | null }) {
  const [failed, setFailed] = useState(false);
  if (logoUrl && !failed) {
    return <img className="company-logo" src={logoUrl} alt="" width={48} height={48} loading="lazy" onError={() => setFailed(true)} />;
  }
  return (
    <span className="company-logo company-logo--initial" aria-hidden="true">
      {name.trim().charAt(0).toUpperCase() || "?"}
    </span>
  );
}

function JobListSkeleton() {
  return (
    <ul className="job-list" aria-busy="true" aria-label="Loading jobs">
      {Array.from({ length: 6 }, (_, i) => (
        <li key={i} className="job-card job-card--skeleton">
          <span className="company-logo" />
          <div className="job-card__body">
            <span className="skeleton-line skeleton-line--title" />
            <span className="skeleton-line" />
          </div>
        </li>
      ))}
    </ul>
  );
}
