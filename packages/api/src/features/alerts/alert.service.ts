import type { DataSource, EntityManager } from "typeorm";
import { newToken } from "../../shared/crypto/tokens";
import { selectColumns } from "../../shared/db/columns";
import { query, sql, type SQL } from "../../shared/db/sql";
import { BadUserInputError, type FieldError } from "../../shared/errors/app-error";
import { isSupportedCurrency } from "../../shared/money/money";
import type { RateLimiter, RateLimitService } from "../../shared/rate-limit/rate-limiter";
import type { WebUrls } from "../../shared/web-urls";
import type { OutboxService } from "../email";
import { Alert, type AlertCriteria } from "./alert.entity";
import { canonicalCriteria, criteriaHash } from "./alert-criteria";
import type { AlertCriteriaInput, CreateAlertInput } from "./alert.inputs";
import { normaliseEmail } from "../../shared/text/email";

/** The product's budgets: requests per email address and per client IP an hour; how long before a confirmation is sent again. */
export const ALERT_LIMITS = {
  perEmail: {
    name: "alert-email",
    points: 5,
    durationSeconds: 3600,
    message: "Too many alert requests for this email address; try again later.",
  },
  perIp: { name: "alert-ip", points: 100, durationSeconds: 3600, message: "Too many alert requests from this address; try again later." },
  resendAfter: "1 hour",
} as const;

/** An address's alerts listed on its account page, at most. */
export const MAX_ALERTS_PER_EMAIL = 100;

/** Who asked, as far as the rate limits care. */
export interface Requester {
  ip: string;
}

/**
 * One alert per email and search, whatever the concurrency: a new one is stored PENDING_CONFIRMATION
 * with its confirmation email. A repeat changes nothing, except that a pending or unsubscribed alert
 * whose last confirmation is over an hour old gets a fresh one (new tokens). An ACTIVE alert is never
 * touched by an anonymous request. Postgres picks the winner (ON CONFLICT, the row locked), so two
 * requests at once cannot both insert, nor both send.
 */
function upsert(alert: {
  email: string;
  criteria: AlertCriteria;
  criteriaHash: string;
  frequency: string;
  confirmTokenHash: string;
  manageTokenHash: string;
}): SQL {
  return sql`
  INSERT INTO "alerts" AS a ("email", "criteria", "criteria_hash", "frequency", "status", "confirm_token_hash", "manage_token_hash", "confirmation_sent_at")
  VALUES (${sql.value(alert.email)}, ${sql.value(JSON.stringify(alert.criteria))}::jsonb, ${sql.value(alert.criteriaHash)}, ${sql.value(alert.frequency)},
    'PENDING_CONFIRMATION', ${sql.value(alert.confirmTokenHash)}, ${sql.value(alert.manageTokenHash)}, now())
  ON CONFLICT ("email", "criteria_hash") DO UPDATE SET
    "frequency" = EXCLUDED."frequency",
    "status" = 'PENDING_CONFIRMATION',
    "confirm_token_hash" = EXCLUDED."confirm_token_hash",
    "manage_token_hash" = EXCLUDED."manage_token_hash",
    "confirmed_at" = NULL,
    "confirmation_sent_at" = EXCLUDED."confirmation_sent_at"
  WHERE a."status" <> 'ACTIVE' AND a."confirmation_sent_at" <= now() - ${sql.value(ALERT_LIMITS.resendAfter)}::interval
  RETURNING "id"`;
}

export class AlertService {
  private readonly perEmail: RateLimiter;
  private readonly perIp: RateLimiter;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxService,
    private readonly urls: WebUrls,
    rateLimits: RateLimitService,
  ) {
    this.perEmail = rateLimits.limiter(ALERT_LIMITS.perEmail);
    this.perIp = rateLimits.limiter(ALERT_LIMITS.perIp);
  }

  /**
   * Saves the search as an alert (see `upsert`) and, when it is new or due a fresh confirmation, queues
   * the double opt-in email in the same transaction. Every request counts against the address's and
   * the client's budgets first, so a refused one writes nothing.
   */
  async create(input: CreateAlertInput, requester: Requester): Promise<Alert> {
    const email = normaliseEmail(input.email);
    await this.perIp.consume(requester.ip);
    await this.perEmail.consume(email);
    const criteria = await this.normaliseCriteria(input.criteria);
    const hash = criteriaHash(criteria);
    const confirm = newToken();
    const manage = newToken();
    return this.ds.transaction(async (manager) => {
      const upserted = await query<{ id: number }>(
        manager,
        upsert({
          email,
          criteria,
          criteriaHash: hash,
          frequency: input.frequency,
          confirmTokenHash: confirm.hash,
          manageTokenHash: manage.hash,
        }),
      );
      // A separate statement, so it sees a row another request committed while this one waited on it.
      const alert = await manager.findOneByOrFail(Alert, { email, criteriaHash: hash });
      if (upserted.length) await this.queueConfirmation(manager, alert, confirm.token, manage.token);
      return alert;
    });
  }

  /** The alerts saved for an email address, newest first (bounded). */
  forEmail(email: string): Promise<Alert[]> {
    return query<Alert>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, Alert, "a")} FROM alerts a WHERE a.email = ${sql.value(email)}
        ORDER BY a.created_at DESC, a.id DESC LIMIT ${sql.value(MAX_ALERTS_PER_EMAIL)}`,
    );
  }

  private async queueConfirmation(manager: EntityManager, alert: Alert, confirmToken: string, manageToken: string): Promise<void> {
    const confirmUrl = this.urls.alertAction("confirm", confirmToken);
    const manageUrl = this.urls.alertAction("manage", manageToken);
    const unsubscribeUrl = this.urls.alertAction("unsubscribe", manageToken);
    await this.outbox.enqueue(manager, {
      kind: "ALERT_CONFIRMATION",
      to: alert.email,
      subject: "Confirm your HiredinAI job alert",
      text: [
        `Please confirm your ${alert.frequency.toLowerCase()} job alert${alert.criteria.query ? ` for "${alert.criteria.query}"` : ""}:`,
        confirmUrl,
        "",
        "If you did not ask for this alert, ignore this email and nothing will be sent.",
        `Manage your alert: ${manageUrl}`,
        `Unsubscribe: ${unsubscribeUrl}`,
      ].join("\n"),
    });
  }

  /** Checks slugs and the currency against our data and returns the criteria as stored. */
  private async normaliseCriteria(input: AlertCriteriaInput): Promise<AlertCriteria> {
    const criteria = canonicalCriteria(input);
    const errors: FieldError[] = [];
    if (criteria.salaryCurrency && !isSupportedCurrency(criteria.salaryCurrency)) {
      errors.push({ field: "input.criteria.salaryCurrency", message: "is not a supported currency" });
    }
    const checks = [
      { field: "categories", table: "job_categories" },
      { field: "locations", table: "locations" },
      { field: "companies", table: "companies" },
    ] as const;
    for (const { field, table } of checks) {
      const slugs = criteria[field];
      if (slugs.length === 0) continue;
      const found = await query<{ slug: string }>(
        this.ds,
        sql`SELECT slug FROM ${sql.identifier(table)} WHERE slug = ANY(${sql.value(slugs)}::text[])`,
      );
      const known = new Set(found.map((r) => r.slug));
      const unknown = slugs.filter((s) => !known.has(s));
      if (unknown.length) errors.push({ field: `input.criteria.${field}`, message: `unknown: ${unknown.join(", ")}` });
    }
    if (errors.length) throw new BadUserInputError(errors);
    return criteria;
  }
}
