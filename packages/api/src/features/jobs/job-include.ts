import type { GraphQLResolveInfo } from "graphql";
import { columnsOf, type FieldColumns } from "../../shared/db/columns";
import { selectedPaths } from "../../shared/graphql/lookahead";
import { CATEGORY_FIELD_READS } from "../categories";
import { COMPANY_FIELD_READS } from "../companies";
import type { Job } from "./job.entity";
import type { JobInclude } from "./job.service";

/**
 * What each Job field reads of the job row: its own column, or what its resolver in job.resolver.ts uses. A
 * selection (a list's or a job page's) that asks for none but these fields reads only their columns
 * (JobService.listSelect); any other field (similar jobs) reads the whole row. A field resolver that
 * starts reading another column says so here.
 */
export const JOB_FIELD_READS: FieldColumns<Job> = {
  id: ["id"],
  slug: ["slug"],
  url: ["slug"],
  title: ["title"],
  description: ["description"],
  // Rendered from the description (per glossary generation, which the statement brings when asked: glossaryGeneration).
  descriptionHtml: ["description"],
  glossaryTerms: ["id", "description"],
  applyUrl: ["applyUrl"],
  applyLink: ["id", "status", "validThrough", "applyUrl"],
  isLive: ["status", "validThrough"],
  featured: ["featuredUntil"],
  highlighted: ["highlighted"],
  postedAt: ["postedAt"],
  validThrough: ["validThrough"],
  remote: ["remote"],
  seniority: ["seniority"],
  employmentType: ["employmentType"],
  tags: ["tags"],
  salary: ["salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod", "salaryMinUsd", "salaryMaxUsd"],
  company: ["companyId"],
  category: ["categoryId"],
  locations: ["id"],
};

/** What a JobConnection selection will read, so the page's statement can bring it along. */
export function jobIncludeFor(info: GraphQLResolveInfo): JobInclude {
  return connectionIncludeOf(selectedPaths(info));
}

/** What a JobConnection selection will read, from the paths selected below it. */
export function connectionIncludeOf(paths: Set<string>): JobInclude {
  return remembered(paths, "connection", () => ({ totalCount: paths.has("totalCount"), ...includeOf(paths, "edges.node.") }));
}

/** What a Job selection (a job's page) will read, so the job's statement can bring it along. */
export function jobFieldsIncludeFor(info: GraphQLResolveInfo): JobInclude {
  const paths = selectedPaths(info);
  return remembered(paths, "job", () => includeOf(paths, ""));
}

/**
 * What a set of paths includes, worked out once per set: selectedPaths hands out one set per field of
 * a document (lookahead.ts), so a document sent again reuses its answer. Callers only read it.
 */
const includes = new WeakMap<Set<string>, Map<string, JobInclude>>();

function remembered(paths: Set<string>, kind: string, work: () => JobInclude): JobInclude {
  let byKind = includes.get(paths);
  if (!byKind) includes.set(paths, (byKind = new Map()));
  let include = byKind.get(kind);
  if (!include) byKind.set(kind, (include = work()));
  return include;
}

function includeOf(paths: Set<string>, job: string): JobInclude {
  const company = paths.has(`${job}company`);
  const category = paths.has(`${job}category`);
  return {
    description: ["description", "descriptionHtml", "glossaryTerms"].some((field) => paths.has(`${job}${field}`)),
    jobColumns: columnsOf(JOB_FIELD_READS, fieldsBelow(paths, job)),
    company,
    companyColumns: company ? columnsOf(COMPANY_FIELD_READS, fieldsBelow(paths, `${job}company.`)) : null,
    category,
    categoryColumns: category ? columnsOf(CATEGORY_FIELD_READS, fieldsBelow(paths, `${job}category.`)) : null,
    locations: paths.has(`${job}locations`),
    glossaryGeneration: paths.has(`${job}glossaryTerms`) || paths.has(`${job}descriptionHtml`),
  };
}

/** The fields selected directly below `prefix` (empty, or ending with a dot). */
function fieldsBelow(paths: Set<string>, prefix: string): Set<string> {
  const fields = new Set<string>();
  for (const path of paths) {
    if (path.startsWith(prefix)) fields.add(path.slice(prefix.length).split(".", 1)[0]);
  }
  return fields;
}
