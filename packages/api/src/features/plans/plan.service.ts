import type { DataSource, EntityManager } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { transactionNamingConstraints, type ConstraintFields } from "../../shared/db/constraint-fields";
import { query, sql } from "../../shared/db/sql";
import { BadUserInputError, type FieldError } from "../../shared/errors/app-error";
import { fromGlobalId } from "../../shared/graphql/global-id";
import { slugFor } from "../../shared/text/slug";
import type { Actor, AuditService } from "../audit";
import { Plan } from "./plan.entity";
import type { PlanInput } from "./plan.inputs";

/** Plans the site lists at most (the Pricing page shows them side by side). */
export const MAX_PLANS = 20;

/** A plan as admins edit it and the audit log keeps it. */
type PlanState = Pick<
  Plan,
  | "slug"
  | "name"
  | "description"
  | "priceAmount"
  | "priceCurrency"
  | "durationDays"
  | "featuredDays"
  | "highlighted"
  | "inDigestTop"
  | "position"
  | "active"
>;

const CONSTRAINT_FIELDS: ConstraintFields = {
  plans_slug_key: { field: "input.slug", message: "Another plan has this slug." },
  plans_name_key: { field: "input.name", message: "Another plan has this name." },
};

function planId(globalId: string): number {
  const ref = fromGlobalId(globalId);
  if (ref?.type !== "Plan") throw BadUserInputError.field("id", "is not the id of a plan");
  return ref.id;
}

/** The plans: the active ones for everyone, and admins' edits, each in the audit log. */
export class PlanService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Plans in Pricing-page order; retired ones only when asked (admins). */
  list({ includeRetired = false } = {}): Promise<Plan[]> {
    return query<Plan>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, Plan, "p")} FROM plans p ${includeRetired ? sql.blank : sql`WHERE p.active`}
        ORDER BY p.position, p.price_amount, p.id LIMIT ${sql.value(MAX_PLANS)}`,
    );
  }

  async create(actor: Actor, input: PlanInput): Promise<Plan> {
    const missing: FieldError[] = [];
    if (input.name == null) missing.push({ field: "input.name", message: "A plan needs a name." });
    if (input.priceAmount == null) missing.push({ field: "input.priceAmount", message: "A plan needs a price." });
    if (input.priceCurrency == null) missing.push({ field: "input.priceCurrency", message: "A plan needs a currency." });
    if (input.durationDays == null) missing.push({ field: "input.durationDays", message: "A plan needs a duration." });
    if (missing.length) throw new BadUserInputError(missing);
    const name = input.name!.trim();
    const next: PlanState = {
      slug: input.slug ?? slugFor(name, 60),
      name,
      description: input.description?.trim() ?? "",
      priceAmount: input.priceAmount!,
      priceCurrency: input.priceCurrency!,
      durationDays: input.durationDays!,
      featuredDays: input.featuredDays ?? 0,
      highlighted: input.highlighted ?? false,
      inDigestTop: input.inDigestTop ?? false,
      position: input.position ?? 0,
      active: input.active ?? true,
    };
    if (!next.slug) throw BadUserInputError.field("input.slug", "Give the plan a slug: its name has no letters or digits.");
    checkFeatured(next);
    return this.write(async (manager) => {
      const [{ id }] = await query<{ id: number }>(
        manager,
        sql`INSERT INTO plans (slug, name, description, price_amount, price_currency, duration_days, featured_days, highlighted, in_digest_top, position, active)
          VALUES (${sql.value(next.slug)}, ${sql.value(next.name)}, ${sql.value(next.description)}, ${sql.value(next.priceAmount)},
            ${sql.value(next.priceCurrency)}, ${sql.value(next.durationDays)}, ${sql.value(next.featuredDays)}, ${sql.value(next.highlighted)},
            ${sql.value(next.inDigestTop)}, ${sql.value(next.position)}, ${sql.value(next.active)})
          RETURNING id`,
      );
      await this.audit.record(manager, actor, {
        action: "plan.create",
        targetType: "Plan",
        targetId: id,
        before: null,
        after: { id, ...next },
      });
      return this.row(manager, id);
    });
  }

  async update(actor: Actor, globalId: string, input: PlanInput): Promise<Plan> {
    const id = planId(globalId);
    return this.write(async (manager) => {
      const [before] = await query<Plan>(
        manager,
        sql`SELECT ${selectColumns(this.ds, Plan, "p")} FROM plans p WHERE p.id = ${sql.value(id)} FOR UPDATE`,
      );
      if (!before) throw BadUserInputError.field("id", "No plan has this id.");
      const next: PlanState = { ...stateOf(before) };
      for (const key of Object.keys(next) as (keyof PlanState)[]) {
        const given = input[key];
        if (given != null) (next as Record<string, unknown>)[key] = typeof given === "string" ? given.trim() : given;
      }
      checkFeatured(next);
      await query(
        manager,
        sql`UPDATE plans SET slug = ${sql.value(next.slug)}, name = ${sql.value(next.name)}, description = ${sql.value(next.description)},
          price_amount = ${sql.value(next.priceAmount)}, price_currency = ${sql.value(next.priceCurrency)},
          duration_days = ${sql.value(next.durationDays)}, featured_days = ${sql.value(next.featuredDays)},
          highlighted = ${sql.value(next.highlighted)}, in_digest_top = ${sql.value(next.inDigestTop)},
          position = ${sql.value(next.position)}, active = ${sql.value(next.active)}, updated_at = now()
          WHERE id = ${sql.value(id)}`,
      );
      await this.audit.record(manager, actor, {
        action: "plan.update",
        targetType: "Plan",
        targetId: id,
        before: { id, ...stateOf(before) },
        after: { id, ...next },
      });
      return this.row(manager, id);
    });
  }

  private async row(manager: EntityManager, id: number): Promise<Plan> {
    const [row] = await query<Plan>(manager, sql`SELECT ${selectColumns(this.ds, Plan, "p")} FROM plans p WHERE p.id = ${sql.value(id)}`);
    return row;
  }

  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return transactionNamingConstraints(this.ds, CONSTRAINT_FIELDS, work);
  }
}

function stateOf(p: Plan): PlanState {
  const { slug, name, description, priceAmount, priceCurrency, durationDays, featuredDays, highlighted, inDigestTop, position, active } = p;
  return { slug, name, description, priceAmount, priceCurrency, durationDays, featuredDays, highlighted, inDigestTop, position, active };
}

function checkFeatured(p: PlanState): void {
  if (p.featuredDays > p.durationDays) {
    throw BadUserInputError.field("input.featuredDays", `Can't be more than the plan's ${p.durationDays} days.`);
  }
}
