import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import { AccountService } from "../features/accounts/account.service";
import { SessionService } from "../features/accounts/session.service";
import { UserAdminService } from "../features/accounts/user-admin.service";
import { AlertRuns } from "../features/alerts/alert-runs";
import { AlertService } from "../features/alerts/alert.service";
import { ApiKeyService } from "../features/api-keys/api-key.service";
import { AuditService } from "../features/audit/audit.service";
import { JobCategoryService } from "../features/categories/job-category.service";
import { ArticleAdminService, ArticleService } from "../features/articles";
import { ContactService } from "../features/contact";
import { CompanyService } from "../features/companies/company.service";
import { CompanyLogoService } from "../features/companies";
import { OutboxService } from "../features/email/outbox.service";
import { GlossaryAdminService } from "../features/glossary/glossary-admin.service";
import { GlossaryService } from "../features/glossary/glossary.service";
import { JobStatsService } from "../features/job-stats";
import { JobService } from "../features/jobs/job.service";
import { JobSearch } from "../features/search";
import { LocationService } from "../features/locations/location.service";
import { PlanService } from "../features/plans";
import { CompanyMembershipService, InvoiceService, ManualInvoiceProvider, PostingService } from "../features/postings";
import { SalaryService } from "../features/salaries/salary.service";
import { SitemapService } from "../features/sitemaps";
import { LinkSigner } from "../shared/crypto/signed-links";
import { RateLimitService } from "../shared/rate-limit/rate-limiter";
import { WebUrls } from "../shared/web-urls";

/** Stateless services, built once per process and shared by every request. */
export function createServices(
  ds: DataSource,
  config: Pick<
    Config,
    | "PUBLIC_WEB_URL"
    | "PUBLIC_API_URL"
    | "RESULT_CACHE_SECONDS"
    | "SEARCH_ENGINE"
    | "RATE_LIMIT_WINDOW_SECONDS"
    | "API_KEY_DEFAULT_BUDGET"
    | "INVOICE_SELLER_NAME"
    | "INVOICE_SELLER_ADDRESS"
    | "INVOICE_SELLER_TAX_ID"
    | "INVOICE_SELLER_EMAIL"
    | "INVOICE_BANK_DETAILS"
    | "INVOICE_PAYMENT_DAYS"
    | "CONTACT_EMAIL"
  >,
) {
  const search = config.SEARCH_ENGINE === "index" ? new JobSearch(ds) : undefined;
  const jobs = new JobService(ds, config.RESULT_CACHE_SECONDS, search);
  const urls = new WebUrls(config.PUBLIC_WEB_URL, config.PUBLIC_API_URL);
  const outbox = new OutboxService(ds);
  const rateLimits = new RateLimitService(ds);
  const sessions = new SessionService(ds);
  const audit = new AuditService(ds);
  const alerts = new AlertService(ds, outbox, urls, rateLimits, new LinkSigner(ds));
  const companyMembership = new CompanyMembershipService(ds, audit, outbox, urls, rateLimits);
  const invoices = new InvoiceService(ds, companyMembership, paymentProvider(config), {
    name: config.INVOICE_SELLER_NAME,
    addressLines: lines(config.INVOICE_SELLER_ADDRESS),
    country: null,
    taxId: config.INVOICE_SELLER_TAX_ID ?? null,
    email: config.INVOICE_SELLER_EMAIL,
  });
  return {
    urls,
    outbox,
    rateLimits,
    /** Every caller's hourly budget of operation points (app/budget-plugin.ts). */
    budget: rateLimits.budget("budget", config.RATE_LIMIT_WINDOW_SECONDS),
    sessions,
    accounts: new AccountService(ds, sessions, outbox, urls, rateLimits),
    userAdmin: new UserAdminService(ds, sessions, audit),
    apiKeys: new ApiKeyService(ds, audit, config.API_KEY_DEFAULT_BUDGET),
    audit,
    jobs,
    /** The in-process search index (SEARCH_ENGINE=index): started and stopped with the server. */
    search,
    /** Job page views and apply clicks, per job and day. */
    jobStats: new JobStatsService(ds, rateLimits),
    companies: new CompanyService(ds),
    /** Company logos: an employer's uploads, for the company they act for (CompanyMembershipService.companyOf, the one answer). */
    companyLogos: new CompanyLogoService(ds, rateLimits, (accountId, db) => companyMembership.companyOf(accountId, db)),
    categories: new JobCategoryService(ds),
    locations: new LocationService(ds),
    glossary: new GlossaryService(ds, jobs, (slug) => urls.glossaryTerm(slug)),
    glossaryAdmin: new GlossaryAdminService(ds, audit),
    salaries: new SalaryService(ds),
    /** Career content: the blog, career advice, salary guides and industry news. */
    articles: new ArticleService(ds),
    articleAdmin: new ArticleAdminService(ds, audit),
    /** What /sitemap.xml and its child sitemaps list (app/sitemaps.ts). */
    sitemaps: new SitemapService(ds, urls),
    plans: new PlanService(ds, audit),
    /** Employers' companies and postings, and their moderation. */
    postings: new PostingService(ds, audit, outbox, urls, companyMembership, invoices),
    /** Orders' invoices: issued through the payment provider, read (HTML and PDF) by their company's employers and admins. */
    invoices,
    /** Which company an employer acts for, and joining one: claims admins decide, colleagues' invitations. */
    companyMembership,
    alerts,
    /** The Contact page's messages, to the team's inbox. */
    contact: new ContactService(ds, outbox, rateLimits, config.CONTACT_EMAIL),
    /** The alert digests (the worker's alerts_run_due task). */
    alertRuns: new AlertRuns(ds, alerts, outbox, urls),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Lines of a configured text ("|" between them). */
function lines(text: string): string[] {
  return text
    .split("|")
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * How orders are paid: the built-in manual invoice (a bank transfer an admin marks paid). A card
 * provider would be chosen here from its configuration (see features/postings/payment-provider.ts).
 */
function paymentProvider(config: Pick<Config, "INVOICE_BANK_DETAILS" | "INVOICE_PAYMENT_DAYS">) {
  return new ManualInvoiceProvider({ bankDetails: lines(config.INVOICE_BANK_DETAILS), paymentDays: config.INVOICE_PAYMENT_DAYS });
}
