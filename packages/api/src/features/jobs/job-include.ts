import type { GraphQLResolveInfo } from "graphql";
import { selectedPaths } from "../../shared/graphql/lookahead";
import type { JobInclude } from "./job.service";

/** What a JobConnection selection will read, so the page's statement can bring it along. */
export function jobIncludeFor(info: GraphQLResolveInfo): JobInclude {
  const paths = selectedPaths(info);
  return {
    totalCount: paths.has("totalCount"),
    description: ["description", "descriptionHtml", "glossaryTerms"].some((field) => paths.has(`edges.node.${field}`)),
    company: paths.has("edges.node.company"),
    category: paths.has("edges.node.category"),
    locations: paths.has("edges.node.locations"),
  };
}
