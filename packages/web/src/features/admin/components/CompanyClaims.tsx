import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState } from "react";
import { graphql } from "../../../generated";
import { EmptyState, ErrorState, SkeletonLines } from "../../../shared/ui/states";
import { formatDate } from "../../../shared/utils/format";
import { firstMessage } from "../../../shared/utils/graphqlErrors";
import styles from "./Admin.module.css";
import look from "./Companies.module.css";

const PendingCompanyClaimsQuery = graphql(`
  query PendingCompanyClaimsQuery {
    companyClaims(status: PENDING, first: 50) {
      id
      message
      email
      emailDomain
      websiteDomain
      domainMatches
      createdAt
      company {
        id
        name
        slug
        website
        verified
      }
    }
  }
`);

const ApproveCompanyClaimMutation = graphql(`
  mutation ApproveCompanyClaimMutation($id: ID!) {
    approveCompanyClaim(id: $id) {
      claim {
        id
        status
      }
    }
  }
`);

const RejectCompanyClaimMutation = graphql(`
  mutation RejectCompanyClaimMutation($id: ID!, $reason: String!) {
    rejectCompanyClaim(id: $id, reason: $reason) {
      claim {
        id
        status
        reason
      }
    }
  }
`);

type Claim = NonNullable<ReturnType<typeof usePendingClaims>["data"]>["companyClaims"][number];
const usePendingClaims = () => useQuery(PendingCompanyClaimsQuery, { fetchPolicy: "cache-and-network" });

/** Whether the address's domain is the company website's: a hint, said as such. */
function DomainHint({ claim }: { claim: Claim }) {
  if (!claim.websiteDomain) {
    return <p className={`${look.hint} ${look.hintUnknown}`}>The company has no website to compare {claim.emailDomain} with.</p>;
  }
  return claim.domainMatches ? (
    <p className={`${look.hint} ${look.hintMatch}`}>
      Email domain {claim.emailDomain} matches the company's website ({claim.websiteDomain}).
    </p>
  ) : (
    <p className={`${look.hint} ${look.hintMismatch}`}>
      Email domain {claim.emailDomain} is not the company's website ({claim.websiteDomain}).
    </p>
  );
}

/** One request to join a company: who asks, what they say, the domain hint; approve, or reject with a reason they will read. */
function ClaimCard({ claim, onDone }: { claim: Claim; onDone: () => void }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [approve, approving] = useMutation(ApproveCompanyClaimMutation);
  const [reject, rejecting] = useMutation(RejectCompanyClaimMutation);
  const error = approving.error ?? rejecting.error;
  const busy = approving.loading || rejecting.loading;
  return (
    <article className={`card ${styles.review}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        {claim.email} → {claim.company.name}
      </h3>
      <p className="muted">
        Asked on {formatDate(claim.createdAt)}
        {claim.company.verified ? " · the company is verified" : ""}
      </p>
      <DomainHint claim={claim} />
      <blockquote className={look.message}>{claim.message}</blockquote>
      <div className={styles.decision}>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void approve({ variables: { id: claim.id } }).then(onDone, () => undefined)}
        >
          Approve: add to {claim.company.name}
        </button>
        <label className={styles.reason} htmlFor={`${id}-reason`}>
          Reason, if you reject it (the employer reads it)
        </label>
        <textarea id={`${id}-reason`} className="input" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || !reason.trim()}
          onClick={() => void reject({ variables: { id: claim.id, reason } }).then(onDone, () => undefined)}
        >
          Reject
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {firstMessage(error) ?? "That didn't work; try again."}
        </p>
      )}
    </article>
  );
}

/** Employers' requests to join a company, oldest first. */
export function CompanyClaims() {
  const result = usePendingClaims();
  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <SkeletonLines lines={4} label="Loading the requests" />;
  const claims = result.data.companyClaims;
  return (
    <section aria-labelledby="claims-heading" className={styles.section}>
      <h2 id="claims-heading">Requests to join a company ({claims.length})</h2>
      {claims.length === 0 ? (
        <EmptyState title="No requests waiting" />
      ) : (
        claims.map((claim) => <ClaimCard key={claim.id} claim={claim} onDone={() => void result.refetch()} />)
      )}
    </section>
  );
}
