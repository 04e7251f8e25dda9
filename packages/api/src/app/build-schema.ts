import { lexicographicSortSchema, printSchema, specifiedDirectives, type GraphQLSchema } from "graphql";
import { buildSchema as buildTypeGraphQLSchema } from "type-graphql";
import { AccountResolver } from "../features/accounts/account.resolver";
import { UserAdminResolver } from "../features/accounts/user-admin.resolver";
import { AlertResolver, UserAlertsResolver } from "../features/alerts/alert.resolver";
import { AuditResolver } from "../features/audit/audit.resolver";
import { ApiKeyResolver } from "../features/api-keys/api-key.resolver";
import { JobCategoryResolver } from "../features/categories/job-category.resolver";
import { CompanyResolver } from "../features/companies/company.resolver";
import { ArticleAdminResolver, ArticleAuthorResolver, ArticleResolver, GlossaryTermArticlesResolver } from "../features/articles";
import { ContactResolver } from "../features/contact";
import { EmailHealthResolver } from "../features/email/email-health.resolver";
import { GlossaryResolver } from "../features/glossary/glossary.resolver";
import { GlossaryAdminResolver } from "../features/glossary/glossary-admin.resolver";
import { JobResolver } from "../features/jobs/job.resolver";
import { LocationResolver } from "../features/locations/location.resolver";
import { PlanResolver } from "../features/plans/plan.resolver";
import { CompanyMembershipResolver, InvoiceResolver, PostingFieldsResolver, PostingResolver } from "../features/postings";
import { SalaryResolver } from "../features/salaries/salary.resolver";
import { authChecker } from "./auth-checker";
import { NodeResolver } from "./node.resolver";
import { RateLimitResolver } from "./rate-limit.resolver";
import { cacheControlDirective } from "../shared/graphql/cache-hints";
import { scalarsMap } from "../shared/graphql/scalars";
import { validateArgs } from "../shared/graphql/validate-args";

export const resolvers = [
  JobResolver,
  CompanyResolver,
  JobCategoryResolver,
  LocationResolver,
  GlossaryResolver,
  GlossaryAdminResolver,
  SalaryResolver,
  AlertResolver,
  UserAlertsResolver,
  EmailHealthResolver,
  AccountResolver,
  UserAdminResolver,
  AuditResolver,
  ApiKeyResolver,
  NodeResolver,
  RateLimitResolver,
  PlanResolver,
  PostingResolver,
  PostingFieldsResolver,
  CompanyMembershipResolver,
  InvoiceResolver,
  ContactResolver,
  ArticleResolver,
  ArticleAdminResolver,
  ArticleAuthorResolver,
  GlossaryTermArticlesResolver,
] as const;

export function buildSchema(): Promise<GraphQLSchema> {
  return buildTypeGraphQLSchema({
    resolvers,
    scalarsMap,
    authChecker,
    authMode: "error",
    directives: [...specifiedDirectives, cacheControlDirective],
    // class-validator, synchronously and remembering what passed (shared/graphql/validate-args.ts).
    validateFn: validateArgs,
  });
}

/** The schema as committed in packages/schema/schema.graphql: SDL, types and fields sorted. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
