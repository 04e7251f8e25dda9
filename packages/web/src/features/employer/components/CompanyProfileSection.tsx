import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../../generated";
import { ErrorState, SkeletonLines } from "../../../shared/ui/states";
import { CompanyForm } from "./CompanyForm";
import styles from "./Employer.module.css";

const CompanyProfileSectionQuery = graphql(`
  query CompanyProfileSectionQuery {
    myCompany {
      id
      name
      website
      headquarters
      size
      description
    }
    myBillingDetails {
      legalName
      addressLines
      country
      taxId
      email
    }
  }
`);

/** The company form, filled in, once it is opened. */
function Editor() {
  const result = useQuery(CompanyProfileSectionQuery, { fetchPolicy: "network-only" });
  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} compact />;
  const company = result.data?.myCompany;
  if (!company) return <SkeletonLines lines={6} label="Loading the company profile" />;
  return <CompanyForm key={company.id} company={{ ...company, billing: result.data!.myBillingDetails }} />;
}

/**
 * On the dashboard: the company's profile and its billing details, to change (closed until asked for).
 * Saying whether billing details are missing, as invoices are made out to them.
 */
export function CompanyProfileSection({ hasBilling }: { hasBilling: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={`card ${styles.profile}`} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <strong>Company profile and billing details</strong>
        {!hasBilling && <span className={styles.meta}>Add your billing details: your invoices are made out to them.</span>}
      </summary>
      {open && <Editor />}
    </details>
  );
}
