import { useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { JobList, JobListSkeleton } from "../features/jobs/components/JobCard";
import { graphql } from "../generated";
import { ErrorState, EmptyState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { formatCount, sitePath } from "../shared/utils/format";

const HomeRouteQuery = graphql(`
  query HomeRouteQuery {
    featured: jobs(first: 4, filter: { featured: true }, orderBy: { field: POSTED_AT, direction: DESC }) {
      edges {
        node {
          id
          ...JobCard_job
        }
      }
    }
    jobs(first: 8, orderBy: { field: POSTED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          ...JobCard_job
        }
      }
    }
    jobCategories {
      id
      slug
      name
      jobCount
    }
    locations {
      id
      slug
      city
      jobCount
    }
    glossaryTerms(first: 6) {
      edges {
        node {
          id
          slug
          url
          term
          shortDefinition
        }
      }
    }
  }
`);

export function HomeRoute() {
  useDocumentMeta(
    null,
    "HiredinAI: curated jobs in AI engineering, research, data, product, design, marketing and sales — from top companies and startups, updated daily.",
  );
  const { data, error, refetch } = useQuery(HomeRouteQuery);
  const navigate = useNavigate();
  const [q, setQ] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate(q.trim() ? `/jobs?q=${encodeURIComponent(q.trim())}` : "/jobs");
  }

  const jobs = data?.jobs.edges.map((e) => e.node) ?? [];
  const featured = data?.featured.edges.map((e) => e.node) ?? [];
  const cities = data?.locations.filter((l) => l.slug !== "remote").slice(0, 12) ?? [];
  const terms = data?.glossaryTerms.edges.map((e) => e.node) ?? [];

  return (
    <>
      <section className="hero">
        <h1 className="hero__title">
          Find your next job in <span className="brand__accent">AI</span>
        </h1>
        <p className="hero__lead">
          {data ? `${formatCount(data.jobs.totalCount)} curated roles` : "Curated roles"} in engineering, research, data, product, design,
          marketing and sales at AI companies.
        </p>
        <form className="search-bar hero__search" role="search" onSubmit={submit}>
          <label htmlFor="home-q" className="visually-hidden">
            Search AI jobs
          </label>
          <input
            id="home-q"
            className="input input--large"
            type="search"
            placeholder="Job title, company, skill…"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <button type="submit" className="button">
            Search jobs
          </button>
        </form>
        <p className="hero__links">
          <Link to="/jobs/remote">Remote jobs</Link>
          <Link to="/jobs/entry-level">Entry-level jobs</Link>
          <Link to="/salaries">AI salaries</Link>
          <Link to="/alerts">Job alerts</Link>
        </p>
      </section>

      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          {featured.length > 0 && (
            <section className="section" aria-labelledby="featured-heading">
              <h2 id="featured-heading" className="section__title">
                Featured jobs
              </h2>
              <JobList jobs={featured} headingLevel={3} />
            </section>
          )}

          <section className="section" aria-labelledby="latest-heading">
            <div className="section__head">
              <h2 id="latest-heading" className="section__title">
                Latest AI jobs
              </h2>
              <Link to="/jobs">See all jobs →</Link>
            </div>
            {!data ? (
              <JobListSkeleton count={4} />
            ) : jobs.length === 0 ? (
              <EmptyState title="No jobs yet">New roles are posted every day. Check back soon.</EmptyState>
            ) : (
              <JobList jobs={jobs} headingLevel={3} />
            )}
          </section>

          <section className="section" aria-labelledby="categories-heading" id="categories">
            <h2 id="categories-heading" className="section__title">
              Browse by category
            </h2>
            {!data ? (
              <SkeletonLines lines={4} label="Loading categories" />
            ) : (
              <ul className="tile-grid">
                {data.jobCategories.map((c) => (
                  <li key={c.id}>
                    <Link className="card tile" to={`/jobs/category/${c.slug}`}>
                      <span className="tile__name">{c.name}</span>
                      <span className="tile__count">{formatCount(c.jobCount)} jobs</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="section" aria-labelledby="cities-heading">
            <h2 id="cities-heading" className="section__title">
              AI jobs by city
            </h2>
            {!data ? (
              <SkeletonLines lines={2} label="Loading cities" />
            ) : (
              <ul className="pill-list">
                <li>
                  <Link className="pill" to="/jobs/remote">
                    Remote
                  </Link>
                </li>
                {cities.map((l) => (
                  <li key={l.id}>
                    <Link className="pill" to={`/jobs/city/${l.slug}`}>
                      {l.city} <span className="pill__count">{l.jobCount}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="section" aria-labelledby="glossary-heading">
            <div className="section__head">
              <h2 id="glossary-heading" className="section__title">
                From the AI Glossary
              </h2>
              <Link to="/glossary">All terms →</Link>
            </div>
            {!data ? (
              <SkeletonLines lines={3} label="Loading glossary" />
            ) : (
              <ul className="tile-grid tile-grid--wide">
                {terms.map((t) => (
                  <li key={t.id} className="card glossary-item">
                    <h3>
                      <Link to={sitePath(t.url, `/glossary/${t.slug}`)}>{t.term}</Link>
                    </h3>
                    <p className="muted">{t.shortDefinition}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
