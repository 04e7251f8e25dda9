import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { BadUserInputError, type FieldError } from "../../shared/errors/app-error";
import { isSupportedCurrency } from "../../shared/money/money";
import type { WebUrls } from "../../shared/web-urls";
import type { OutboxService } from "../email/outbox.service";
import { Alert, type AlertCriteria } from "./alert.entity";
import { AlertStatus } from "./alert.enums";
import type { AlertCriteriaInput, CreateAlertInput } from "./alert.inputs";

/** A random URL-safe token and the SHA-256 we keep of it; the token itself is only ever emailed. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const unique = <T>(list: T[] | null | undefined): T[] => [...new Set(list ?? [])];

export class AlertService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxService,
    private readonly urls: WebUrls,
  ) {}

  /** Stores the alert as PENDING_CONFIRMATION and queues the double opt-in email, in one transaction. */
  async create(input: CreateAlertInput): Promise<Alert> {
    const criteria = await this.normaliseCriteria(input.criteria);
    const email = input.email.trim().toLowerCase();
    const confirm = newToken();
    const manage = newToken();
    return this.ds.transaction(async (manager) => {
      const alert = manager.create(Alert, {
        email,
        criteria,
        frequency: input.frequency,
        status: AlertStatus.PENDING_CONFIRMATION,
        confirmTokenHash: confirm.hash,
        manageTokenHash: manage.hash,
        confirmedAt: null,
      });
      await manager.insert(Alert, alert);
      const confirmUrl = this.urls.alertAction("confirm", confirm.token);
      const manageUrl = this.urls.alertAction("manage", manage.token);
      const unsubscribeUrl = this.urls.alertAction("unsubscribe", manage.token);
      await this.outbox.enqueue(manager, {
        kind: "ALERT_CONFIRMATION",
        to: email,
        subject: "Confirm your HiredinAI job alert",
        text: [
          `Please confirm your ${input.frequency.toLowerCase()} job alert${criteria.query ? ` for "${criteria.query}"` : ""}:`,
          confirmUrl,
          "",
          "If you did not ask for this alert, ignore this email and nothing will be sent.",
          `Manage your alert: ${manageUrl}`,
          `Unsubscribe: ${unsubscribeUrl}`,
        ].join("\n"),
      });
      return alert;
    });
  }

  /** Checks slugs and the currency against our data and returns the criteria as stored. */
  private async normaliseCriteria(input: AlertCriteriaInput): Promise<AlertCriteria> {
    const criteria: AlertCriteria = {
      query: input.query?.trim() || null,
      categories: unique(input.categories),
      seniorities: unique(input.seniorities),
      employmentTypes: unique(input.employmentTypes),
      remote: unique(input.remote),
      locations: unique(input.locations),
      companies: unique(input.companies),
      tags: unique(input.tags?.map((t) => t.trim().toLowerCase()).filter(Boolean)),
      salaryMin: input.salaryMin ?? null,
      salaryCurrency: input.salaryMin != null ? (input.salaryCurrency ?? "USD") : null,
    };
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
      const found: { slug: string }[] = await this.ds.query(`SELECT slug FROM ${table} WHERE slug = ANY($1::text[])`, [slugs]);
      const known = new Set(found.map((r) => r.slug));
      const unknown = slugs.filter((s) => !known.has(s));
      if (unknown.length) errors.push({ field: `input.criteria.${field}`, message: `unknown: ${unknown.join(", ")}` });
    }
    if (errors.length) throw new BadUserInputError(errors);
    return criteria;
  }
}
