import { useQuery } from "@apollo/client/react";
import { Navigate, useLocation, useParams } from "react-router";
import { JobSearchView } from "../features/jobs/components/JobSearchView";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { ErrorState, NotFoundState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const CityJobsRouteQuery = graphql(`
  query CityJobsRouteQuery($slug: String!) {
    location(slug: $slug) {
      id
      slug
      city
      region
      country
      jobCount
    }
  }
`);

export function CityJobsRoute() {
  const { slug = "" } = useParams();
  const { search } = useLocation();
  const isRemote = slug === "remote";
  const { data, error, refetch } = useQuery(CityJobsRouteQuery, { variables: { slug }, skip: isRemote });
  const location = data?.location;
  const place = location ? [location.city, location.region, location.country].filter(Boolean).join(", ") : "";
  useDocumentMeta(
    location ? `AI jobs in ${location.city}` : data ? "City not found" : "AI jobs by city",
    location ? `${location.jobCount} AI jobs in ${place}: engineering, research, data, product and more.` : null,
  );

  // The API's "Remote" location is the Remote AI jobs page.
  if (isRemote) return <Navigate to={`/jobs/remote${search}`} replace />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (data && !location) {
    return (
      <NotFoundState title="No jobs page for this city">
        <p>We don't list jobs in this place yet. Browse all jobs instead.</p>
      </NotFoundState>
    );
  }
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Jobs", to: "/jobs" }, { label: location?.city ?? "City" }]} />
      <div className="page-intro">
        {location ? (
          <>
            <h1>AI jobs in {location.city}</h1>
            <p className="muted">AI roles based in {place}: on-site, hybrid, and remote roles attached to the city.</p>
          </>
        ) : (
          <SkeletonLines lines={2} label="Loading city" />
        )}
      </div>
      <JobSearchView key={slug} base={{ locations: [slug] }} locked="locations" />
    </>
  );
}
