import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../../generated";
import { ErrorState, SkeletonLines } from "../../../shared/ui/states";
import { formatDate } from "../../../shared/utils/format";
import { firstMessage } from "../../../shared/utils/graphqlErrors";
import { CompanyForm } from "./CompanyForm";
import { JoinCompanyForm } from "./JoinCompanyForm";
import styles from "./Membership.module.css";

const MyCompanyClaimQuery = graphql(`
  query MyCompanyClaimQuery {
    myCompanyClaim {
      id
      status
      message
      reason
      createdAt
      company {
        id
        name
      }
    }
  }
`);

const WithdrawCompanyClaimMutation = graphql(`
  mutation WithdrawCompanyClaimMutation($id: ID!) {
    withdrawCompanyClaim(id: $id) {
      claim {
        id
        status
      }
    }
  }
`);

type Way = "create" | "join";
const WAYS: { value: Way; label: string; hint: string }[] = [
  { value: "create", label: "Create your company", hint: "It isn't on HiredinAI yet: make its profile and post for it." },
  { value: "join", label: "Join an existing company", hint: "It's on HiredinAI already: ask to post for it. We check who you are." },
];

/**
 * An employer with no company: create one, or ask to join one that exists (an admin decides). While
 * a request waits, its status and a way to withdraw it; a rejected one's reason above the choice.
 */
export function CompanyChoice({ onCompany }: { onCompany: () => void }) {
  const claim = useQuery(MyCompanyClaimQuery, { fetchPolicy: "cache-and-network" });
  const [way, setWay] = useState<Way>("create");
  const [withdraw, withdrawing] = useMutation(WithdrawCompanyClaimMutation);
  if (claim.error && !claim.data) return <ErrorState error={claim.error} onRetry={() => void claim.refetch()} />;
  if (!claim.data) return <SkeletonLines lines={4} label="Loading" />;
  const latest = claim.data.myCompanyClaim;

  if (latest?.status === "PENDING") {
    return (
      <section className={`card ${styles.status}`} aria-labelledby="claim-heading">
        <h2 id="claim-heading">Waiting for approval</h2>
        <p>
          You asked to join <strong>{latest.company.name}</strong> on {formatDate(latest.createdAt)}. We check requests within a working day
          and email you when it's decided.
        </p>
        <blockquote className={styles.quote}>{latest.message}</blockquote>
        <button
          type="button"
          className="button button--secondary"
          disabled={withdrawing.loading}
          onClick={() =>
            void withdraw({ variables: { id: latest.id } }).then(
              () => claim.refetch(),
              () => undefined,
            )
          }
        >
          {withdrawing.loading ? "Withdrawing…" : "Withdraw the request"}
        </button>
        {withdrawing.error && <p className="form-error">{firstMessage(withdrawing.error) ?? "That didn't work; try again."}</p>}
      </section>
    );
  }

  return (
    <>
      {latest?.status === "REJECTED" && (
        <div className={styles.rejected} role="status">
          <p>
            <strong>We couldn't add you to {latest.company.name}.</strong> Our reviewer says: {latest.reason}
          </p>
          <p className="muted">You can ask again with more detail, or create your company.</p>
        </div>
      )}
      <fieldset className={styles.choice}>
        <legend className="visually-hidden">How do you post for your company?</legend>
        {WAYS.map((w) => (
          <label key={w.value} className={`${styles.option}${way === w.value ? ` ${styles.selected}` : ""}`}>
            <input type="radio" name="company-way" value={w.value} checked={way === w.value} onChange={() => setWay(w.value)} />
            <span className={styles.optionText}>
              <strong>{w.label}</strong>
              <small>{w.hint}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {way === "create" ? <CompanyForm onCreated={onCompany} /> : <JoinCompanyForm onRequested={() => void claim.refetch()} />}
    </>
  );
}
