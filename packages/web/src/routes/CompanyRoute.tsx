import { useQuery } from "@apollo/client/react";
import { useParams } from "react-router";
import { CompanyProfile } from "../features/companies/components/CompanyProfile";
import { JobListSkeleton } from "../features/jobs/components/JobCard";
import { PagedJobList } from "../features/jobs/components/PagedJobList";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState, ErrorState, NotFoundState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const PAGE_SIZE = 20;

/** A company's Markdown profile as one line of plain text, for the page's meta description: links keep their words, marks go. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>|~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const CompanyRouteQuery = graphql(`
  query CompanyRouteQuery($slug: String!, $first: Int!, $after: String) {
    company(slug: $slug) {
      id
      name
      description
      openJobsCount
      ...CompanyProfile_company
      jobs(first: $first, after: $after) {
        ...PagedJobList_jobs
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
    company ? `${company.name} is hiring: ${company.openJobsCount} open AI jobs. ${plainText(company.description ?? "")}` : null,
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
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Companies", to: "/companies" }, { label: company.name }]} />
      <CompanyProfile company={company} />
      <section aria-labelledby="open-jobs-heading" className="section">
        <h2 id="open-jobs-heading" className="section__title">
          Open jobs at {company.name}
        </h2>
        <PagedJobList
          jobs={company.jobs}
          pageSize={PAGE_SIZE}
          headingLevel={3}
          fetchMore={(variables) => result.fetchMore({ variables })}
          empty={
            <EmptyState title="No open jobs right now">
              <p>Check back soon, or set up a job alert.</p>
            </EmptyState>
          }
        />
      </section>
    </>
  );
}
