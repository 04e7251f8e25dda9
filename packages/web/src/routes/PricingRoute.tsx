import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { PlanCard } from "../features/plans";
import { graphql } from "../generated";
import { ACCOUNT_PATHS } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import styles from "./PricingRoute.module.css";

const PricingRouteQuery = graphql(`
  query PricingRouteQuery {
    plans {
      id
      slug
      ...PlanCard_plan
    }
  }
`);

/** The plans side by side (the middle one, when there are three, marked as the usual choice). */
export function PricingRoute() {
  const { data, error, refetch } = useQuery(PricingRouteQuery);
  useDocumentMeta(
    "Pricing for employers",
    "Post an AI job on HiredinAI: plans with their price, how long the posting runs, featured placement and alert digests.",
  );

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const plans = data?.plans ?? [];
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Pricing" }]} />
      <div className="page-intro">
        <h1>Pricing for employers</h1>
        <p className="muted">
          One price per job posting, paid by invoice. Every posting reaches job seekers through search, job alerts and our partner sites.
        </p>
      </div>
      {!data ? (
        <SkeletonLines lines={6} label="Loading plans" />
      ) : (
        <div className={styles.plans}>
          {plans.map((plan, i) => (
            <PlanCard key={plan.id} plan={plan} recommended={plans.length === 3 && i === 1} />
          ))}
        </div>
      )}
      <p className={`muted ${styles.note}`}>
        Prices exclude VAT. New companies&apos; postings are reviewed before they go live; verified companies publish at once.{" "}
        <Link to={ACCOUNT_PATHS.signUp}>Create an employer account</Link> or <Link to={ACCOUNT_PATHS.signIn}>sign in</Link>.
      </p>
    </>
  );
}
