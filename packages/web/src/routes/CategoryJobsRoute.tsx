import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { JobSearchView } from "../features/jobs/components/JobSearchView";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { ErrorState, NotFoundState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const CategoryJobsRouteQuery = graphql(`
  query CategoryJobsRouteQuery($slug: String!) {
    jobCategory(slug: $slug) {
      id
      slug
      name
      description
      jobCount
    }
  }
`);

export function CategoryJobsRoute() {
  const { slug = "" } = useParams();
  const { data, error, refetch } = useQuery(CategoryJobsRouteQuery, { variables: { slug } });
  const category = data?.jobCategory;
  useDocumentMeta(
    category ? `${category.name} jobs` : data ? "Category not found" : "AI jobs",
    category ? `${category.jobCount} open ${category.name} jobs at AI companies. ${category.description ?? ""}` : null,
  );

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (data && !category) {
    return (
      <NotFoundState title="This job category doesn't exist">
        <p>It may have been renamed. Browse all jobs instead.</p>
      </NotFoundState>
    );
  }
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Jobs", to: "/jobs" }, { label: category?.name ?? "Category" }]} />
      <div className="page-intro">
        {category ? (
          <>
            <h1>{category.name} jobs</h1>
            {category.description && <p className="muted">{category.description}</p>}
            <p className="page-intro__links">
              <Link to={`/salaries/${category.slug}`}>{category.name} salaries →</Link>
            </p>
          </>
        ) : (
          <SkeletonLines lines={2} label="Loading category" />
        )}
      </div>
      <JobSearchView key={slug} base={{ categories: [slug] }} locked="categories" />
    </>
  );
}
