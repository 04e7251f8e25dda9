import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { graphql } from "../generated";
import { ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { FOOTER } from "../shared/navigation";
import styles from "./SitemapRoute.module.css";
import { StaticPageFrame } from "./StaticRoutes";

const SitemapRouteQuery = graphql(`
  query SitemapRouteQuery {
    jobCategories {
      id
      slug
      name
    }
    locations {
      id
      slug
      city
    }
  }
`);

/** Every page of the site, for people (search engines get the same links from the pages themselves). */
export function SitemapRoute() {
  const { data, error, refetch } = useQuery(SitemapRouteQuery);
  useDocumentMeta("Sitemap", "Every page of HiredinAI: jobs by category and city, companies, the AI Glossary, salaries and more.");
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <StaticPageFrame title="Sitemap">
      <div className={styles.sitemap}>
        {FOOTER.map((column) => (
          <section key={column.title}>
            <h2>{column.title}</h2>
            <ul>
              {column.links.map((link) => (
                <li key={link.label}>
                  <Link to={link.to}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section>
          <h2>Jobs by category</h2>
          {data ? (
            <ul>
              {data.jobCategories.map((c) => (
                <li key={c.id}>
                  <Link to={`/jobs/category/${c.slug}`}>{c.name} jobs</Link>
                </li>
              ))}
            </ul>
          ) : (
            <SkeletonLines lines={4} label="Loading categories" />
          )}
        </section>
        <section>
          <h2>Jobs by city</h2>
          {data ? (
            <ul>
              {data.locations.map((l) => (
                <li key={l.id}>
                  <Link to={l.slug === "remote" ? "/jobs/remote" : `/jobs/city/${l.slug}`}>
                    {l.slug === "remote" ? "Remote AI jobs" : `AI jobs in ${l.city}`}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <SkeletonLines lines={4} label="Loading cities" />
          )}
        </section>
      </div>
    </StaticPageFrame>
  );
}
