import type { DataSource, EntityManager } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { query, sql, type SQL } from "../../shared/db/sql";
import type { LinkSigner } from "../../shared/crypto/signed-links";
import { AppError, BadUserInputError, type FieldError } from "../../shared/errors/app-error";
import { fromGlobalId } from "../../shared/graphql/global-id";
import { isSupportedCurrency, toUsd } from "../../shared/money/money";
import type { RateLimiter, RateLimitService } from "../../shared/rate-limit/rate-limiter";
import { normaliseEmail } from "../../shared/text/email";
import type { WebUrls } from "../../shared/web-urls";
import type { User } from "../accounts";
import { alertConfirmationEmail, type OutboxService } from "../email";
import { canonicalCriteria, criteriaHash } from "./alert-criteria";
import { Alert, type AlertCriteria } from "./alert.entity";
import { AlertStatus } from "./alert.enums";
import type { AlertCriteriaInput, AlertRefInput, AlertScheduleInput, CreateAlertInput, UpdateAlertInput } from "./alert.inputs";
import { alertSummary, criteriaNamesOf, type CriteriaNames } from "./alert-summary";

/** The product's budgets: requests per email address and per client IP an hour; how long before a confirmation is sent again. */
export const ALERT_LIMITS = {
  perEmail: {
    name: "alert-email",
    points: 5,
    durationSeconds: 3600,
    message: "Too many alert requests for this email address; try again later.",
  },
  perIp: { name: "alert-ip", points: 100, durationSeconds: 3600, message: "Too many alert requests from this address; try again later." },
  /** Links followed (confirm, manage, unsubscribe) per IP: generous, as mail providers post one-click unsubscribes from few addresses. */
  linksPerIp: {
    name: "alert-links-ip",
    points: 600,
    durationSeconds: 600,
    message: "Too many requests from this address; try again shortly.",
  },
  resendAfter: "1 hour",
} as const;

/** Emails refused for good in a row after which an alert pauses itself. */
export const ALERT_BOUNCE_LIMIT = 3;

/** An address's alerts listed on its account page, at most. */
export const MAX_ALERTS_PER_EMAIL = 100;
/** How long a confirmation link works; unconfirmed alerts are deleted after the same time. */
export const CONFIRM_LINK_DAYS = 7;

/** What each link in an alert email may do. A token signed for one action opens no other. */
export type AlertAction = "confirm" | "manage" | "unsubscribe";

/** Who asks: the client's address (for the limits) and the signed-in person, if any. */
export interface AlertCaller {
  ip: string;
  user: User | null;
}

/** The schedule as stored, with the product's defaults. */
function schedule(input: AlertScheduleInput, current?: Pick<Alert, "timeZone" | "sendHour" | "sendWeekday">) {
  return {
    timeZone: input.timeZone?.trim() || current?.timeZone || "UTC",
    sendHour: input.sendHour ?? current?.sendHour ?? 8,
    sendWeekday: input.sendWeekday ?? current?.sendWeekday ?? 1,
  };
}

/** `alert_next_run` (see the alert-delivery migration) for the row `a` being written. */
export const NEXT_RUN = sql`alert_next_run(a.frequency, a.time_zone, a.send_hour, a.send_weekday, now())`;

/**
 * Alerts: a saved search whose new jobs are emailed (the digests themselves are alert-runs.ts). One
 * alert per email and search. An alert made anonymously (or for an address its maker has not
 * verified) waits for its address to confirm it by a signed link; one made by a signed-in person for
 * their verified address is ACTIVE at once. Every email's links are signed for one alert and one
 * action (`AlertAction`); `access` is the one place that decides who may read or change an alert.
 */
export class AlertService {
  private readonly perEmail: RateLimiter;
  private readonly perIp: RateLimiter;
  private readonly linksPerIp: RateLimiter;
  private timeZones: Promise<Set<string>> | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxService,
    private readonly urls: WebUrls,
    rateLimits: RateLimitService,
    private readonly links: LinkSigner,
  ) {
    this.perEmail = rateLimits.limiter(ALERT_LIMITS.perEmail);
    this.perIp = rateLimits.limiter(ALERT_LIMITS.perIp);
    this.linksPerIp = rateLimits.limiter(ALERT_LIMITS.linksPerIp);
  }

  /**
   * Saves the search as an alert. For the signed-in owner of a verified address it is ACTIVE at once
   * (a repeat updates its schedule and resumes it). Otherwise it is stored PENDING_CONFIRMATION with
   * its double opt-in email in the same transaction; a repeat changes nothing, except that a pending
   * or unsubscribed alert whose last confirmation is over an hour old gets a fresh one, and an ACTIVE
   * or PAUSED alert is never touched by someone who isn't its owner. Postgres picks the winner
   * (ON CONFLICT, the row locked), so two requests at once cannot both insert, nor both send.
   */
  async create(input: CreateAlertInput, caller: AlertCaller): Promise<Alert> {
    const owner = caller.user?.emailVerifiedAt ? caller.user : null;
    const given = input.email?.trim() ? normaliseEmail(input.email) : null;
    const email = given ?? (caller.user ? caller.user.email : null);
    if (!email) throw BadUserInputError.field("input.email", "Enter the email address the alerts should go to.");
    await this.perIp.consume(caller.ip);
    await this.perEmail.consume(email);
    const criteria = await this.normaliseCriteria(input.criteria, "input.criteria");
    const when = schedule(input);
    await this.checkSchedule(when, "input");
    await this.links.ready();
    const row = {
      email,
      criteria: sql.value(JSON.stringify(criteria)),
      hash: sql.value(criteriaHash(criteria)),
      frequency: sql.value(input.frequency),
      timeZone: sql.value(when.timeZone),
      sendHour: sql.value(when.sendHour),
      sendWeekday: sql.value(when.sendWeekday),
    };
    return this.ds.transaction(async (manager) => {
      let changed: { id: number }[];
      if (owner && owner.email === email) {
        changed = await query<{ id: number }>(
          manager,
          sql`INSERT INTO alerts AS a (email, criteria, criteria_hash, frequency, time_zone, send_hour, send_weekday, status, user_id, confirmed_at, confirmation_sent_at, watermark)
          VALUES (${sql.value(email)}, ${row.criteria}::jsonb, ${row.hash}, ${row.frequency}, ${row.timeZone}, ${row.sendHour}, ${row.sendWeekday},
            'ACTIVE', ${sql.value(owner.id)}, now(), now(), pg_current_snapshot())
          ON CONFLICT (email, criteria_hash) DO UPDATE SET
            frequency = EXCLUDED.frequency, time_zone = EXCLUDED.time_zone, send_hour = EXCLUDED.send_hour, send_weekday = EXCLUDED.send_weekday,
            status = 'ACTIVE', user_id = EXCLUDED.user_id, confirmed_at = coalesce(a.confirmed_at, now()), paused_reason = NULL, hard_bounces = 0,
            watermark = CASE WHEN a.status = 'ACTIVE' THEN a.watermark ELSE pg_current_snapshot() END, updated_at = now()
          RETURNING id`,
        );
      } else {
        changed = await query<{ id: number }>(
          manager,
          sql`INSERT INTO alerts AS a (email, criteria, criteria_hash, frequency, time_zone, send_hour, send_weekday, status, confirmation_sent_at)
          VALUES (${sql.value(email)}, ${row.criteria}::jsonb, ${row.hash}, ${row.frequency}, ${row.timeZone}, ${row.sendHour}, ${row.sendWeekday},
            'PENDING_CONFIRMATION', now())
          ON CONFLICT (email, criteria_hash) DO UPDATE SET
            frequency = EXCLUDED.frequency, time_zone = EXCLUDED.time_zone, send_hour = EXCLUDED.send_hour, send_weekday = EXCLUDED.send_weekday,
            status = 'PENDING_CONFIRMATION', confirmed_at = NULL, watermark = NULL, next_run_at = NULL,
            confirmation_sent_at = EXCLUDED.confirmation_sent_at, updated_at = now()
          WHERE a.status IN ('PENDING_CONFIRMATION', 'UNSUBSCRIBED') AND a.confirmation_sent_at <= now() - ${sql.value(ALERT_LIMITS.resendAfter)}::interval
          RETURNING id`,
        );
      }
      // A separate statement, so it sees a row another request committed while this one waited on it.
      const alert = await manager.findOneByOrFail(Alert, { email, criteriaHash: criteriaHash(criteria) });
      if (changed.length) {
        await this.refreshMatch(manager, alert.id, criteria);
        await query(
          manager,
          sql`UPDATE alerts a SET next_run_at = ${NEXT_RUN} WHERE a.id = ${sql.value(alert.id)} AND a.status = 'ACTIVE'`,
        );
        if (alert.status === AlertStatus.PENDING_CONFIRMATION) await this.queueConfirmation(manager, alert);
      }
      return this.reload(manager, alert.id);
    });
  }

  /** The alerts a signed-in person sees on their account: those they made, and those of their address once verified. */
  forUser(user: User): Promise<Alert[]> {
    const ofAddress = user.emailVerifiedAt ? sql`OR a.email = ${sql.value(user.email)}` : sql``;
    return query<Alert>(
      this.ds,
      sql`SELECT ${selectColumns(this.ds, Alert, "a")} FROM alerts a WHERE a.user_id = ${sql.value(user.id)} ${ofAddress}
        ORDER BY a.created_at DESC, a.id DESC LIMIT ${sql.value(MAX_ALERTS_PER_EMAIL)}`,
    );
  }

  /** The names behind each alert's category, location and company slugs (the alertNames loader). */
  criteriaNames(alertIds: readonly number[]): Promise<CriteriaNames[]> {
    return criteriaNamesOf(this.ds, alertIds);
  }

  /** The alert a manage or unsubscribe link is for (what those pages show). */
  async byToken(token: string, caller: AlertCaller): Promise<Alert> {
    return this.access({ token }, caller, ["manage", "unsubscribe"]);
  }

  /** Follows a confirmation link: the alert becomes ACTIVE; jobs published from now on are sent. Following it again changes nothing. */
  async confirm(token: string, caller: AlertCaller): Promise<Alert> {
    const alert = await this.access({ token }, caller, ["confirm"]);
    if (alert.status === AlertStatus.PENDING_CONFIRMATION) {
      await query(
        this.ds,
        sql`UPDATE alerts a SET status = 'ACTIVE', confirmed_at = now(), watermark = pg_current_snapshot(), next_run_at = ${NEXT_RUN}, updated_at = now()
          WHERE a.id = ${sql.value(alert.id)} AND a.status = 'PENDING_CONFIRMATION'`,
      );
    }
    return this.reload(this.ds.manager, alert.id);
  }

  /** Edits criteria, frequency or schedule. The next email still starts from the last one: nothing already sent is sent again. */
  async update(input: UpdateAlertInput, caller: AlertCaller): Promise<Alert> {
    const alert = await this.access(input, caller, ["manage"]);
    const criteria = input.criteria ? await this.normaliseCriteria(input.criteria, "input.criteria") : alert.criteria;
    const when = schedule(input, alert);
    await this.checkSchedule(when, "input");
    const hash = criteriaHash(criteria);
    return this.ds.transaction(async (manager) => {
      const clash = await manager.findOneBy(Alert, { email: alert.email, criteriaHash: hash });
      if (clash && clash.id !== alert.id) throw BadUserInputError.field("input.criteria", "You already have an alert for this search.");
      await query(
        manager,
        sql`UPDATE alerts a SET criteria = ${sql.value(JSON.stringify(criteria))}::jsonb, criteria_hash = ${sql.value(hash)},
          frequency = ${sql.value(input.frequency ?? alert.frequency)}, time_zone = ${sql.value(when.timeZone)},
          send_hour = ${sql.value(when.sendHour)}, send_weekday = ${sql.value(when.sendWeekday)}, updated_at = now()
          WHERE a.id = ${sql.value(alert.id)}`,
      );
      await query(manager, sql`UPDATE alerts a SET next_run_at = ${NEXT_RUN} WHERE a.id = ${sql.value(alert.id)} AND a.status = 'ACTIVE'`);
      await this.refreshMatch(manager, alert.id, criteria);
      return this.reload(manager, alert.id);
    });
  }

  /** Stops the emails until resumed. */
  async pause(ref: AlertRefInput, caller: AlertCaller): Promise<Alert> {
    const alert = await this.access(ref, caller, ["manage"]);
    if (alert.status === AlertStatus.PENDING_CONFIRMATION) {
      throw BadUserInputError.field("input", "This alert isn't confirmed yet: follow the link in its confirmation email first.");
    }
    await query(
      this.ds,
      sql`UPDATE alerts SET status = 'PAUSED', paused_reason = NULL, next_run_at = NULL, updated_at = now()
        WHERE id = ${sql.value(alert.id)} AND status IN ('ACTIVE', 'PAUSED')`,
    );
    return this.reload(this.ds.manager, alert.id);
  }

  /**
   * Sends again from now on (by a manage link, the unsubscribe link that stopped it, or its owner):
   * what was published while it was paused or unsubscribed is not sent
   * (it would arrive as one surprising heap). A paused alert that bounced starts its count again.
   */
  async resume(ref: AlertRefInput, caller: AlertCaller): Promise<Alert> {
    // An unsubscribe link may take itself back ("Undo" on the page it opens).
    const alert = await this.access(ref, caller, ["manage", "unsubscribe"]);
    if (alert.status === AlertStatus.PENDING_CONFIRMATION) {
      throw BadUserInputError.field("input", "This alert isn't confirmed yet: follow the link in its confirmation email first.");
    }
    await query(
      this.ds,
      sql`UPDATE alerts a SET status = 'ACTIVE', paused_reason = NULL, hard_bounces = 0, watermark = pg_current_snapshot(),
        next_run_at = ${NEXT_RUN}, updated_at = now()
        WHERE a.id = ${sql.value(alert.id)} AND a.status IN ('PAUSED', 'UNSUBSCRIBED')`,
    );
    return this.reload(this.ds.manager, alert.id);
  }

  /** Deletes the alert and what it sent; its links stop working. */
  async delete(ref: AlertRefInput, caller: AlertCaller): Promise<number> {
    const alert = await this.access(ref, caller, ["manage"]);
    await query(this.ds, sql`DELETE FROM alerts WHERE id = ${sql.value(alert.id)}`);
    return alert.id;
  }

  /** Unsubscribes by the link in every email (the page's button, or a mail client's one-click POST). Idempotent. */
  async unsubscribe(token: string, caller: AlertCaller): Promise<Alert> {
    const alert = await this.access({ token }, caller, ["unsubscribe", "manage"]);
    await query(
      this.ds,
      sql`UPDATE alerts SET status = 'UNSUBSCRIBED', next_run_at = NULL, updated_at = now() WHERE id = ${sql.value(alert.id)}`,
    );
    return this.reload(this.ds.manager, alert.id);
  }

  /** Deletes alerts never confirmed within CONFIRM_LINK_DAYS (their link has expired). */
  async purgeUnconfirmed(): Promise<number> {
    const rows = await query(
      this.ds,
      sql`DELETE FROM alerts WHERE status = 'PENDING_CONFIRMATION' AND confirmation_sent_at < now() - ${sql.value(`${CONFIRM_LINK_DAYS} days`)}::interval
        RETURNING id`,
    );
    return rows.length;
  }

  /** An alert email arrived: the address works, whatever bounced before. */
  async recordDelivered(manager: EntityManager, alertId: number): Promise<void> {
    await query(manager, sql`UPDATE alerts SET hard_bounces = 0 WHERE id = ${sql.value(alertId)} AND hard_bounces > 0`);
  }

  /** An alert email was refused for good; at ALERT_BOUNCE_LIMIT in a row the alert pauses until its owner resumes it. */
  async recordBounce(manager: EntityManager, alertId: number): Promise<void> {
    await query(
      manager,
      sql`UPDATE alerts SET hard_bounces = hard_bounces + 1,
          status = CASE WHEN hard_bounces + 1 >= ${sql.value(ALERT_BOUNCE_LIMIT)} AND status = 'ACTIVE' THEN 'PAUSED' ELSE status END,
          paused_reason = CASE WHEN hard_bounces + 1 >= ${sql.value(ALERT_BOUNCE_LIMIT)} AND status = 'ACTIVE'
            THEN 'Emails to this address were refused, so we paused the alert.' ELSE paused_reason END,
          next_run_at = CASE WHEN hard_bounces + 1 >= ${sql.value(ALERT_BOUNCE_LIMIT)} AND status = 'ACTIVE' THEN NULL ELSE next_run_at END
        WHERE id = ${sql.value(alertId)}`,
    );
  }

  /** Makes linksFor() safe inside a transaction (see LinkSigner.ready). */
  prepareLinks(): Promise<void> {
    return this.links.ready();
  }

  /** The signed links an alert's emails carry. */
  async linksFor(alertId: number): Promise<{ manageUrl: string; unsubscribeUrl: string; oneClickUrl: string }> {
    const [manage, unsubscribe] = await Promise.all([
      this.links.sign({ subject: "alert", id: alertId, action: "manage", expiresAt: null }),
      this.links.sign({ subject: "alert", id: alertId, action: "unsubscribe", expiresAt: null }),
    ]);
    return {
      manageUrl: this.urls.alertAction("manage", manage),
      unsubscribeUrl: this.urls.alertAction("unsubscribe", unsubscribe),
      oneClickUrl: this.urls.oneClickUnsubscribe(unsubscribe),
    };
  }

  /**
   * Who may act on an alert, in one place: the holder of a link signed for one of `actions` on it,
   * or its signed-in owner (by id: the person who made it, or whose verified address it mails).
   * Anything else — a forged, expired or other alert's link, someone else's id — is refused in the
   * same words whether or not the alert exists.
   */
  private async access(ref: AlertRefInput, caller: AlertCaller, actions: AlertAction[]): Promise<Alert> {
    const byToken = ref.token != null && ref.token !== "";
    if (byToken === (ref.id != null && ref.id !== "")) {
      throw BadUserInputError.field("input", "Give either the link's token or the alert's id.");
    }
    await this.linksPerIp.consume(caller.ip);
    if (byToken) {
      let expired = false;
      for (const action of actions) {
        const check = await this.links.check(ref.token!, "alert", action);
        if (check.ok) {
          const alert = await this.ds.manager.findOneBy(Alert, { id: check.id });
          if (alert) return alert;
        } else if (check.reason === "expired") {
          expired = true;
        }
      }
      throw BadUserInputError.field(
        "token",
        expired
          ? "This link has expired. Create the alert again and we'll send a new one."
          : "This link isn't valid: it may be incomplete, or its alert was deleted.",
      );
    }
    const user = caller.user;
    if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to manage your alerts, or use the link in an alert email.");
    const id = fromGlobalId(ref.id!);
    const alert = id?.type === "Alert" ? await this.ds.manager.findOneBy(Alert, { id: id.id }) : null;
    const owns = alert && (alert.userId === user.id || (user.emailVerifiedAt != null && alert.email === user.email));
    if (!alert || !owns) throw new AppError("NOT_FOUND", "No such alert on your account.");
    return alert;
  }

  private reload(manager: EntityManager, id: number): Promise<Alert> {
    return manager.findOneByOrFail(Alert, { id });
  }

  /**
   * Resolves the criteria into the columns the set-based matching reads (alert-runs.ts): ids for
   * slugs, enum arrays, the full-text query parsed as the search parses it, the salary in USD.
   */
  private async refreshMatch(manager: EntityManager, id: number, criteria: AlertCriteria): Promise<void> {
    const ids = (table: string, slugs: string[]): SQL =>
      sql`ARRAY(SELECT t.id FROM ${sql.identifier(table)} t WHERE t.slug = ANY(${sql.value(slugs)}::text[]) ORDER BY t.id)`;
    const usd = criteria.salaryMin != null ? toUsd(criteria.salaryMin, criteria.salaryCurrency ?? "USD") : null;
    await query(
      manager,
      sql`UPDATE alerts SET
        match_query = ${criteria.query ? sql`websearch_to_tsquery('english', ${sql.value(criteria.query)})` : sql`NULL`},
        match_category_ids = ${ids("job_categories", criteria.categories)},
        match_location_ids = ${ids("locations", criteria.locations)},
        match_company_ids = ${ids("companies", criteria.companies)},
        match_seniorities = ${sql.value(criteria.seniorities)}::seniority[],
        match_employment_types = ${sql.value(criteria.employmentTypes)}::employment_type[],
        match_remote = ${sql.value(criteria.remote)}::remote_policy[],
        match_tags = ${sql.value(criteria.tags)}::text[],
        match_salary_min_usd = ${sql.value(usd)}::integer
        WHERE id = ${sql.value(id)}`,
    );
  }

  private async queueConfirmation(manager: EntityManager, alert: Alert): Promise<void> {
    const expiresAt = new Date(Date.now() + CONFIRM_LINK_DAYS * 86_400_000);
    const confirm = await this.links.sign({ subject: "alert", id: alert.id, action: "confirm", expiresAt });
    const links = await this.linksFor(alert.id);
    const email = alertConfirmationEmail({
      summary: await alertSummary(manager, alert.id, alert.criteria),
      frequency: alert.frequency,
      confirmUrl: this.urls.alertAction("confirm", confirm),
      expiresInDays: CONFIRM_LINK_DAYS,
      manageUrl: links.manageUrl,
      unsubscribeUrl: links.unsubscribeUrl,
    });
    await this.outbox.enqueue(manager, {
      kind: "ALERT_CONFIRMATION",
      to: alert.email,
      ...email,
      alertId: alert.id,
      headers: unsubscribeHeaders(links.oneClickUrl),
    });
  }

  /** A time zone Postgres knows (it computes the schedule), an hour and a weekday in range. */
  private async checkSchedule(when: ReturnType<typeof schedule>, field: string): Promise<void> {
    this.timeZones ??= query<{ name: string }>(this.ds, sql`SELECT name FROM pg_timezone_names`).then(
      (rows) => new Set(rows.map((r) => r.name)),
    );
    if (!(await this.timeZones).has(when.timeZone)) {
      throw BadUserInputError.field(`${field}.timeZone`, "is not a time zone we know; use an IANA name such as Europe/Berlin.");
    }
  }

  /** Checks slugs and the currency against our data and returns the criteria as stored. */
  private async normaliseCriteria(input: AlertCriteriaInput, field: string): Promise<AlertCriteria> {
    const criteria = canonicalCriteria(input);
    const errors: FieldError[] = [];
    if (criteria.salaryCurrency && !isSupportedCurrency(criteria.salaryCurrency)) {
      errors.push({ field: `${field}.salaryCurrency`, message: "is not a supported currency" });
    }
    const checks = [
      { name: "categories", table: "job_categories" },
      { name: "locations", table: "locations" },
      { name: "companies", table: "companies" },
    ] as const;
    for (const { name, table } of checks) {
      const slugs = criteria[name];
      if (slugs.length === 0) continue;
      const found = await query<{ slug: string }>(
        this.ds,
        sql`SELECT slug FROM ${sql.identifier(table)} WHERE slug = ANY(${sql.value(slugs)}::text[])`,
      );
      const known = new Set(found.map((r) => r.slug));
      const unknown = slugs.filter((s) => !known.has(s));
      if (unknown.length) errors.push({ field: `${field}.${name}`, message: `unknown: ${unknown.join(", ")}` });
    }
    if (errors.length) throw new BadUserInputError(errors);
    return criteria;
  }
}

/** RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the URL, no cookie, no page. */
export function unsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
