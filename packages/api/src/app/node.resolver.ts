import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "./context";
import { JobCategory } from "../features/categories/job-category.entity";
import { Company } from "../features/companies/company.entity";
import { Article } from "../features/articles";
import { GlossaryTerm } from "../features/glossary/glossary-term.entity";
import { Job } from "../features/jobs/job.entity";
import { Location } from "../features/locations/location.entity";
import { fromGlobalId } from "../shared/graphql/global-id";
import { Node } from "../shared/graphql/node";

/** `node(id:)`: composes every feature whose objects have a global id, so it lives beside the schema. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any public object by its global ID; null when unknown." })
  async node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const ref = fromGlobalId(id);
    if (!ref) return null;
    const { loaders } = ctx;
    // The interface resolves an object's type by its class, so each row is given its prototype.
    const as = <T extends object>(type: new () => T, row: T | null) =>
      row ? Object.assign(Object.create(type.prototype) as T, row) : null;
    switch (ref.type) {
      case "Job":
        return as(Job, await loaders.jobById.load(ref.id)) as Node | null;
      case "Company":
        return as(Company, await loaders.companyById.load(ref.id)) as Node | null;
      case "JobCategory":
        return as(JobCategory, await loaders.categoryById.load(ref.id)) as Node | null;
      case "Location":
        return as(Location, await loaders.locationById.load(ref.id)) as Node | null;
      case "GlossaryTerm":
        return as(GlossaryTerm, await loaders.glossaryTermById.load(ref.id)) as Node | null;
      case "Article":
        return as(Article, await ctx.services.articles.byId(ref.id)) as Node | null;
      default:
        return null;
    }
  }
}
