import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../app/context";
import { DEFAULT_PAGE_SIZE } from "../../shared/db/keyset";
import type { ConnectionArgs } from "../../shared/graphql/connection";
import { jobIncludeFor } from "./job-include";
import type { JobParent } from "./job.service";

/**
 * `Company.jobs` and `JobCategory.jobs`: a first page goes through a loader, so a list of companies
 * each showing its jobs costs one statement; a page after a cursor is one parent's own query.
 */
export function parentJobs(ctx: Context, by: JobParent, id: number, page: ConnectionArgs, info: GraphQLResolveInfo) {
  const include = jobIncludeFor(info);
  if (page.after == null && page.before == null && page.last == null) {
    return ctx.loaders.firstJobPages.load({ by, id, first: page.first ?? DEFAULT_PAGE_SIZE, include });
  }
  return ctx.services.jobs.connection(by === "company" ? { companyIds: [id] } : { categoryIds: [id] }, null, page, include);
}
