import { useQuery } from "@apollo/client/react";
import { useParams } from "react-router";
import { JobList, JobListSkeleton } from "../features/jobs/components/JobCard";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { CompanyLogo } from "../shared/ui/CompanyLogo";
import { LoadMore } from "../shared/ui/LoadMore";
import { EmptyState, ErrorState, NotFoundState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const PAGE_SIZE = 20;

const CompanyRouteQuery = graphql(`
  query CompanyRouteQuery($slug: String!, $first: Int!, $after: String) {
    company(slug: $slug) {
      id
      slug
      name
      logoUrl
      description
      headquarters
      size
      website
      verified
      openJobsCount
      jobs(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...JobCard_job
          }
        }
      }
    }
  }
`);

export function CompanyRoute() {
  const { slug = "" } = useParams();
  const result = useQuery(CompanyRouteQuery, { variables: { slug, first: PAGE_SIZE } });
  const company = result.data?.company;
  useDocumentMeta(
    company ? `${company.name}: AI jobs and company profile` : result.data ? "Company not found" : "Company",
    company ? `${company.name} is hiring: ${company.openJobsCount} open AI jobs. ${company.description ?? ""}` : null,
  );

  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) {
    return (
      <>
        <SkeletonLines lines={3} label="Loading company" />
        <JobListSkeleton count={3} />
      </>
    );
  }
  if (!company) {
    return (
      <NotFoundState title="This company isn't on HiredinAI">
        <p>The link may be wrong, or the company profile was removed.</p>
      </NotFoundState>
    );
  }
  const jobs = company.jobs.edges.map((e) => e.node);
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Companies", to: "/companies" }, { label: company.name }]} />
      <header className="company-profile card">
        <CompanyLogo name={company.name} logoUrl={company.logoUrl} size={72} />
        <div className="company-profile__body">
          <h1>
            {company.name}
            {company.verified && (
              <span className="verified" title="Verified company">
                ✓ Verified
              </span>
            )}
          </h1>
          <p className="muted">{[company.headquarters, company.size && `${company.size} people`].filter(Boolean).join(" · ")}</p>
          {company.description && <p className="company-profile__text">{company.description}</p>}
          {company.website && (
            <p>
              <a href={company.website} target="_blank" rel="noopener noreferrer">
                {company.website.replace(/^https?:\/\//, "")} ↗
              </a>
            </p>
          )}
        </div>
      </header>
      <section aria-labelledby="open-jobs-heading" className="section">
        <h2 id="open-jobs-heading" className="section__title">
          Open jobs at {company.name}
        </h2>
        {jobs.length === 0 ? (
          <EmptyState title="No open jobs right now">
            <p>Check back soon, or set up a job alert.</p>
          </EmptyState>
        ) : (
          <>
            <JobList jobs={jobs} headingLevel={3} />
            <LoadMore
              pageInfo={company.jobs.pageInfo}
              shown={jobs.length}
              total={company.jobs.totalCount}
              pageSize={PAGE_SIZE}
              noun="job"
              fetchMore={(variables) => result.fetchMore({ variables })}
            />
          </>
        )}
      </section>
    </>
  );
}
