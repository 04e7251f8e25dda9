import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { plural } from "../../../shared/utils/format";
import { JobList, JobListSkeleton } from "../../jobs";
import { GlossaryTermSection } from "./GlossaryTermSection";

export const TermRelatedJobsFragment = graphql(`
  fragment TermRelatedJobs_category on JobCategory {
    id
    slug
    name
    jobCount
    jobs(first: 5) {
      edges {
        node {
          ...JobCard_job
        }
      }
    }
  }
`);

/** The term's job category: links to its jobs and salaries, and its newest jobs. */
export function TermRelatedJobs({ category: categoryRef }: { category: FragmentType<typeof TermRelatedJobsFragment> }) {
  const category = getFragmentData(TermRelatedJobsFragment, categoryRef);
  const jobs = category.jobs.edges.map((e) => e.node);
  return (
    <GlossaryTermSection id="related-jobs-heading" title="Related jobs">
      <div className="link-cards">
        <Link className="card link-card" to={`/jobs/category/${category.slug}`}>
          <strong>{category.name} Jobs</strong>
          <span className="muted">{plural(category.jobCount, "open position")}</span>
        </Link>
        <Link className="card link-card" to={`/salaries/${category.slug}`}>
          <strong>{category.name} Salaries</strong>
          <span className="muted">View salary ranges</span>
        </Link>
      </div>
      {jobs.length > 0 ? <JobList jobs={jobs} headingLevel={3} /> : category.jobCount > 0 ? <JobListSkeleton count={2} /> : null}
    </GlossaryTermSection>
  );
}
