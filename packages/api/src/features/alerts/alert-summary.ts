import { query, sql, type SqlRunner } from "../../shared/db/sql";
import { EMPLOYMENT_TYPE_LABELS, REMOTE_LABELS, SENIORITY_LABELS } from "../jobs";
import type { AlertCriteria } from "./alert.entity";

/** The names of the slugs a search names, as the site shows them. */
export interface CriteriaNames {
  categories: string[];
  locations: string[];
  companies: string[];
}

/** A search in a few words, as an email's subject and a list show it: `"LLM" · Senior · Remote · London`. */
export function describeCriteria(criteria: AlertCriteria, names: CriteriaNames): string {
  const parts = [
    criteria.query ? `“${criteria.query}”` : null,
    ...names.categories,
    ...criteria.seniorities.map((s) => SENIORITY_LABELS[s]),
    ...criteria.employmentTypes.map((t) => EMPLOYMENT_TYPE_LABELS[t]),
    ...criteria.remote.map((r) => REMOTE_LABELS[r]),
    ...names.locations,
    ...names.companies,
    ...criteria.tags.map((t) => `#${t}`),
    criteria.salaryMin != null ? `${criteria.salaryCurrency ?? "USD"} ${criteria.salaryMin.toLocaleString("en-US")}+` : null,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(" · ") : "All AI jobs";
}

/** SQL for the names of an alert row's categories, locations and companies (`a` is the alerts row). */
export const CRITERIA_NAMES = sql`
  ARRAY(SELECT c.name FROM job_categories c WHERE c.id = ANY(a.match_category_ids) ORDER BY c.name) AS "categoryNames",
  ARRAY(SELECT l.city FROM locations l WHERE l.id = ANY(a.match_location_ids) ORDER BY l.city) AS "locationNames",
  ARRAY(SELECT co.name FROM companies co WHERE co.id = ANY(a.match_company_ids) ORDER BY co.name) AS "companyNames"`;

/** The names behind each alert's criteria, in the order of `alertIds` (for a page of alerts). */
export async function criteriaNamesOf(db: SqlRunner, alertIds: readonly number[]): Promise<CriteriaNames[]> {
  const rows = await query<{ id: number; categoryNames: string[]; locationNames: string[]; companyNames: string[] }>(
    db,
    sql`SELECT a.id, ${CRITERIA_NAMES} FROM alerts a WHERE a.id = ANY(${sql.value([...alertIds])}::int[])`,
  );
  const byId = new Map(rows.map((r) => [r.id, { categories: r.categoryNames, locations: r.locationNames, companies: r.companyNames }]));
  return alertIds.map((id) => byId.get(id) ?? { categories: [], locations: [], companies: [] });
}

/** One alert's summary, read from its row. */
export async function alertSummary(db: SqlRunner, alertId: number, criteria: AlertCriteria): Promise<string> {
  const [row] = await query<{ categoryNames: string[]; locationNames: string[]; companyNames: string[] }>(
    db,
    sql`SELECT ${CRITERIA_NAMES} FROM alerts a WHERE a.id = ${sql.value(alertId)}`,
  );
  return describeCriteria(criteria, {
    categories: row?.categoryNames ?? [],
    locations: row?.locationNames ?? [],
    companies: row?.companyNames ?? [],
  });
}
