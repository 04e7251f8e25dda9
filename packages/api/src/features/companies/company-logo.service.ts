import type { DataSource, EntityManager } from "typeorm";
import { query, sql } from "../../shared/db/sql";
import { BadUserInputError } from "../../shared/errors/app-error";
import type { RateLimiter, RateLimitService } from "../../shared/rate-limit/rate-limiter";
import type { WebUrls } from "../../shared/web-urls";
import { LOGO_SIZES, prepareLogo, type LogoSize } from "./company-logo.image";
import type { Company } from "./company.entity";

/** Uploads one account may send in an hour (each is decoded and resized: CPU work). */
export const LOGO_UPLOADS_PER_HOUR = 20;

/** A stored logo square, as GET /logos/... serves it. */
export interface LogoFile {
  bytes: Buffer;
  mime: string;
  hash: string;
}

/**
 * The logo's URL for a company at `size` CSS pixels or more: its uploaded logo's smallest square that
 * large (the largest when none is), or the logo it has elsewhere (`logo_url`, the seeded companies'), or null.
 */
export function companyLogoUrl(
  urls: WebUrls,
  company: Pick<Company, "slug" | "logoHash" | "logoUrl">,
  size?: number | null,
): string | null {
  if (!company.logoHash) return company.logoUrl;
  const square = LOGO_SIZES.find((s) => s >= (size ?? Infinity)) ?? LOGO_SIZES[LOGO_SIZES.length - 1];
  return urls.companyLogo(company.slug, square, company.logoHash);
}

/**
 * Which company an employer acts for: CompanyMembershipService.companyOf (features/postings), the one
 * answer to it (`users.company_id`), handed in by app/services.ts (postings builds on companies, not
 * the reverse).
 */
export type CompanyOf = (accountId: number, db: EntityManager) => Promise<Company | null>;

/**
 * Company logos in Postgres (`company_logos`, one row per company and size): an employer uploads or
 * removes their own company's logo (the company `companyOf` says they act for; the role is checked
 * before, by the auth checker), at most LOGO_UPLOADS_PER_HOUR times an hour per account, and
 * GET /logos/... reads the squares.
 */
export class CompanyLogoService {
  private readonly uploads: RateLimiter;

  constructor(
    private readonly ds: DataSource,
    rateLimits: RateLimitService,
    private readonly companyOf: CompanyOf,
  ) {
    this.uploads = rateLimits.limiter({
      name: "logo-upload",
      points: LOGO_UPLOADS_PER_HOUR,
      durationSeconds: 3600,
      message: "Too many logo uploads from this account; try again in an hour.",
    });
  }

  /**
   * The employer's company's logo becomes the uploaded image, every size at once, or nothing is
   * stored: BAD_USER_INPUT on `logo` when the file is refused (see company-logo.image.ts) or the
   * employer has no company yet. The logo it had elsewhere (`logo_url`) is dropped.
   */
  async upload(accountId: number, bytes: Buffer): Promise<Company> {
    await this.uploads.consume(`account:${accountId}`);
    if (!(await this.companyOf(accountId, this.ds.manager))) throw noCompany();
    const logo = await prepareLogo(bytes);
    return this.ds.transaction(async (manager) => {
      const company = await this.lockedCompanyOf(manager, accountId);
      await query(manager, sql`DELETE FROM company_logos WHERE company_id = ${sql.value(company.id)}`);
      for (const image of logo.images) {
        await query(
          manager,
          sql`INSERT INTO company_logos (company_id, size, hash, mime, bytes)
            VALUES (${sql.value(company.id)}, ${sql.value(image.size)}, ${sql.value(logo.hash)}, ${sql.value(logo.mime)},
              decode(${sql.value(image.bytes.toString("base64"))}, 'base64'))`,
        );
      }
      await query(
        manager,
        sql`UPDATE companies SET logo_hash = ${sql.value(logo.hash)}, logo_url = NULL, updated_at = now() WHERE id = ${sql.value(company.id)}`,
      );
      return { ...company, logoHash: logo.hash, logoUrl: null };
    });
  }

  /** The employer's company has no logo any more: neither an uploaded one nor one elsewhere. */
  async remove(accountId: number): Promise<Company> {
    return this.ds.transaction(async (manager) => {
      const company = await this.lockedCompanyOf(manager, accountId);
      await query(manager, sql`DELETE FROM company_logos WHERE company_id = ${sql.value(company.id)}`);
      await query(
        manager,
        sql`UPDATE companies SET logo_hash = NULL, logo_url = NULL, updated_at = now() WHERE id = ${sql.value(company.id)}`,
      );
      return { ...company, logoHash: null, logoUrl: null };
    });
  }

  /** The employer's company, its row locked: two uploads at once end with one logo, all of its sizes from the same upload. */
  private async lockedCompanyOf(manager: EntityManager, accountId: number): Promise<Company> {
    const company = await this.companyOf(accountId, manager);
    if (!company) throw noCompany();
    await query(manager, sql`SELECT 1 FROM companies WHERE id = ${sql.value(company.id)} FOR UPDATE`);
    return company;
  }

  /** One square of a company's current logo, by the company's slug, the size and the hash in its URL; null when there is none. */
  async file(companySlug: string, size: LogoSize, hash: string): Promise<LogoFile | null> {
    const [row] = await query<LogoFile>(
      this.ds,
      sql`SELECT l.bytes, l.mime, l.hash FROM company_logos l JOIN companies c ON c.id = l.company_id
        WHERE c.slug = ${sql.value(companySlug)} AND l.size = ${sql.value(size)} AND l.hash = ${sql.value(hash)}`,
    );
    return row ?? null;
  }
}

const noCompany = () => BadUserInputError.field("logo", "Create your company's profile first, then add its logo.");
