import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { SignedInOnly } from "../features/account";
import {
  ActivityChart,
  CompanyChoice,
  CompanyProfileSection,
  LogoSection,
  OrderList,
  PostingList,
  STATUS_LABELS,
  sumDays,
  TeamSection,
} from "../features/employer";
import { graphql } from "../generated";
import { ACCOUNT_PATHS, EMPLOYER_PATHS } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState, ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";
import { plural } from "../shared/utils/format";
import styles from "./EmployerDashboardRoute.module.css";

const EmployerDashboardQuery = graphql(`
  query EmployerDashboardQuery {
    myCompany {
      id
      slug
      name
      verified
      logoUrl(size: 144)
    }
    myPostings(first: 50) {
      id
      status
      stats {
        views
        applyClicks
        daily {
          day
          views
          applyClicks
        }
      }
      ...PostingList_posting
    }
    myOrders(first: 50) {
      id
      ...OrderList_order
    }
    myBillingDetails {
      legalName
    }
  }
`);

function Frame({ children }: { children: ReactNode }) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Employer dashboard" }]} />
      {children}
    </>
  );
}

/**
 * /employer: an employer's company and postings — each one's status (and why, when rejected), views,
 * apply clicks and conversion, and the last 30 days as a chart. Signed in only; employers only.
 */
export function EmployerDashboardRoute() {
  useDocumentMeta("Employer dashboard", null, { noindex: true });
  return (
    <SignedInOnly next={EMPLOYER_PATHS.dashboard} loading="Loading your dashboard">
      {(viewer) =>
        viewer.role === "EMPLOYER" ? (
          <Dashboard />
        ) : (
          <Frame>
            <EmptyState title="The dashboard is for employer accounts">
              <p>
                You're signed in as {viewer.email}, a job seeker's account. To post jobs,{" "}
                <Link to={ACCOUNT_PATHS.signUp}>create an employer account</Link> or see our{" "}
                <Link to={EMPLOYER_PATHS.pricing}>pricing</Link>.
              </p>
            </EmptyState>
          </Frame>
        )
      }
    </SignedInOnly>
  );
}

function Dashboard() {
  const dashboard = useQuery(EmployerDashboardQuery, { fetchPolicy: "cache-and-network" });
  if (dashboard.error && !dashboard.data) return <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!dashboard.data) return <SkeletonLines lines={6} label="Loading your dashboard" />;

  const { myCompany: company, myPostings: postings, myOrders: orders } = dashboard.data;
  if (!company) {
    return (
      <Frame>
        <div className="page-intro">
          <h1>Your company</h1>
          <p className="muted">Tell job seekers who is hiring, or join your colleagues' company if it's on HiredinAI already.</p>
        </div>
        <CompanyChoice onCompany={() => void dashboard.refetch()} />
      </Frame>
    );
  }

  const counts = Object.entries(STATUS_LABELS)
    .map(([status, label]) => ({ label, n: postings.filter((p) => p.status === status).length }))
    .filter((c) => c.n > 0);
  const totals = postings.reduce((t, p) => ({ views: t.views + p.stats.views, clicks: t.clicks + p.stats.applyClicks }), {
    views: 0,
    clicks: 0,
  });
  return (
    <Frame>
      <div className="page-intro">
        <h1>{company.name}</h1>
        <p className="muted">
          {company.verified ? "Verified company: paid postings go live at once." : "New postings are reviewed before they go live."}{" "}
          <Link to={`/companies/${company.slug}`}>Your public company page</Link>
        </p>
        <p>
          <Link className="button" to={EMPLOYER_PATHS.post}>
            Post a job
          </Link>
        </p>
      </div>
      {postings.length === 0 ? (
        <EmptyState title="No postings yet">
          <p>
            Your postings, their views and apply clicks will show here. See the <Link to={EMPLOYER_PATHS.pricing}>plans</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          <ul className={styles.summary} aria-label="Postings by status">
            {counts.map((c) => (
              <li key={c.label}>
                {c.label}: {c.n}
              </li>
            ))}
            <li>
              {plural(totals.views, "view")} · {plural(totals.clicks, "apply click")}
            </li>
          </ul>
          <section aria-labelledby="activity-heading" className={`card ${styles.section}`}>
            <h2 id="activity-heading">Last 30 days</h2>
            <ActivityChart days={sumDays(postings.map((p) => p.stats.daily))} />
          </section>
          <section aria-labelledby="postings-heading" className={styles.section}>
            <h2 id="postings-heading">Your postings</h2>
            <PostingList postings={postings} />
          </section>
        </>
      )}
      {orders.length > 0 && (
        <section aria-labelledby="orders-heading" className={styles.section}>
          <h2 id="orders-heading">Orders and invoices</h2>
          <p className="muted">Pay each invoice by bank transfer, quoting its number; open it for the bank details, or download its PDF.</p>
          <OrderList orders={orders} />
        </section>
      )}
      <CompanyProfileSection hasBilling={dashboard.data.myBillingDetails != null} />
      <LogoSection company={company} />
      <TeamSection companyName={company.name} />
    </Frame>
  );
}
