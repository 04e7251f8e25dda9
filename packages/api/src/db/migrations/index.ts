import { InitialSchema1764300000000 } from "./1764300000000-initial-schema";
import { ResultCache1764400000000 } from "./1764400000000-result-cache";
import { InlineListColumns1764500000000 } from "./1764500000000-inline-list-columns";
import { AlertDedupRateLimits1764620000000 } from "./1764620000000-alert-dedup-rate-limits";
import { Accounts1764700000000 } from "./1764700000000-accounts";
import { AlertDelivery1764800000000 } from "./1764800000000-alert-delivery";
import { AlertDeliveriesPerEmail1764900000000 } from "./1764900000000-alert-deliveries-per-email";
import { JobDailyStats1765000000000 } from "./1765000000000-job-daily-stats";
import { Plans1765100000000 } from "./1765100000000-plans";
import { Postings1765200000000 } from "./1765200000000-postings";
import { CompanyLogos1765300000000 } from "./1765300000000-company-logos";
import { CompanyMembership1765400000000 } from "./1765400000000-company-membership";
import { Billing1765500000000 } from "./1765500000000-billing";
import { PlanPerks1765600000000 } from "./1765600000000-plan-perks";
import { JobSearchChanges1765700000000 } from "./1765700000000-job-search-changes";
import { GlossaryGeneration1765800000000 } from "./1765800000000-glossary-generation";
import { SearchLogHorizon1765900000000 } from "./1765900000000-search-log-horizon";
import { Articles1766000000000 } from "./1766000000000-articles";

/** Every migration, oldest first. */
export const migrations = [
  InitialSchema1764300000000,
  ResultCache1764400000000,
  InlineListColumns1764500000000,
  AlertDedupRateLimits1764620000000,
  Accounts1764700000000,
  AlertDelivery1764800000000,
  AlertDeliveriesPerEmail1764900000000,
  JobDailyStats1765000000000,
  Plans1765100000000,
  Postings1765200000000,
  CompanyLogos1765300000000,
  CompanyMembership1765400000000,
  Billing1765500000000,
  PlanPerks1765600000000,
  JobSearchChanges1765700000000,
  GlossaryGeneration1765800000000,
  SearchLogHorizon1765900000000,
  Articles1766000000000,
];
