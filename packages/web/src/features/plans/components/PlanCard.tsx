import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { formatPrice, plural } from "../../../shared/utils/format";
import styles from "./PlanCard.module.css";

export const PlanCardFragment = graphql(`
  fragment PlanCard_plan on Plan {
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
  }
`);

/** What a plan gives, in the words the Pricing page uses (the API holds the numbers and flags). */
function perks(plan: { durationDays: number; featuredDays: number; highlighted: boolean; inDigestTop: boolean }): string[] {
  return [
    `Published for ${plural(plan.durationDays, "day")}: in search, job alerts and partner sites`,
    ...(plan.featuredDays > 0
      ? [
          `Featured on the home page and at the top of its category ${plan.featuredDays === plan.durationDays ? "for the whole run" : `for ${plural(plan.featuredDays, "day")}`}`,
        ]
      : []),
    ...(plan.highlighted ? ["A highlighted card that stands out in every list"] : []),
    ...(plan.inDigestTop ? ["At the top of the weekly alert digests it matches"] : []),
    "Views and apply clicks on your dashboard",
  ];
}

/** One plan on the Pricing page: its price per posting, how long it runs and its perks. */
export function PlanCard({ plan: ref, recommended = false }: { plan: FragmentType<typeof PlanCardFragment>; recommended?: boolean }) {
  const plan = getFragmentData(PlanCardFragment, ref);
  const headingId = `plan-${plan.slug}`;
  return (
    <section className={`card ${styles.plan} ${recommended ? styles.recommended : ""}`} aria-labelledby={headingId}>
      {recommended && <p className={styles.badge}>Most popular</p>}
      <h2 id={headingId} className={styles.name}>
        {plan.name}
      </h2>
      <p className={styles.price}>
        <span className={styles.amount}>{formatPrice(plan.price)}</span> <span className="muted">per job posting</span>
      </p>
      {plan.description && <p className="muted">{plan.description}</p>}
      <ul className={styles.perks} aria-label={`${plan.name} includes`}>
        {perks(plan).map((perk) => (
          <li key={perk}>{perk}</li>
        ))}
      </ul>
    </section>
  );
}
