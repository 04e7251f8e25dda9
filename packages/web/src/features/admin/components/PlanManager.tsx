import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../../generated";
import table from "../../../shared/ui/DataTable.module.css";
import { Notice } from "../../../shared/ui/Notice";
import { ErrorState, SkeletonLines } from "../../../shared/ui/states";
import { formatPrice, plural } from "../../../shared/utils/format";
import { formErrorMessage } from "../../../shared/utils/formErrors";
import { PlanForm } from "./PlanForm";
import { PLAN_WRITE } from "./plansCache";
import styles from "./Admin.module.css";

const AdminPlansQuery = graphql(`
  query AdminPlansQuery {
    allPlans {
      id
      slug
      name
      description
      price {
        amount
        currency
      }
      durationDays
      featuredDays
      highlighted
      inDigestTop
      position
      active
    }
  }
`);

const SetPlanActiveMutation = graphql(`
  mutation SetPlanActiveMutation($id: ID!, $input: PlanInput!) {
    updatePlan(id: $id, input: $input) {
      plan {
        id
        name
        active
      }
    }
  }
`);

/** Which plan the form has open: none, a new one, or a plan by id. */
type Editing = null | { id: string | null };

const yesNo = (on: boolean) => (on ? "Yes" : "No");

/**
 * The admins' plans: every one, retired ones too, in Pricing-page order; edit one, retire it or bring
 * it back, or add a new one. What is saved is on the Pricing page at once (and in the audit log).
 */
export function PlanManager() {
  const result = useQuery(AdminPlansQuery, { fetchPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [setActive, toggling] = useMutation(SetPlanActiveMutation, PLAN_WRITE);

  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <SkeletonLines lines={6} label="Loading the plans" />;
  const plans = result.data.allPlans;
  const edited = editing?.id ? (plans.find((p) => p.id === editing.id) ?? null) : null;
  const formOpen = editing !== null && (editing.id === null || edited !== null);

  const open = (id: string | null) => {
    setNotice(null);
    toggling.reset();
    setEditing({ id });
  };
  const toggle = async (plan: (typeof plans)[number]) => {
    setNotice(null);
    try {
      const saved = (await setActive({ variables: { id: plan.id, input: { active: !plan.active } } })).data!.updatePlan.plan;
      setNotice(saved.active ? `${saved.name} is offered again.` : `${saved.name} is retired: no longer on the Pricing page.`);
    } catch {
      // The message is shown above the table.
    }
  };

  return (
    <>
      {formOpen && (
        <PlanForm
          key={editing.id ?? "new"}
          plan={edited}
          onSaved={(name) => {
            setEditing(null);
            setNotice(editing.id ? `Saved ${name}.` : `Added ${name}.`);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <section aria-labelledby="plans-heading" className={styles.section}>
        <div className={styles.sectionHead}>
          <h2 id="plans-heading">All plans ({plans.length})</h2>
          {!formOpen && (
            <button type="button" className="button" onClick={() => open(null)}>
              New plan
            </button>
          )}
        </div>
        {notice && <Notice>{notice}</Notice>}
        {toggling.error && (
          <p className="form-error" role="alert">
            {formErrorMessage(toggling.error)}
          </p>
        )}
        <div className={table.wrap}>
          <table className={`${table.table} ${styles.plansTable}`} aria-label="Plans">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Slug</th>
                <th scope="col" className={table.number}>
                  Price
                </th>
                <th scope="col" className={table.number}>
                  Duration
                </th>
                <th scope="col" className={table.number}>
                  Featured
                </th>
                <th scope="col">Highlighted</th>
                <th scope="col">Digest top</th>
                <th scope="col" className={table.number}>
                  Position
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id} className={p.active ? undefined : styles.retiredRow}>
                  <th scope="row">{p.name}</th>
                  <td>
                    <code>{p.slug}</code>
                  </td>
                  <td className={table.number}>{formatPrice(p.price)}</td>
                  <td className={table.number}>{plural(p.durationDays, "day")}</td>
                  <td className={table.number}>{p.featuredDays ? plural(p.featuredDays, "day") : "–"}</td>
                  <td>{yesNo(p.highlighted)}</td>
                  <td>{yesNo(p.inDigestTop)}</td>
                  <td className={table.number}>{p.position}</td>
                  <td>
                    <span className={`${styles.status} ${p.active ? styles.statusActive : ""}`}>{p.active ? "Active" : "Retired"}</span>
                  </td>
                  <td>
                    <div className={styles.rowActions}>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={`Edit ${p.name}`}
                        onClick={() => open(p.id)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        aria-label={`${p.active ? "Retire" : "Bring back"} ${p.name}`}
                        disabled={toggling.loading}
                        onClick={() => void toggle(p)}
                      >
                        {p.active ? "Retire" : "Bring back"}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
