import "reflect-metadata";
import { DataSource } from "typeorm";
import { Session } from "../features/accounts/session.entity";
import { UserToken } from "../features/accounts/user-token.entity";
import { User } from "../features/accounts/user.entity";
import { ApiKey } from "../features/api-keys/api-key.entity";
import { AuditEntry } from "../features/audit/audit-entry.entity";
import { JobCategory } from "../features/categories/job-category.entity";
import { Company } from "../features/companies/company.entity";
import { Alert } from "../features/alerts/alert.entity";
import { EmailMessage } from "../features/email/email-message.entity";
import { GlossaryFaq, GlossaryRelatedTerm, GlossaryTerm } from "../features/glossary/glossary-term.entity";
import { Job } from "../features/jobs/job.entity";
import { Location } from "../features/locations/location.entity";
import { Plan } from "../features/plans/plan.entity";
import type { Logger } from "../shared/log/logger";
import { sqlCounter } from "./sql-counter";
import { migrations } from "./migrations";
import { Article, ArticleAuthor } from "../features/articles/article.entity";

export const entities = [
  Company,
  JobCategory,
  Location,
  Job,
  GlossaryTerm,
  GlossaryFaq,
  GlossaryRelatedTerm,
  Alert,
  EmailMessage,
  User,
  Session,
  UserToken,
  ApiKey,
  AuditEntry,
  Plan,
  Article,
  ArticleAuthor,
];

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  logSql?: boolean;
  /** Where failed and slow statements are reported; without one, they are not. */
  log?: Logger;
}

/** A TypeORM data source for Postgres at `url`. Schema changes only ever come from migrations. */
export function createDataSource({ url, poolSize = 10, logSql = false, log }: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsTableName: "migrations",
    synchronize: false,
    logger: sqlCounter.logger(logSql, log),
    // Fail fast while the database is unreachable (the request answers 503) instead of queueing forever.
    extra: { max: poolSize, connectionTimeoutMillis: 5_000 },
    applicationName: "hiredinai-api",
  });
}
