import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { JobList } from "../features/jobs/components/JobCard";
import { jobPostingJsonLd } from "../features/jobs/utils/jobPostingJsonLd";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { CompanyLogo } from "../shared/ui/CompanyLogo";
import { JsonLd } from "../shared/ui/JsonLd";
import { ErrorState, NotFoundState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import {
  EMPLOYMENT_TYPE_LABELS,
  formatDate,
  formatRelativeTime,
  formatSalary,
  label,
  plural,
  REMOTE_LABELS,
  SENIORITY_LABELS,
  sitePath,
} from "../shared/utils/format";

const JobDetailRouteQuery = graphql(`
  query JobDetailRouteQuery($slug: String!) {
    job(slug: $slug) {
      id
      slug
      url
      title
      descriptionHtml
      applyUrl
      employmentType
      remote
      seniority
      tags
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
      company {
        id
        slug
        url
        name
        logoUrl
        description
        headquarters
        size
        website
        verified
        openJobsCount
      }
      locations {
        id
        slug
        city
        region
        country
      }
      glossaryTerms {
        id
        slug
        url
        term
        shortDefinition
      }
      similarJobs(first: 5) {
        id
        ...JobCard_job
      }
    }
  }
`);

export function JobDetailRoute() {
  const { slug = "" } = useParams();
  const { data, error, refetch } = useQuery(JobDetailRouteQuery, { variables: { slug } });
  const job = data?.job;
  useDocumentMeta(
    job ? `${job.title} at ${job.company.name}` : data ? "Job no longer available" : "AI job",
    job
      ? `${job.title} at ${job.company.name}: ${label(SENIORITY_LABELS, job.seniority)}, ${label(REMOTE_LABELS, job.remote)}${formatSalary(job.salary) ? `, ${formatSalary(job.salary)}` : ""}. Apply on HiredinAI.`
      : null,
  );

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <JobDetailSkeleton />;
  if (!job) {
    return (
      <NotFoundState title="This job is no longer available">
        <p>The posting has expired or been closed, or the link is wrong. There are plenty of other AI jobs.</p>
      </NotFoundState>
    );
  }

  const salary = formatSalary(job.salary);
  const places = job.locations.filter((l) => l.slug !== "remote");
  const company = job.company;

  return (
    <article className="job-detail">
      <JsonLd data={jobPostingJsonLd(job)} />
      <Breadcrumbs
        items={[
          { label: "Jobs", to: "/jobs" },
          { label: job.category.name, to: `/jobs/category/${job.category.slug}` },
          { label: job.title },
        ]}
      />
      <header className="job-detail__header">
        <CompanyLogo name={company.name} logoUrl={company.logoUrl} size={64} />
        <div>
          <h1 className="job-detail__title">{job.title}</h1>
          <p className="job-detail__company">
            <Link to={sitePath(company.url, `/companies/${company.slug}`)}>{company.name}</Link>
            {company.verified && (
              <span className="verified" title="Verified company">
                ✓ Verified
              </span>
            )}
          </p>
        </div>
      </header>

      <div className="job-detail__layout">
        <div className="job-detail__main">
          <dl className="facts">
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
              <dd>{label(REMOTE_LABELS, job.remote)}</dd>
            </div>
            <div>
              <dt>Salary</dt>
              <dd className={salary ? "facts__salary" : undefined}>{salary ?? "Not stated"}</dd>
            </div>
            <div>
              <dt>Seniority</dt>
              <dd>{label(SENIORITY_LABELS, job.seniority)}</dd>
            </div>
            <div>
              <dt>Employment type</dt>
              <dd>{label(EMPLOYMENT_TYPE_LABELS, job.employmentType)}</dd>
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

          <ApplyButton applyUrl={job.applyUrl} />

          <section aria-labelledby="description-heading" className="job-detail__section">
            <h2 id="description-heading" className="visually-hidden">
              Job description
            </h2>
            {/* The API renders the Markdown description to sanitised HTML. */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: job.descriptionHtml }} />
          </section>

          {job.tags.length > 0 && (
            <section aria-labelledby="tags-heading" className="job-detail__section">
              <h2 id="tags-heading">Skills and tags</h2>
              <ul className="tag-list">
                {job.tags.map((tag) => (
                  <li key={tag}>
                    <Link className="tag" to={`/jobs?tag=${encodeURIComponent(tag)}`}>
                      {tag}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {job.glossaryTerms.length > 0 && (
            <section aria-labelledby="terms-heading" className="job-detail__section">
              <h2 id="terms-heading">AI terms in this job</h2>
              <ul className="term-list">
                {job.glossaryTerms.map((term) => (
                  <li key={term.id}>
                    <Link to={sitePath(term.url, `/glossary/${term.slug}`)}>{term.term}</Link>
                    <p className="muted">{term.shortDefinition}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <ApplyButton applyUrl={job.applyUrl} />
        </div>

        <aside className="job-detail__aside">
          <section className="card company-card" aria-labelledby="company-heading">
            <div className="company-card__head">
              <CompanyLogo name={company.name} logoUrl={company.logoUrl} />
              <h2 id="company-heading">{company.name}</h2>
            </div>
            {company.description && <p className="company-card__text">{company.description}</p>}
            <dl className="company-card__facts">
              {company.headquarters && (
                <>
                  <dt>Headquarters</dt>
                  <dd>{company.headquarters}</dd>
                </>
              )}
              {company.size && (
                <>
                  <dt>Size</dt>
                  <dd>{company.size} people</dd>
                </>
              )}
              <dt>Open jobs</dt>
              <dd>{company.openJobsCount}</dd>
            </dl>
            <p className="company-card__links">
              <Link to={sitePath(company.url, `/companies/${company.slug}`)}>See {plural(company.openJobsCount, "open job")} →</Link>
              {company.website && (
                <a href={company.website} target="_blank" rel="noopener noreferrer">
                  Website ↗
                </a>
              )}
            </p>
          </section>
        </aside>
      </div>

      {job.similarJobs.length > 0 && (
        <section aria-labelledby="similar-heading" className="job-detail__section">
          <h2 id="similar-heading">Similar jobs</h2>
          <JobList jobs={job.similarJobs} headingLevel={3} />
        </section>
      )}
    </article>
  );
}

function ApplyButton({ applyUrl }: { applyUrl: string | null }) {
  if (!applyUrl) return <p className="muted">This employer takes applications through their own site.</p>;
  return (
    <p className="apply">
      <a className="button button--large" href={applyUrl} target="_blank" rel="noopener noreferrer">
        Apply for this job<span className="visually-hidden"> (opens in a new tab)</span> ↗
      </a>
    </p>
  );
}

function JobDetailSkeleton() {
  return (
    <div className="job-detail" aria-busy="true">
      <SkeletonLines lines={2} label="Loading job" />
      <div className="card">
        <SkeletonLines lines={8} label="Loading job description" />
      </div>
    </div>
  );
}
