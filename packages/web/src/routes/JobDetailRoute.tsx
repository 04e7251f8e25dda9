import { useQuery } from "@apollo/client/react";
import { useParams } from "react-router";
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
import { ErrorState, NotFoundState } from "../shared/ui/states";
import styles from "./JobDetailRoute.module.css";

const JobDetailRouteQuery = graphql(`
  query JobDetailRouteQuery($slug: String!) {
    job(slug: $slug) {
      id
      title
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
  useCountJobView(job?.id);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <JobDetailSkeleton />;
  if (!job) {
    return (
      <NotFoundState title="This job is no longer available">
        <p>The posting has expired or been closed, or the link is wrong. There are plenty of other AI jobs.</p>
      </NotFoundState>
    );
  }

  return (
    <article>
      <Breadcrumbs
        items={[
          { label: "Jobs", to: "/jobs" },
          { label: job.category.name, to: `/jobs/category/${job.category.slug}` },
          { label: job.title },
        ]}
      />
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
