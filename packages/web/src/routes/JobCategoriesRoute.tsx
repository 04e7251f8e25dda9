import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { plural } from "../shared/utils/format";

const JobCategoriesRouteQuery = graphql(`
  query JobCategoriesRouteQuery {
    jobCategories {
      id
      slug
      name
      description
      jobCount
    }
  }
`);

/** Every job category with its open roles, its jobs and its salaries. */
export function JobCategoriesRoute() {
  const { data, error, refetch } = useQuery(JobCategoriesRouteQuery);
  useDocumentMeta(
    "AI job categories",
    "AI jobs by category: generative AI, machine learning, data science, research, product, design, marketing, sales and more.",
  );

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Jobs", to: "/jobs" }, { label: "Categories" }]} />
      <div className="page-intro">
        <h1>AI job categories</h1>
        <p className="muted">Every kind of role at AI companies, from research to sales.</p>
      </div>
      {!data ? (
        <SkeletonLines lines={6} label="Loading categories" />
      ) : (
        <ul className="link-cards" aria-label="Job categories">
          {data.jobCategories.map((category) => (
            <li key={category.id} className="card link-card">
              <h2 className="link-card__title">
                <Link to={`/jobs/category/${category.slug}`}>{category.name} jobs</Link>
              </h2>
              <span className="muted">{plural(category.jobCount, "open position")}</span>
              {category.description && <p className="muted">{category.description}</p>}
              <Link to={`/salaries/${category.slug}`}>{category.name} salaries →</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
