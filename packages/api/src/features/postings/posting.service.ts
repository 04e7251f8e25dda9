import { randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { jsonColumns, selectColumns } from "../../shared/db/columns";
import { query, sql } from "../../shared/db/sql";
import { AppError, BadUserInputError, type FieldError } from "../../shared/errors/app-error";
import { fromGlobalId, toGlobalId } from "../../shared/graphql/global-id";
import { annualUsd, isSupportedCurrency } from "../../shared/money/money";
import { slugFor } from "../../shared/text/slug";
import { formatPrice } from "../../shared/money/salary-text";
import type { WebUrls } from "../../shared/web-urls";
import type { Actor, AuditService } from "../audit";
import { employerEmail, type EmployerEmail, type OutboxService } from "../email";
import { Company } from "../companies";
import { JobStatus } from "../jobs";
import { safeApplyTarget } from "../job-stats";
import type { CompanyMembershipService } from "./company-membership.service";
import type { CompanyProfileInput, PostingInput } from "./posting.inputs";
import { ORDER_SELECT, orderOf, type OrderRow } from "./orders";
import { billingRecord, BUYER_SNAPSHOT, type InvoiceService } from "./invoice.service";
import {
  MAX_HISTORY,
  MAX_ORDERS,
  OrderStatus,
  STATS_DAYS,
  type JobStatusChange,
  type Order,
  type Posting,
  type PostingDay,
  type PostingFields,
} from "./posting.types";

/** Postings one list returns at most (an employer's dashboard, the review queue). */
export const MAX_POSTINGS = 100;
/** A description shorter than this can't be submitted (a draft may be anything). */
export const MIN_DESCRIPTION = 50;
/** How far ahead validThrough may be. */
const MAX_VALID_DAYS = 365;

/** Who acts on postings: an employer (by the company they belong to) or an admin. */
export interface PostingActor extends Actor {
  admin: boolean;
}

/**
 * The transitions a posting may make, and who makes each: the one table of the lifecycle.
 * `pay` is the order being marked paid (an admin), `expire` the site itself.
 */
const TRANSITIONS = {
  pay: { from: [JobStatus.DRAFT, JobStatus.EXPIRED], by: "admin" },
  approve: { from: [JobStatus.PENDING_REVIEW], by: "admin" },
  reject: { from: [JobStatus.PENDING_REVIEW], by: "admin" },
  resubmit: { from: [JobStatus.REJECTED], by: "employer" },
  close: { from: [JobStatus.DRAFT, JobStatus.PENDING_REVIEW, JobStatus.REJECTED, JobStatus.PUBLISHED], by: "employer" },
  edit: { from: [JobStatus.DRAFT, JobStatus.PENDING_REVIEW, JobStatus.REJECTED], by: "employer" },
  submit: { from: [JobStatus.DRAFT, JobStatus.EXPIRED], by: "employer" },
  duplicate: { from: Object.values(JobStatus), by: "employer" },
} as const;
type Transition = keyof typeof TRANSITIONS;

const STATUS_WORDS: Record<JobStatus, string> = {
  DRAFT: "a draft",
  PENDING_REVIEW: "waiting for review",
  PUBLISHED: "published",
  EXPIRED: "expired",
  REJECTED: "rejected",
  CLOSED: "closed",
};

interface JobRow {
  id: number;
  companyId: number;
  slug: string;
  title: string;
  status: JobStatus;
  postedAt: Date | null;
  validThrough: Date | null;
  updatedAt: Date;
  verified: boolean;
}

/**
 * Employers' companies and postings, and admins' moderation of them. Who may act on a posting is
 * decided in one place, `posting()`: its company's employers (whom CompanyMembershipService.actsFor
 * names: `users.company_id`), or admins for the admin transitions.
 * Every status change is recorded (`job_status_changes`) in the transaction that makes it, and
 * admins' actions go to the audit log as well.
 */
export class PostingService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly urls: WebUrls,
    /** Which company an employer acts for: every check here asks it. */
    private readonly membership: CompanyMembershipService,
    /** Issues each new order's invoice (through the payment provider) and keeps companies' billing details. */
    private readonly invoices: InvoiceService,
  ) {}

  /** Emails the company's employers about a posting, in the transaction that caused it. */
  private async tellEmployers(manager: EntityManager, companyId: number, email: EmployerEmail): Promise<void> {
    const people = await this.membership.employersOf(manager, companyId, 20);
    const rendered = employerEmail(email);
    await this.outbox.enqueueMany(
      manager,
      people.map((p) => ({ kind: email.kind, to: p.email, ...rendered })),
    );
  }

  // ---------- Companies ----------

  /** An employer's company, made with them as its owner (one company per employer account). */
  async createCompany(actor: PostingActor, input: CompanyProfileInput): Promise<Company> {
    const profile = companyProfile(input);
    const billing = billingRecord(input.billing);
    return this.ds.transaction(async (manager) => {
      // Locks the account's row: two requests at once make one company.
      await query(manager, sql`SELECT 1 FROM users WHERE id = ${sql.value(actor.id)} FOR UPDATE`);
      if (await this.membership.companyOf(actor.id, manager)) {
        throw BadUserInputError.field("input", "Your account already belongs to a company; edit it instead.");
      }
      const base = slugFor(profile.name, 80) || "company";
      const [{ id }] = await query<{ id: number }>(
        manager,
        sql`INSERT INTO companies (slug, name, website, size, headquarters, description)
          VALUES (
            CASE WHEN EXISTS (SELECT 1 FROM companies WHERE slug = ${sql.value(base)})
              THEN ${sql.value(`${base}-${randomBytes(3).toString("hex")}`)} ELSE ${sql.value(base)} END,
            ${sql.value(profile.name)}, ${sql.value(profile.website)}, ${sql.value(profile.size)},
            ${sql.value(profile.headquarters)}, ${sql.value(profile.description)})
          RETURNING id`,
      );
      await query(manager, sql`UPDATE users SET company_id = ${sql.value(id)} WHERE id = ${sql.value(actor.id)}`);
      await this.invoices.saveBilling(manager, id, billing);
      return (await this.membership.companyOf(actor.id, manager))!;
    });
  }

  /** The employer's company profile, changed (its slug stays: links to it keep working). */
  async updateCompany(actor: PostingActor, input: CompanyProfileInput): Promise<Company> {
    const profile = companyProfile(input);
    const billing = billingRecord(input.billing);
    return this.ds.transaction(async (manager) => {
      const company = await this.membership.companyOf(actor.id, manager);
      if (!company) throw BadUserInputError.field("input", "Create your company's profile first.");
      await query(
        manager,
        sql`UPDATE companies SET name = ${sql.value(profile.name)}, website = ${sql.value(profile.website)}, size = ${sql.value(profile.size)},
          headquarters = ${sql.value(profile.headquarters)}, description = ${sql.value(profile.description)}, updated_at = now()
          WHERE id = ${sql.value(company.id)}`,
      );
      await this.invoices.saveBilling(manager, company.id, billing);
      return (await this.membership.companyOf(actor.id, manager))!;
    });
  }

  /** An admin verifies a company (its paid postings then skip review), or takes it back. Audit-logged. */
  async verifyCompany(actor: PostingActor, globalId: string, verified: boolean): Promise<Company> {
    const ref = fromGlobalId(globalId);
    if (ref?.type !== "Company") throw BadUserInputError.field("id", "is not the id of a company");
    return this.ds.transaction(async (manager) => {
      const [before] = await query<{ verified: boolean }>(
        manager,
        sql`SELECT verified FROM companies WHERE id = ${sql.value(ref.id)} FOR UPDATE`,
      );
      if (!before) throw BadUserInputError.field("id", "No company has this id.");
      await query(manager, sql`UPDATE companies SET verified = ${sql.value(verified)}, updated_at = now() WHERE id = ${sql.value(ref.id)}`);
      await this.audit.record(manager, actor, {
        action: "company.verify",
        targetType: "Company",
        targetId: ref.id,
        before,
        after: { verified },
      });
      const [company] = await query<Company>(
        manager,
        sql`SELECT ${selectColumns(this.ds, Company, "c")} FROM companies c WHERE c.id = ${sql.value(ref.id)}`,
      );
      return company;
    });
  }

  // ---------- Postings ----------

  /** A new draft, or a change to one of the company's postings that may still be edited. */
  async save(actor: PostingActor, id: string | null | undefined, input: PostingInput): Promise<Posting> {
    const fields = await this.resolveFields(input);
    return this.ds.transaction(async (manager) => {
      let jobId: number;
      if (id) {
        const job = await this.posting(manager, actor, id, "edit");
        jobId = job.id;
        await query(
          manager,
          sql`UPDATE jobs SET title = ${sql.value(fields.title)}, description = ${sql.value(fields.description)},
            category_id = ${sql.value(fields.categoryId)}, seniority = ${sql.value(fields.seniority)},
            employment_type = ${sql.value(fields.employmentType)}, remote = ${sql.value(fields.remote)},
            salary_min = ${sql.value(fields.salaryMin)}, salary_max = ${sql.value(fields.salaryMax)},
            salary_currency = ${sql.value(fields.salaryCurrency)}, salary_period = ${sql.value(fields.salaryPeriod)},
            salary_min_usd = ${sql.value(fields.salaryMinUsd)}, salary_max_usd = ${sql.value(fields.salaryMaxUsd)},
            tags = ${sql.value(fields.tags)}::text[], apply_url = ${sql.value(fields.applyUrl)}, valid_through = ${sql.value(fields.validThrough)}::timestamptz,
            updated_at = now()
          WHERE id = ${sql.value(jobId)}`,
        );
        await query(manager, sql`DELETE FROM job_locations WHERE job_id = ${sql.value(jobId)}`);
      } else {
        const company = await this.membership.companyOf(actor.id, manager);
        if (!company) throw BadUserInputError.field("input", "Create your company's profile first.");
        const slug = `${slugFor(`${fields.title} ${company.name}`, 80) || "job"}-${randomBytes(3).toString("hex")}`;
        [{ id: jobId }] = await query<{ id: number }>(
          manager,
          sql`INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote,
              salary_min, salary_max, salary_currency, salary_period, salary_min_usd, salary_max_usd, tags, apply_url, valid_through,
              status, created_by)
            VALUES (${sql.value(slug)}, ${sql.value(fields.title)}, ${sql.value(fields.description)}, ${sql.value(company.id)},
              ${sql.value(fields.categoryId)}, ${sql.value(fields.seniority)}, ${sql.value(fields.employmentType)}, ${sql.value(fields.remote)},
              ${sql.value(fields.salaryMin)}, ${sql.value(fields.salaryMax)}, ${sql.value(fields.salaryCurrency)}, ${sql.value(fields.salaryPeriod)},
              ${sql.value(fields.salaryMinUsd)}, ${sql.value(fields.salaryMaxUsd)}, ${sql.value(fields.tags)}::text[], ${sql.value(fields.applyUrl)},
              ${sql.value(fields.validThrough)}::timestamptz, 'DRAFT', ${sql.value(actor.id)})
            RETURNING id`,
        );
        await this.record(manager, jobId, null, JobStatus.DRAFT, actor, null);
      }
      if (fields.locationIds.length) {
        await query(
          manager,
          sql`INSERT INTO job_locations (job_id, location_id) SELECT ${sql.value(jobId)}, unnest(${sql.value(fields.locationIds)}::int[])`,
        );
      }
      return this.view(manager, jobId);
    });
  }

  /**
   * Submits a draft (or an expired posting, to renew it) on a plan: the full checks a posting must
   * pass, then an order with its invoice, UNPAID, made out to the company's billing details as they
   * are now and issued by the payment provider. The posting goes on only when the order is marked paid.
   */
  async submit(actor: PostingActor, id: string, planSlug: string): Promise<{ posting: Posting; order: Order }> {
    return this.ds.transaction(async (manager) => {
      const job = await this.posting(manager, actor, id, "submit");
      // A renewal runs for its new plan's days from when it is published again.
      if (job.status === JobStatus.EXPIRED) await query(manager, sql`UPDATE jobs SET valid_through = NULL WHERE id = ${sql.value(job.id)}`);
      await this.checkComplete(manager, job.id);
      const [plan] = await query<{
        id: number;
        name: string;
        priceAmount: number;
        priceCurrency: string;
        durationDays: number;
        featuredDays: number;
        highlighted: boolean;
        inDigestTop: boolean;
      }>(
        manager,
        sql`SELECT id, name, price_amount AS "priceAmount", price_currency AS "priceCurrency", duration_days AS "durationDays", featured_days AS "featuredDays",
            highlighted, in_digest_top AS "inDigestTop"
          FROM plans WHERE slug = ${sql.value(planSlug)} AND active`,
      );
      if (!plan) throw BadUserInputError.field("plan", "is not a plan we offer; see the Pricing page.");
      const [unpaid] = await query<{ id: number }>(
        manager,
        sql`SELECT id FROM orders WHERE job_id = ${sql.value(job.id)} AND status = 'UNPAID'`,
      );
      if (unpaid) throw BadUserInputError.field("id", "This posting already has an invoice waiting to be paid.");
      const [{ id: orderId }] = await query<{ id: number }>(
        manager,
        sql`INSERT INTO orders (company_id, job_id, plan_id, plan_name, amount, currency, duration_days, featured_days, highlighted, in_digest_top, billing, created_by)
          SELECT c.id, ${sql.value(job.id)}, ${sql.value(plan.id)}, ${sql.value(plan.name)}, ${sql.value(plan.priceAmount)}, ${sql.value(plan.priceCurrency)},
            ${sql.value(plan.durationDays)}, ${sql.value(plan.featuredDays)}, ${sql.value(plan.highlighted)}, ${sql.value(plan.inDigestTop)},
            ${BUYER_SNAPSHOT}, ${sql.value(actor.id)}
          FROM companies c WHERE c.id = ${sql.value(job.companyId)}
          RETURNING id`,
      );
      // The payment provider issues it: when it is due, and how it is paid.
      await this.invoices.issue(manager, orderId);
      const posting = await this.view(manager, job.id);
      const order = posting.orders.find((o) => o.rowId === orderId)!;
      await this.tellEmployers(manager, job.companyId, {
        kind: "INVOICE_ISSUED",
        invoiceNumber: order.invoiceNumber,
        planName: plan.name,
        price: formatPrice(plan.priceAmount, plan.priceCurrency.trim()),
        jobTitle: job.title,
        invoiceUrl: this.urls.invoice(order.invoiceNumber),
        dueDate: day(order.dueAt),
        reviewed: job.verified,
      });
      return { posting, order };
    });
  }

  /**
   * An admin marks an order's invoice paid: its posting goes to review, or is published at once
   * when the company is verified. Audit-logged.
   */
  async markPaid(actor: PostingActor, orderGlobalId: string): Promise<Posting> {
    const ref = fromGlobalId(orderGlobalId);
    if (ref?.type !== "Order") throw BadUserInputError.field("id", "is not the id of an order");
    return this.ds.transaction(async (manager) => {
      const [order] = await query<{ id: number; jobId: number; status: OrderStatus }>(
        manager,
        sql`SELECT id, job_id AS "jobId", status FROM orders WHERE id = ${sql.value(ref.id)} FOR UPDATE`,
      );
      if (!order) throw BadUserInputError.field("id", "No order has this id.");
      if (order.status !== OrderStatus.UNPAID)
        throw BadUserInputError.field("id", `This order is ${order.status.toLowerCase()}, not unpaid.`);
      const job = await this.posting(manager, actor, toGlobalId("Job", order.jobId), "pay");
      await query(
        manager,
        sql`UPDATE orders SET status = 'PAID', paid_at = now(), paid_by = ${sql.value(actor.id)} WHERE id = ${sql.value(order.id)}`,
      );
      if (job.verified) await this.publish(manager, job, actor, order.id);
      else await this.move(manager, job, JobStatus.PENDING_REVIEW, actor, null);
      await this.audit.record(manager, actor, {
        action: "order.markPaid",
        targetType: "Order",
        targetId: order.id,
        before: { status: order.status },
        after: { status: OrderStatus.PAID, jobId: job.id },
      });
      return this.view(manager, job.id);
    });
  }

  /** An admin approves a posting waiting for review: published on its paid order's terms. */
  async approve(actor: PostingActor, id: string): Promise<Posting> {
    return this.ds.transaction(async (manager) => {
      const job = await this.posting(manager, actor, id, "approve");
      const [order] = await query<{ id: number }>(
        manager,
        sql`SELECT id FROM orders WHERE job_id = ${sql.value(job.id)} AND status = 'PAID' ORDER BY paid_at DESC LIMIT 1`,
      );
      await this.publish(manager, job, actor, order.id);
      await this.audit.record(manager, actor, {
        action: "posting.approve",
        targetType: "Job",
        targetId: job.id,
        before: { status: job.status },
        after: { status: JobStatus.PUBLISHED },
      });
      return this.view(manager, job.id);
    });
  }

  /** An admin rejects a posting waiting for review, saying why; its employer may edit and resubmit it. */
  async reject(actor: PostingActor, id: string, reason: string): Promise<Posting> {
    return this.ds.transaction(async (manager) => {
      const job = await this.posting(manager, actor, id, "reject");
      await this.move(manager, job, JobStatus.REJECTED, actor, reason.trim());
      await this.tellEmployers(manager, job.companyId, {
        kind: "POSTING_REJECTED",
        jobTitle: job.title,
        reason: reason.trim(),
        dashboardUrl: this.urls.employerDashboard(),
      });
      await this.audit.record(manager, actor, {
        action: "posting.reject",
        targetType: "Job",
        targetId: job.id,
        before: { status: job.status },
        after: { status: JobStatus.REJECTED, reason: reason.trim() },
      });
      return this.view(manager, job.id);
    });
  }

  /** A rejected posting, edited, goes back to review (it is paid already). */
  async resubmit(actor: PostingActor, id: string): Promise<Posting> {
    return this.ds.transaction(async (manager) => {
      const job = await this.posting(manager, actor, id, "resubmit");
      await this.checkComplete(manager, job.id);
      await this.move(manager, job, JobStatus.PENDING_REVIEW, actor, null);
      return this.view(manager, job.id);
    });
  }

  /** Its employer closes a posting: it leaves the site at once (and for good: renewing is a new posting). */
  async close(actor: PostingActor, id: string): Promise<Posting> {
    return this.ds.transaction(async (manager) => {
      const job = await this.posting(manager, actor, id, "close");
      await this.move(manager, job, JobStatus.CLOSED, actor, null);
      await query(manager, sql`UPDATE orders SET status = 'CANCELLED' WHERE job_id = ${sql.value(job.id)} AND status = 'UNPAID'`);
      return this.view(manager, job.id);
    });
  }

  /**
   * A new draft with the fields of one of the company's postings, in any status: the same title and
   * everything else it says, but none of its orders, figures or history, and no last day (a copy runs
   * on its own plan's days). To post a job again, or a similar one.
   */
  async duplicate(actor: PostingActor, id: string): Promise<Posting> {
    return this.ds.transaction(async (manager) => {
      const job = await this.posting(manager, actor, id, "duplicate");
      const [company] = await query<{ name: string }>(manager, sql`SELECT name FROM companies WHERE id = ${sql.value(job.companyId)}`);
      const slug = `${slugFor(`${job.title} ${company.name}`, 80) || "job"}-${randomBytes(3).toString("hex")}`;
      const [{ id: copyId }] = await query<{ id: number }>(
        manager,
        sql`INSERT INTO jobs (slug, title, description, company_id, category_id, seniority, employment_type, remote,
            salary_min, salary_max, salary_currency, salary_period, salary_min_usd, salary_max_usd, tags, apply_url, valid_through,
            status, created_by)
          SELECT ${sql.value(slug)}, title, description, company_id, category_id, seniority, employment_type, remote,
            salary_min, salary_max, salary_currency, salary_period, salary_min_usd, salary_max_usd, tags, apply_url, NULL,
            'DRAFT', ${sql.value(actor.id)}
          FROM jobs WHERE id = ${sql.value(job.id)}
          RETURNING id`,
      );
      await query(
        manager,
        sql`INSERT INTO job_locations (job_id, location_id) SELECT ${sql.value(copyId)}, location_id FROM job_locations WHERE job_id = ${sql.value(job.id)}`,
      );
      await this.record(manager, copyId, null, JobStatus.DRAFT, actor, null);
      return this.view(manager, copyId);
    });
  }

  /** Published postings past their validThrough become EXPIRED (the worker, every few minutes); returns how many. */
  async expireDue(): Promise<number> {
    return this.ds.transaction(async (manager) => {
      const rows = await query<{ id: number; companyId: number; title: string; posted: boolean }>(
        manager,
        sql`WITH due AS (
              UPDATE jobs SET status = 'EXPIRED', updated_at = now()
              WHERE id IN (SELECT id FROM jobs WHERE status = 'PUBLISHED' AND valid_through <= now() ORDER BY valid_through LIMIT 1000 FOR UPDATE SKIP LOCKED)
              RETURNING id, company_id, title, created_by),
            recorded AS (
              INSERT INTO job_status_changes (job_id, from_status, to_status, actor_id, reason)
              SELECT id, 'PUBLISHED', 'EXPIRED', NULL, 'Reached its last day.' FROM due)
            SELECT id, company_id AS "companyId", title, created_by IS NOT NULL AS posted FROM due`,
      );
      // Their employers hear of it (postings made on the site: imported jobs have nobody to tell).
      for (const job of rows.filter((r) => r.posted)) {
        await this.tellEmployers(manager, job.companyId, {
          kind: "POSTING_EXPIRED",
          jobTitle: job.title,
          dashboardUrl: this.urls.employerDashboard(),
        });
      }
      return rows.length;
    });
  }

  /** Tells the employers of postings that end within three days, once per publication (the worker, with expiry); returns how many. */
  async remindExpiring(): Promise<number> {
    return this.ds.transaction(async (manager) => {
      const rows = await query<{ companyId: number; title: string; validThrough: Date }>(
        manager,
        sql`UPDATE jobs SET expiry_reminded_at = now()
          WHERE id IN (
            SELECT id FROM jobs
            WHERE status = 'PUBLISHED' AND created_by IS NOT NULL AND valid_through > now() AND valid_through <= now() + interval '3 days'
              AND (expiry_reminded_at IS NULL OR expiry_reminded_at < posted_at)
            ORDER BY valid_through LIMIT 1000 FOR UPDATE SKIP LOCKED)
          RETURNING company_id AS "companyId", title, valid_through AS "validThrough"`,
      );
      for (const job of rows) {
        await this.tellEmployers(manager, job.companyId, {
          kind: "POSTING_EXPIRING",
          jobTitle: job.title,
          until: day(job.validThrough),
          dashboardUrl: this.urls.employerDashboard(),
        });
      }
      return rows.length;
    });
  }

  /** The employer's postings, newest change first. */
  async forCompanyOf(actor: PostingActor, first = MAX_POSTINGS): Promise<Posting[]> {
    const company = await this.membership.companyOf(actor.id);
    if (!company) return [];
    const ids = await query<{ id: number }>(
      this.ds,
      sql`SELECT id FROM jobs WHERE company_id = ${sql.value(company.id)} ORDER BY updated_at DESC, id DESC LIMIT ${sql.value(Math.min(first, MAX_POSTINGS))}`,
    );
    return this.views(
      this.ds,
      ids.map((r) => r.id),
    );
  }

  /** One of the employer's postings, or null when it isn't theirs (or doesn't exist). */
  async ofCompany(actor: PostingActor, globalId: string): Promise<Posting | null> {
    const ref = fromGlobalId(globalId);
    if (ref?.type !== "Job") return null;
    const [row] = await query<{ id: number }>(
      this.ds,
      sql`SELECT j.id FROM jobs j WHERE j.id = ${sql.value(ref.id)} AND ${this.membership.actsFor(actor.id, sql`j.company_id`)}`,
    );
    return row ? this.view(this.ds, row.id) : null;
  }

  /** Postings waiting for an admin, oldest first. */
  async reviewQueue(first = MAX_POSTINGS): Promise<Posting[]> {
    const ids = await query<{ id: number }>(
      this.ds,
      sql`SELECT id FROM jobs WHERE status = 'PENDING_REVIEW' ORDER BY updated_at, id LIMIT ${sql.value(Math.min(first, MAX_POSTINGS))}`,
    );
    return this.views(
      this.ds,
      ids.map((r) => r.id),
    );
  }

  /** Orders waiting for payment, oldest first (admins). */
  async unpaidOrders(): Promise<Order[]> {
    const rows = await query<OrderRow>(
      this.ds,
      sql`${ORDER_SELECT} WHERE o.status = 'UNPAID' ORDER BY o.id LIMIT ${sql.value(MAX_POSTINGS)}`,
    );
    return rows.map(orderOf);
  }

  // ---------- The one authorization point, and the lifecycle ----------

  /**
   * The posting `id` names, locked, if `actor` may make `transition` on it now: an employer only on
   * their own company's postings and employers' transitions, an admin only admins' transitions.
   * Anyone else's posting is "not found" (the same words whether or not it exists).
   */
  private async posting(manager: EntityManager, actor: PostingActor, id: string, transition: Transition): Promise<JobRow> {
    const ref = fromGlobalId(id);
    const rule = TRANSITIONS[transition];
    const notFound = () => BadUserInputError.field("id", "No posting of yours has this id.");
    if (ref?.type !== "Job") throw notFound();
    // Employers act on their own company's postings; admins make the admins' transitions on anyone's.
    const ownCompany = this.membership.actsFor(actor.id, sql`j.company_id`);
    const [job] = await query<JobRow>(
      manager,
      sql`SELECT j.id, j.company_id AS "companyId", j.slug, j.title, j.status, j.posted_at AS "postedAt", j.valid_through AS "validThrough",
          j.updated_at AS "updatedAt", c.verified
        FROM jobs j JOIN companies c ON c.id = j.company_id
        WHERE j.id = ${sql.value(ref.id)} AND ${rule.by === "admin" ? sql`${sql.value(actor.admin)}` : ownCompany}
        FOR UPDATE OF j`,
    );
    if (!job) {
      if (rule.by === "admin" && !actor.admin) throw new AppError("FORBIDDEN", "Only admins do this.");
      throw notFound();
    }
    if (!(rule.from as readonly JobStatus[]).includes(job.status)) {
      throw BadUserInputError.field("id", `This posting is ${STATUS_WORDS[job.status]}: it can't be ${TRANSITION_WORDS[transition]} now.`);
    }
    return job;
  }

  private async move(manager: EntityManager, job: JobRow, to: JobStatus, actor: PostingActor | null, reason: string | null): Promise<void> {
    await query(manager, sql`UPDATE jobs SET status = ${sql.value(to)}, updated_at = now() WHERE id = ${sql.value(job.id)}`);
    await this.record(manager, job.id, job.status, to, actor, reason);
  }

  /**
   * Published on an order's terms: from now, until validThrough or the plan's days, featured for its
   * featured days, highlighted and first in alert digests when its plan says so.
   */
  private async publish(manager: EntityManager, job: JobRow, actor: PostingActor, orderId: number): Promise<void> {
    const [{ validThrough }] = await query<{ validThrough: Date }>(
      manager,
      sql`UPDATE jobs j SET status = 'PUBLISHED', posted_at = now(), updated_at = now(),
          valid_through = LEAST(coalesce(j.valid_through, 'infinity'), now() + make_interval(days => o.duration_days)),
          featured_until = CASE WHEN o.featured_days > 0 THEN now() + make_interval(days => o.featured_days) ELSE NULL END,
          highlighted = o.highlighted, in_digest_top = o.in_digest_top
        FROM orders o WHERE o.id = ${sql.value(orderId)} AND j.id = ${sql.value(job.id)}
        RETURNING j.valid_through AS "validThrough"`,
    );
    await this.record(manager, job.id, job.status, JobStatus.PUBLISHED, actor, null);
    await this.tellEmployers(manager, job.companyId, {
      kind: "POSTING_APPROVED",
      jobTitle: job.title,
      jobUrl: this.urls.job(job.slug),
      until: day(validThrough),
    });
  }

  private async record(
    manager: EntityManager,
    jobId: number,
    from: JobStatus | null,
    to: JobStatus,
    actor: PostingActor | null,
    reason: string | null,
  ): Promise<void> {
    await query(
      manager,
      sql`INSERT INTO job_status_changes (job_id, from_status, to_status, actor_id, reason)
        VALUES (${sql.value(jobId)}, ${sql.value(from)}, ${sql.value(to)}, ${sql.value(actor?.id ?? null)}, ${sql.value(reason)})`,
    );
  }

  /** What a posting needs before it can be paid for and shown: a description of some length and a way to apply. */
  private async checkComplete(manager: EntityManager, jobId: number): Promise<void> {
    const [job] = await query<{ description: string; applyUrl: string | null; validThrough: Date | null }>(
      manager,
      sql`SELECT description, apply_url AS "applyUrl", valid_through AS "validThrough" FROM jobs WHERE id = ${sql.value(jobId)}`,
    );
    const problems: FieldError[] = [];
    if (job.description.trim().length < MIN_DESCRIPTION) {
      problems.push({ field: "description", message: `Describe the job in at least ${MIN_DESCRIPTION} characters before submitting it.` });
    }
    if (!job.applyUrl)
      problems.push({ field: "applyUrl", message: "Say where to apply (a page or an email address) before submitting it." });
    if (job.validThrough && job.validThrough.getTime() <= Date.now()) {
      problems.push({ field: "validThrough", message: "This date has passed; pick a later one." });
    }
    if (problems.length) throw new BadUserInputError(problems);
  }

  /** The input's slugs resolved to ids and its values checked, each problem named by its field. */
  private async resolveFields(input: PostingInput) {
    const problems: FieldError[] = [];
    const [category] = await query<{ id: number }>(this.ds, sql`SELECT id FROM job_categories WHERE slug = ${sql.value(input.category)}`);
    if (!category) problems.push({ field: "input.category", message: "is not one of our job categories." });
    const slugs = [...new Set(input.locations.map((l) => l.trim().toLowerCase()).filter(Boolean))];
    const locations = slugs.length
      ? await query<{ id: number; slug: string }>(
          this.ds,
          sql`SELECT id, slug FROM locations WHERE slug = ANY(${sql.value(slugs)}::text[])`,
        )
      : [];
    const unknown = slugs.filter((s) => !locations.some((l) => l.slug === s));
    if (unknown.length)
      problems.push({ field: "input.locations", message: `We don't know ${unknown.join(", ")}; pick places from the list.` });

    const salary = input.salary;
    if (salary) {
      if (salary.min == null && salary.max == null)
        problems.push({ field: "input.salary", message: "Give a minimum, a maximum or both, or no salary." });
      if (salary.min != null && salary.max != null && salary.min > salary.max) {
        problems.push({ field: "input.salary.max", message: "Can't be less than the minimum." });
      }
      if (!isSupportedCurrency(salary.currency))
        problems.push({ field: "input.salary.currency", message: "is not a currency we show salaries in." });
    }
    let applyUrl: string | null = null;
    const given = input.applyUrl?.trim();
    if (given) {
      const asUrl = /^[^@\s:/]+@[^@\s]+\.[^@\s]+$/.test(given) ? `mailto:${given}` : given;
      applyUrl = safeApplyTarget(asUrl);
      if (!applyUrl || applyUrl.startsWith("http:")) {
        problems.push({ field: "input.applyUrl", message: "Use an https:// address or an email address." });
      }
    }
    if (input.validThrough) {
      const ms = input.validThrough.getTime() - Date.now();
      if (Number.isNaN(ms) || ms <= 0) problems.push({ field: "input.validThrough", message: "Pick a day after today." });
      else if (ms > MAX_VALID_DAYS * 86_400_000)
        problems.push({ field: "input.validThrough", message: `At most ${MAX_VALID_DAYS} days ahead.` });
    }
    if (problems.length) throw new BadUserInputError(problems);

    const tags = [...new Set(input.tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    const usd = (v: number | null | undefined) => (v != null && salary ? annualUsd(v, salary.currency, salary.period) : null);
    return {
      title: input.title.trim().replace(/\s+/g, " "),
      description: input.description.trim(),
      categoryId: category.id,
      seniority: input.seniority,
      employmentType: input.employmentType,
      remote: input.remote,
      locationIds: locations.map((l) => l.id),
      salaryMin: salary?.min ?? null,
      salaryMax: salary?.max ?? null,
      salaryCurrency: salary ? salary.currency : null,
      salaryPeriod: salary ? salary.period : null,
      salaryMinUsd: usd(salary?.min),
      salaryMaxUsd: usd(salary?.max),
      tags,
      applyUrl,
      validThrough: input.validThrough ? input.validThrough.toISOString() : null,
    };
  }

  // ---------- Reading postings ----------

  private async view(db: DataSource | EntityManager, jobId: number): Promise<Posting> {
    return (await this.views(db, [jobId]))[0];
  }

  /** Postings with their company, history, orders and stats: four statements for any number of them. */
  private async views(db: DataSource | EntityManager, ids: number[]): Promise<Posting[]> {
    if (!ids.length) return [];
    const jobs = await query<JobRow & { company: Company; fields: PostingFields }>(
      db,
      sql`SELECT j.id, j.company_id AS "companyId", j.slug, j.title, j.status, j.posted_at AS "postedAt", j.valid_through AS "validThrough",
          j.updated_at AS "updatedAt", ${jsonColumns(this.ds, Company, "c")} AS company,
          json_build_object('title', j.title, 'category', cat.slug, 'seniority', j.seniority, 'employmentType', j.employment_type,
            'remote', j.remote, 'tags', j.tags, 'applyUrl', j.apply_url, 'description', j.description, 'validThrough', j.valid_through,
            'locations', ARRAY(SELECT l.slug FROM job_locations jl JOIN locations l ON l.id = jl.location_id WHERE jl.job_id = j.id ORDER BY l.slug),
            'salary', CASE WHEN j.salary_currency IS NULL THEN NULL ELSE json_build_object('min', j.salary_min, 'max', j.salary_max,
              'currency', trim(j.salary_currency), 'period', j.salary_period) END) AS fields
        FROM jobs j JOIN companies c ON c.id = j.company_id JOIN job_categories cat ON cat.id = j.category_id
        WHERE j.id = ANY(${sql.value(ids)}::int[])`,
    );
    const changes = await query<{
      jobId: number;
      from: JobStatus | null;
      to: JobStatus;
      by: string | null;
      reason: string | null;
      at: Date;
    }>(
      db,
      sql`SELECT s.job_id AS "jobId", s.from_status AS "from", s.to_status AS "to", s.reason, s.created_at AS at,
          CASE WHEN u.id IS NULL THEN NULL WHEN u.role = 'ADMIN' THEN 'HiredinAI' ELSE u.email END AS by
        FROM job_status_changes s LEFT JOIN users u ON u.id = s.actor_id
        WHERE s.job_id = ANY(${sql.value(ids)}::int[]) ORDER BY s.id`,
    );
    const orders = await query<OrderRow>(db, sql`${ORDER_SELECT} WHERE o.job_id = ANY(${sql.value(ids)}::int[]) ORDER BY o.id DESC`);
    const stats = await query<{ jobId: number; views: number; applyClicks: number; daily: PostingDay[] }>(
      db,
      sql`SELECT j.id AS "jobId", coalesce(t.views, 0)::int AS views, coalesce(t.clicks, 0)::int AS "applyClicks",
          (SELECT json_agg(json_build_object('day', to_char(d.day, 'YYYY-MM-DD'), 'views', coalesce(s.views, 0), 'applyClicks', coalesce(s.apply_clicks, 0)) ORDER BY d.day)
           FROM generate_series((now() AT TIME ZONE 'UTC')::date - ${sql.value(STATS_DAYS - 1)}::int, (now() AT TIME ZONE 'UTC')::date, interval '1 day') AS d(day)
           LEFT JOIN job_daily_stats s ON s.job_id = j.id AND s.day = d.day::date) AS daily
        FROM unnest(${sql.value(ids)}::int[]) AS j(id)
        LEFT JOIN (SELECT job_id, sum(views) AS views, sum(apply_clicks) AS clicks FROM job_daily_stats
                   WHERE job_id = ANY(${sql.value(ids)}::int[]) GROUP BY job_id) t ON t.job_id = j.id`,
    );
    const byId = new Map(jobs.map((j) => [j.id, j]));
    return ids
      .map((id) => byId.get(id))
      .filter((j): j is JobRow & { company: Company; fields: PostingFields } => j != null)
      .map((j) => {
        const history: JobStatusChange[] = changes
          .filter((c) => c.jobId === j.id)
          .slice(-MAX_HISTORY)
          .map(({ jobId: _jobId, ...c }) => ({ ...c, at: new Date(c.at) }));
        const last = history[history.length - 1];
        return {
          rowId: j.id,
          companyId: j.companyId,
          id: toGlobalId("Job", j.id),
          slug: j.slug,
          title: j.title,
          status: j.status,
          rejectionReason: j.status === JobStatus.REJECTED ? (last?.reason ?? null) : null,
          fields: { ...j.fields, validThrough: j.fields.validThrough ? new Date(j.fields.validThrough) : null },
          company: j.company,
          postedAt: j.postedAt,
          validThrough: j.validThrough,
          updatedAt: j.updatedAt,
          history,
          orders: orders
            .filter((o) => o.jobId === j.id)
            .slice(0, MAX_ORDERS)
            .map(orderOf),
          stats: stats.find((st) => st.jobId === j.id) ?? { views: 0, applyClicks: 0, daily: [] },
        };
      });
  }
}

const TRANSITION_WORDS: Record<Transition, string> = {
  pay: "paid for",
  approve: "approved",
  reject: "rejected",
  resubmit: "resubmitted",
  close: "closed",
  edit: "edited",
  submit: "submitted",
  duplicate: "duplicated",
};

/** A day as the emails say it: "2 Jan 2027". */
function day(at: Date): string {
  return new Date(at).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
}

/** A company profile as stored: trimmed, blanks as nulls, the website an https address. */
function companyProfile(input: CompanyProfileInput) {
  const text = (v: string | null | undefined) => v?.trim() || null;
  const website = text(input.website);
  if (website && !isHttps(website)) throw BadUserInputError.field("input.website", "Use an https:// address.");
  return {
    name: input.name.trim(),
    website,
    size: text(input.size),
    headquarters: text(input.headquarters),
    description: text(input.description),
  };
}
