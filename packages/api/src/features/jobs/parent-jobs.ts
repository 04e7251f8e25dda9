import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../app/context";
import { DEFAULT_PAGE_SIZE } from "../../shared/db/keyset";
import type { ConnectionArgs } from "../../shared/graphql/connection";
import { MAX_PAGE_SIZE } from "../../shared/graphql/cost";
import type { Selection } from "../../shared/graphql/lookahead";
import { connectionIncludeOf, jobIncludeFor } from "./job-include";
import type { FirstJobsKey, JobInclude, JobParent } from "./job.service";

/**
 * `Company.jobs` and `JobCategory.jobs`: a first page goes through a loader, so a list of companies
 * each showing its jobs costs one statement; a page after a cursor is one parent's own query.
 */
export function parentJobs(ctx: Context, by: JobParent, id: number, page: ConnectionArgs, info: GraphQLResolveInfo) {
  const include = jobIncludeFor(info);
  if (page.after == null && page.before == null && page.last == null) {
    return ctx.loaders.firstJobPages.load(firstJobsKey(by, id, page.first, include));
  }
  return ctx.services.jobs.connection(by === "company" ? { companyIds: [id] } : { categoryIds: [id] }, null, page, include);
}

/** The firstJobPages loader's key for a parent's first page (a parent's own statement may prime it). */
function firstJobsKey(by: JobParent, id: number, first: number | null | undefined, include: JobInclude): FirstJobsKey {
  return { by, id, first: first ?? DEFAULT_PAGE_SIZE, include };
}

/**
 * The firstJobPages key (its parent's id still 0) when a selection of a parent's `jobs` reads its
 * first page, and only that (one `jobs`, no cursor): then the parent's own statement can bring it.
 */
export function firstPageSelected(by: JobParent, jobs: Selection[]): FirstJobsKey | null {
  const args = jobs[0]?.args as ConnectionArgs | undefined;
  if (jobs.length !== 1 || !args || args.after != null || args.before != null || args.last != null) return null;
  // A size the field refuses goes the ordinary way, where the field's own validation refuses it (BAD_USER_INPUT on `first`).
  if (args.first != null && !(Number.isInteger(args.first) && args.first >= 1 && args.first <= MAX_PAGE_SIZE)) return null;
  return firstJobsKey(by, 0, args.first, connectionIncludeOf(jobs[0].paths));
}
