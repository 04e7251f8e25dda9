import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { CompanyCard } from "../features/companies/components/CompanyCard";
import { ApplyButton } from "../features/jobs/components/ApplyButton";
import { JobDescription } from "../features/jobs/components/JobDescription";
import { JobDetailHeader } from "../features/jobs/components/JobDetailHeader";
import { JobDetailSkeleton } from "../features/jobs/components/JobDetailSkeleton";
import { JobFacts } from "../features/jobs/components/JobFacts";
import { JobGlossaryTerms } from "../features/jobs/components/JobGlossaryTerms";
import { JobTags } from "../features/jobs/components/JobTags";
import { SimilarJobs } from "../features/jobs/components/SimilarJobs";
import { useCountJobView } from "../features/jobs/hooks/useCountJobView";
import { useJobDocumentMeta } from "../features/jobs/hooks/useJobDocumentMeta";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { Notice } from "../shared/ui/Notice";
import { ErrorState, NotFoundState } from "../shared/ui/states";
import styles from "./JobDetailRoute.module.css";

const JobDetailRouteQuery = graphql(`
  query JobDetailRouteQuery($slug: String!) {
    job(slug: $slug, includeEnded: true) {
      id
      title
      isLive
      category {
        id
        slug
        name
      }
      company {
        id
        ...CompanyCard_company
      }
      ...JobDocumentMeta_job
      ...JobDetailHeader_job
      ...JobFacts_job
      ...ApplyButton_job
      ...JobDescription_job
      ...JobTags_job
      ...JobGlossaryTerms_job
      ...SimilarJobs_job
    }
  }
`);

export function JobDetailRoute() {
  const { slug = "" } = useParams();
  const { data, error, refetch } = useQuery(JobDetailRouteQuery, { variables: { slug } });
  const job = data?.job;
  useJobDocumentMeta(job);
  // Only a live job's page counts as a view for its employer.
  useCountJobView(job?.isLive ? job.id : undefined);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <JobDetailSkeleton />;
  if (!job) {
    return (
      <NotFoundState title="This job is no longer available">
        <p>The link may be wrong, or the posting was removed. There are plenty of other AI jobs.</p>
      </NotFoundState>
    );
  }

  const breadcrumbs = (
    <Breadcrumbs
      items={[
        { label: "Jobs", to: "/jobs" },
        { label: job.category.name, to: `/jobs/category/${job.category.slug}` },
        { label: job.title },
      ]}
    />
  );

  // An ended job keeps its page: what it was, that it is closed, and live jobs like it.
  if (!job.isLive) {
    return (
      <article>
        {breadcrumbs}
        <JobDetailHeader job={job} />
        <Notice tone="info">
          This job is no longer open for applications.{" "}
          <Link to={`/jobs/category/${job.category.slug}`}>See open {job.category.name} jobs</Link>, or the similar jobs below.
        </Notice>
        <SimilarJobs job={job} />
      </article>
    );
  }

  return (
    <article>
      {breadcrumbs}
      <JobDetailHeader job={job} />

      <div className={styles.layout}>
        <div>
          <JobFacts job={job} />
          <ApplyButton job={job} />
          <JobDescription job={job} />
          <JobTags job={job} />
          <JobGlossaryTerms job={job} />
          <ApplyButton job={job} />
        </div>

        <aside className={styles.aside}>
          <CompanyCard company={job.company} />
        </aside>
      </div>

      <SimilarJobs job={job} />
    </article>
  );
}
