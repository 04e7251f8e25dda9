import type { GraphQLResolveInfo } from "graphql";
import { selectedPaths } from "../../shared/graphql/lookahead";
import type { JobInclude } from "./job.service";

/** What a JobConnection selection will read, so the page's statement can bring it along. */
export function jobIncludeFor(info: GraphQLResolveInfo): JobInclude {
  return connectionIncludeOf(selectedPaths(info));
}

/** What a JobConnection selection will read, from the paths selected below it. */
export function connectionIncludeOf(paths: Set<string>): JobInclude {
  return { totalCount: paths.has("totalCount"), ...includeOf(paths, "edges.node.") };
}

/** What a Job selection (a job's page) will read, so the job's statement can bring it along. */
export function jobFieldsIncludeFor(info: GraphQLResolveInfo): JobInclude {
  return includeOf(selectedPaths(info), "");
}

function includeOf(paths: Set<string>, job: string): JobInclude {
  return {
    description: ["description", "descriptionHtml", "glossaryTerms"].some((field) => paths.has(`${job}${field}`)),
    company: paths.has(`${job}company`),
    category: paths.has(`${job}category`),
    locations: paths.has(`${job}locations`),
    glossaryGeneration: paths.has(`${job}glossaryTerms`) || paths.has(`${job}descriptionHtml`),
  };
}
