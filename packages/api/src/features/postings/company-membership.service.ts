import type { DataSource, EntityManager } from "typeorm";
import { hashToken, newToken } from "../../shared/crypto/tokens";
import { jsonColumns, selectColumns } from "../../shared/db/columns";
import { query, sql, type SQL } from "../../shared/db/sql";
import { BadUserInputError } from "../../shared/errors/app-error";
import { fromGlobalId, toGlobalId } from "../../shared/graphql/global-id";
import type { RateLimiter, RateLimitService } from "../../shared/rate-limit/rate-limiter";
import { normaliseEmail } from "../../shared/text/email";
import type { WebUrls } from "../../shared/web-urls";
import type { Actor, AuditService } from "../audit";
import { Company } from "../companies";
import { employerEmail, type OutboxService } from "../email";
import type { RequestCompanyClaimInput } from "./company-membership.inputs";
import {
  CompanyClaimStatus,
  MAX_INVITATIONS,
  MAX_MEMBERS,
  type CompanyClaim,
  type CompanyInvitation,
  type CompanyInvitationPreview,
  type CompanyMember,
  type CompanyTeam,
} from "./company-membership.types";

/** How long an invitation's link works. */
export const INVITATION_DAYS = 7;

/** Against spam from a signed-in employer: invitations per inviter and per company, claims per account. */
export const MEMBERSHIP_RATE_LIMITS = {
  invitesPerInviter: {
    name: "invite-inviter",
    points: 10,
    durationSeconds: 3600,
    message: "You've sent a lot of invitations this hour; try again later.",
  },
  invitesPerCompany: {
    name: "invite-company",
    points: 30,
    durationSeconds: 86_400,
    message: "Your company has sent a lot of invitations today; try again tomorrow.",
  },
  claimsPerAccount: {
    name: "claim-account",
    points: 5,
    durationSeconds: 86_400,
    message: "You've asked to join companies several times today; try again tomorrow.",
  },
} as const;

const BAD_INVITATION = "This invitation is invalid, used or expired. Ask your colleague to invite you again.";

interface ClaimRow {
  id: number;
  companyId: number;
  userId: number;
  status: CompanyClaimStatus;
  message: string;
  reason: string | null;
  email: string;
  createdAt: Date;
  decidedAt: Date | null;
  company: Company;
}

const CLAIM_SELECT = (ds: DataSource) =>
  sql`SELECT c.id, c.company_id AS "companyId", c.user_id AS "userId", c.status, c.message, c.reason, u.email,
      c.created_at AS "createdAt", c.decided_at AS "decidedAt", ${jsonColumns(ds, Company, "co")} AS company
    FROM company_claims c JOIN users u ON u.id = c.user_id JOIN companies co ON co.id = c.company_id`;

const PENDING_INVITATION = sql`i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`;

/**
 * Who acts for which company, and how an employer comes to: the one answer to "which company does this
 * employer post for" (`users.company_id`: `companyOf`, and `actsFor` inside statements, which
 * PostingService uses for every posting check), and the two ways to join a company that exists
 * already — a claim an admin decides, or a verified company's invitation. An account joins a company
 * only while it has none (`join`), in the transaction that decides it.
 */
export class CompanyMembershipService {
  private readonly limits: { [K in keyof typeof MEMBERSHIP_RATE_LIMITS]: RateLimiter };

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly urls: WebUrls,
    rateLimits: RateLimitService,
  ) {
    this.limits = {
      invitesPerInviter: rateLimits.limiter(MEMBERSHIP_RATE_LIMITS.invitesPerInviter),
      invitesPerCompany: rateLimits.limiter(MEMBERSHIP_RATE_LIMITS.invitesPerCompany),
      claimsPerAccount: rateLimits.limiter(MEMBERSHIP_RATE_LIMITS.claimsPerAccount),
    };
  }

  // ---------- Who acts for which company ----------

  /** A condition for statements: the account `userId` acts for the company whose id is `companyId`. */
  actsFor(userId: number, companyId: SQL): SQL {
    return sql`EXISTS (SELECT 1 FROM users u WHERE u.company_id = ${companyId} AND u.id = ${sql.value(userId)})`;
  }

  /** The company the employer acts for, or null. */
  async companyOf(userId: number, db: DataSource | EntityManager = this.ds): Promise<Company | null> {
    const [row] = await query<Company>(
      db,
      sql`SELECT ${selectColumns(this.ds, Company, "c")} FROM companies c WHERE ${this.actsFor(userId, sql`c.id`)}`,
    );
    return row ?? null;
  }

  /** The addresses of the company's employers (live accounts), by address. */
  async employersOf(db: DataSource | EntityManager, companyId: number, limit: number): Promise<{ id: number; email: string }[]> {
    return query<{ id: number; email: string }>(
      db,
      sql`SELECT id, email FROM users WHERE company_id = ${sql.value(companyId)} AND role = 'EMPLOYER' AND disabled_at IS NULL
        ORDER BY email LIMIT ${sql.value(limit)}`,
    );
  }

  /**
   * The employer account `userId` joins the company, if it still has none; false when it has one (or is
   * no employer's). Its other open claim, if any, is withdrawn: it is moot now. In the caller's transaction.
   */
  private async join(manager: EntityManager, userId: number, companyId: number): Promise<boolean> {
    const joined = await query(
      manager,
      sql`UPDATE users SET company_id = ${sql.value(companyId)}, updated_at = now()
        WHERE id = ${sql.value(userId)} AND company_id IS NULL AND role = 'EMPLOYER' RETURNING id`,
    );
    if (!joined.length) return false;
    await query(
      manager,
      sql`UPDATE company_claims SET status = 'WITHDRAWN', decided_at = now() WHERE user_id = ${sql.value(userId)} AND status = 'PENDING'`,
    );
    return true;
  }

  // ---------- Claims ----------

  /** An employer with no company asks to join one, saying who they are there. One open claim per account. */
  async requestClaim(actor: Actor, input: RequestCompanyClaimInput): Promise<CompanyClaim> {
    const ref = fromGlobalId(input.companyId);
    if (ref?.type !== "Company") throw BadUserInputError.field("input.companyId", "Pick a company from the list.");
    await this.limits.claimsPerAccount.consume(`user:${actor.id}`);
    return this.ds.transaction(async (manager) => {
      // Locks the account's row: a claim, a new company and an accepted invitation for one account go one at a time.
      await query(manager, sql`SELECT 1 FROM users WHERE id = ${sql.value(actor.id)} FOR UPDATE`);
      if (await this.companyOf(actor.id, manager)) {
        throw BadUserInputError.field("input.companyId", "Your account already belongs to a company.");
      }
      const [company] = await query<{ id: number }>(manager, sql`SELECT id FROM companies WHERE id = ${sql.value(ref.id)}`);
      if (!company) throw BadUserInputError.field("input.companyId", "Pick a company from the list.");
      const [open] = await query<{ name: string }>(
        manager,
        sql`SELECT co.name FROM company_claims c JOIN companies co ON co.id = c.company_id
          WHERE c.user_id = ${sql.value(actor.id)} AND c.status = 'PENDING'`,
      );
      if (open) {
        throw BadUserInputError.field("input.companyId", `You have asked to join ${open.name} already; withdraw that request first.`);
      }
      const [{ id }] = await query<{ id: number }>(
        manager,
        sql`INSERT INTO company_claims (company_id, user_id, message) VALUES (${sql.value(company.id)}, ${sql.value(actor.id)}, ${sql.value(input.message.trim())})
          RETURNING id`,
      );
      return (await this.claimsById(manager, [id]))[0];
    });
  }

  /** The employer's latest claim, whatever its status, or null. */
  async claimOf(actor: Actor): Promise<CompanyClaim | null> {
    const [row] = await query<{ id: number }>(
      this.ds,
      sql`SELECT id FROM company_claims WHERE user_id = ${sql.value(actor.id)} ORDER BY id DESC LIMIT 1`,
    );
    return row ? (await this.claimsById(this.ds, [row.id]))[0] : null;
  }

  /** The employer takes back their own open claim. */
  async withdrawClaim(actor: Actor, globalId: string): Promise<CompanyClaim> {
    const ref = fromGlobalId(globalId);
    const rows =
      ref?.type === "CompanyClaim"
        ? await query<{ id: number }>(
            this.ds,
            sql`UPDATE company_claims SET status = 'WITHDRAWN', decided_at = now()
              WHERE id = ${sql.value(ref.id)} AND user_id = ${sql.value(actor.id)} AND status = 'PENDING' RETURNING id`,
          )
        : [];
    if (!rows.length) throw BadUserInputError.field("id", "No open request of yours has this id.");
    return (await this.claimsById(this.ds, [rows[0].id]))[0];
  }

  /** Claims in one status (admins): pending ones oldest first, decided ones latest first. */
  async claims(status: CompanyClaimStatus, first: number): Promise<CompanyClaim[]> {
    const order = status === CompanyClaimStatus.PENDING ? sql`c.id` : sql`c.decided_at DESC NULLS LAST, c.id DESC`;
    const rows = await query<ClaimRow>(
      this.ds,
      sql`${CLAIM_SELECT(this.ds)} WHERE c.status = ${sql.value(status)} ORDER BY ${order} LIMIT ${sql.value(first)}`,
    );
    return rows.map(claimOf);
  }

  /**
   * An admin approves a pending claim: its account joins the company — only if it still has none (else
   * nothing changes and the admin is told to reject it). Audit-logged; the employer is emailed.
   */
  async approveClaim(actor: Actor, globalId: string): Promise<CompanyClaim> {
    return this.ds.transaction(async (manager) => {
      const claim = await this.pendingClaim(manager, globalId);
      await query(
        manager,
        sql`UPDATE company_claims SET status = 'APPROVED', decided_by = ${sql.value(actor.id)}, decided_at = now() WHERE id = ${sql.value(claim.id)}`,
      );
      if (!(await this.join(manager, claim.userId, claim.companyId))) {
        throw BadUserInputError.field(
          "id",
          `${claim.email} belongs to a company now (or is no longer an employer's account); reject the request instead.`,
        );
      }
      await this.audit.record(manager, actor, {
        action: "companyClaim.approve",
        targetType: "CompanyClaim",
        targetId: claim.id,
        before: { status: claim.status },
        after: { status: CompanyClaimStatus.APPROVED, userId: claim.userId, companyId: claim.companyId },
      });
      await this.outbox.enqueue(manager, {
        kind: "COMPANY_CLAIM_APPROVED",
        to: claim.email,
        ...employerEmail({ kind: "COMPANY_CLAIM_APPROVED", companyName: claim.company.name, dashboardUrl: this.urls.employerDashboard() }),
      });
      return (await this.claimsById(manager, [claim.id]))[0];
    });
  }

  /** An admin rejects a pending claim, saying why; the employer is emailed the reason. Audit-logged. */
  async rejectClaim(actor: Actor, globalId: string, reasonInput: string): Promise<CompanyClaim> {
    const reason = reasonInput.trim();
    return this.ds.transaction(async (manager) => {
      const claim = await this.pendingClaim(manager, globalId);
      await query(
        manager,
        sql`UPDATE company_claims SET status = 'REJECTED', reason = ${sql.value(reason)}, decided_by = ${sql.value(actor.id)}, decided_at = now()
          WHERE id = ${sql.value(claim.id)}`,
      );
      await this.audit.record(manager, actor, {
        action: "companyClaim.reject",
        targetType: "CompanyClaim",
        targetId: claim.id,
        before: { status: claim.status },
        after: { status: CompanyClaimStatus.REJECTED, reason },
      });
      await this.outbox.enqueue(manager, {
        kind: "COMPANY_CLAIM_REJECTED",
        to: claim.email,
        ...employerEmail({
          kind: "COMPANY_CLAIM_REJECTED",
          companyName: claim.company.name,
          reason,
          dashboardUrl: this.urls.employerDashboard(),
        }),
      });
      return (await this.claimsById(manager, [claim.id]))[0];
    });
  }

  /** The claim `globalId` names, locked, if it is still pending. */
  private async pendingClaim(manager: EntityManager, globalId: string): Promise<ClaimRow> {
    const ref = fromGlobalId(globalId);
    if (ref?.type !== "CompanyClaim") throw BadUserInputError.field("id", "No request has this id.");
    const [claim] = await query<ClaimRow>(manager, sql`${CLAIM_SELECT(this.ds)} WHERE c.id = ${sql.value(ref.id)} FOR UPDATE OF c`);
    if (!claim) throw BadUserInputError.field("id", "No request has this id.");
    if (claim.status !== CompanyClaimStatus.PENDING) {
      throw BadUserInputError.field("id", `This request is ${claim.status.toLowerCase()} already.`);
    }
    return claim;
  }

  private async claimsById(db: DataSource | EntityManager, ids: number[]): Promise<CompanyClaim[]> {
    const rows = await query<ClaimRow>(db, sql`${CLAIM_SELECT(this.ds)} WHERE c.id = ANY(${sql.value(ids)}::int[]) ORDER BY c.id`);
    return rows.map(claimOf);
  }

  // ---------- Invitations ----------

  /**
   * An employer of a verified company invites a colleague: a one-time link, emailed, valid for
   * INVITATION_DAYS (a new invitation to the same address replaces the last). The answer is the same
   * whether or not the address has an account.
   */
  async invite(actor: Actor, emailInput: string): Promise<CompanyInvitation> {
    const email = normaliseEmail(emailInput);
    const company = await this.companyOf(actor.id);
    if (!company) throw BadUserInputError.field("email", "Create your company's profile first.");
    if (!company.verified) {
      throw BadUserInputError.field(
        "email",
        `Only verified companies can invite colleagues; you can once we have verified ${company.name}.`,
      );
    }
    if (email === normaliseEmail(actor.email)) throw BadUserInputError.field("email", "That's your own address.");
    await this.limits.invitesPerInviter.consume(`user:${actor.id}`);
    await this.limits.invitesPerCompany.consume(`company:${company.id}`);
    return this.ds.transaction(async (manager) => {
      // Still verified now (an admin may take it back meanwhile); shares the row with other invitations.
      const [still] = await query(manager, sql`SELECT 1 FROM companies WHERE id = ${sql.value(company.id)} AND verified FOR SHARE`);
      if (!still) throw BadUserInputError.field("email", "Only verified companies can invite colleagues.");
      // Their own team's addresses are on the team page already: saying so tells nothing new.
      const [member] = await query(
        manager,
        sql`SELECT 1 FROM users WHERE email = ${sql.value(email)} AND company_id = ${sql.value(company.id)}`,
      );
      if (member) throw BadUserInputError.field("email", "is on your team already.");
      await query(
        manager,
        sql`UPDATE company_invitations i SET revoked_at = now()
          WHERE i.company_id = ${sql.value(company.id)} AND i.email = ${sql.value(email)} AND i.accepted_at IS NULL AND i.revoked_at IS NULL`,
      );
      const { token, hash } = newToken();
      const [{ id, expiresAt }] = await query<{ id: number; expiresAt: Date }>(
        manager,
        sql`INSERT INTO company_invitations (company_id, email, token_hash, invited_by, expires_at)
          VALUES (${sql.value(company.id)}, ${sql.value(email)}, ${sql.value(hash)}, ${sql.value(actor.id)},
            now() + make_interval(days => ${sql.value(INVITATION_DAYS)}))
          RETURNING id, expires_at AS "expiresAt"`,
      );
      await this.outbox.enqueue(manager, {
        kind: "COMPANY_INVITATION",
        to: email,
        ...employerEmail({
          kind: "COMPANY_INVITATION",
          companyName: company.name,
          inviterEmail: actor.email,
          url: this.urls.employerJoin(token),
          until: new Date(expiresAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
        }),
      });
      return (await this.invitations(manager, sql`i.id = ${sql.value(id)}`, 1))[0];
    });
  }

  /** An employer revokes one of their company's pending invitations: its link stops working. */
  async revokeInvitation(actor: Actor, globalId: string): Promise<CompanyInvitation> {
    const ref = fromGlobalId(globalId);
    const rows =
      ref?.type === "CompanyInvitation"
        ? await query<{ id: number }>(
            this.ds,
            sql`UPDATE company_invitations i SET revoked_at = now()
              WHERE i.id = ${sql.value(ref.id)} AND ${this.actsFor(actor.id, sql`i.company_id`)} AND ${PENDING_INVITATION}
              RETURNING i.id`,
          )
        : [];
    if (!rows.length) throw BadUserInputError.field("id", "No pending invitation of yours has this id.");
    const [revoked] = await this.invitations(this.ds, sql`i.id = ${sql.value(rows[0].id)}`, 1);
    return revoked;
  }

  /** The employer's company's members and pending invitations; null without a company. */
  async team(actor: Actor): Promise<CompanyTeam | null> {
    const company = await this.companyOf(actor.id);
    if (!company) return null;
    const members: CompanyMember[] = (await this.employersOf(this.ds, company.id, MAX_MEMBERS)).map((m) => ({
      id: toGlobalId("User", m.id),
      email: m.email,
      isYou: m.id === actor.id,
    }));
    const invitations = await this.invitations(
      this.ds,
      sql`i.company_id = ${sql.value(company.id)} AND ${PENDING_INVITATION}`,
      MAX_INVITATIONS,
    );
    return { members, invitations, canInvite: company.verified };
  }

  /** What a live invitation's link is for (its company, its address), or null for any other token. */
  async preview(token: string): Promise<CompanyInvitationPreview | null> {
    const [row] = await query<CompanyInvitationPreview>(
      this.ds,
      sql`SELECT co.name AS "companyName", i.email, i.expires_at AS "expiresAt"
        FROM company_invitations i JOIN companies co ON co.id = i.company_id
        WHERE i.token_hash = ${sql.value(hashToken(token))} AND ${PENDING_INVITATION} AND co.verified`,
    );
    return row ?? null;
  }

  /**
   * The signed-in employer accepts an invitation sent to their address: they join its company if they
   * have none yet, and the link is spent. Anything else changes nothing (the link still works).
   */
  async accept(actor: Actor, token: string): Promise<Company> {
    return this.ds.transaction(async (manager) => {
      const [invitation] = await query<{ id: number; companyId: number; email: string; companyName: string; verified: boolean }>(
        manager,
        sql`SELECT i.id, i.company_id AS "companyId", i.email, co.name AS "companyName", co.verified
          FROM company_invitations i JOIN companies co ON co.id = i.company_id
          WHERE i.token_hash = ${sql.value(hashToken(token))} AND ${PENDING_INVITATION}
          FOR UPDATE OF i`,
      );
      if (!invitation) throw BadUserInputError.field("token", BAD_INVITATION);
      if (!invitation.verified)
        throw BadUserInputError.field("token", "This company can't take colleagues by invitation now; ask whoever invited you.");
      if (invitation.email !== normaliseEmail(actor.email)) {
        throw BadUserInputError.field(
          "token",
          `This invitation is for ${invitation.email}: sign in with the employer account that has this address.`,
        );
      }
      if (!(await this.join(manager, actor.id, invitation.companyId))) {
        const current = await this.companyOf(actor.id, manager);
        throw BadUserInputError.field(
          "token",
          current?.id === invitation.companyId
            ? `You're on ${invitation.companyName}'s team already.`
            : "Your account belongs to another company already: one account posts for one company.",
        );
      }
      await query(
        manager,
        sql`UPDATE company_invitations SET accepted_at = now(), accepted_by = ${sql.value(actor.id)} WHERE id = ${sql.value(invitation.id)}`,
      );
      return (await this.companyOf(actor.id, manager))!;
    });
  }

  private async invitations(db: DataSource | EntityManager, where: SQL, limit: number): Promise<CompanyInvitation[]> {
    const rows = await query<{ id: number; email: string; invitedBy: string | null; createdAt: Date; expiresAt: Date }>(
      db,
      sql`SELECT i.id, i.email, u.email AS "invitedBy", i.created_at AS "createdAt", i.expires_at AS "expiresAt"
        FROM company_invitations i LEFT JOIN users u ON u.id = i.invited_by
        WHERE ${where} ORDER BY i.id DESC LIMIT ${sql.value(limit)}`,
    );
    return rows.map((r) => ({ ...r, rowId: r.id, id: toGlobalId("CompanyInvitation", r.id) }));
  }
}

/** The part of an address after its @, and the host of a website without www.; whether the one is the other (or under it). */
export function domainHint(
  email: string,
  website: string | null,
): { emailDomain: string; websiteDomain: string | null; domainMatches: boolean } {
  const emailDomain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  let websiteDomain: string | null = null;
  try {
    if (website) websiteDomain = new URL(website).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    websiteDomain = null;
  }
  const domainMatches = websiteDomain != null && (emailDomain === websiteDomain || emailDomain.endsWith(`.${websiteDomain}`));
  return { emailDomain, websiteDomain, domainMatches };
}

function claimOf(row: ClaimRow): CompanyClaim {
  return {
    rowId: row.id,
    companyId: row.companyId,
    id: toGlobalId("CompanyClaim", row.id),
    company: row.company,
    status: row.status,
    message: row.message,
    reason: row.reason,
    email: row.email,
    ...domainHint(row.email, row.company.website),
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
  };
}
