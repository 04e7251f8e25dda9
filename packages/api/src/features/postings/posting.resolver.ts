import { Max, Min } from "class-validator";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../app/context";
import { listCost, RENDER_COST } from "../../shared/graphql/cost";
import { markdownToSafeHtml } from "../../shared/text/markdown";
import { Role } from "../accounts";
import { actorOf } from "../audit";
import { Company } from "../companies";
import {
  CompanyPayload,
  DescriptionPreviewInput,
  CompanyProfileArgs,
  PostingPayload,
  RejectPostingArgs,
  SavePostingArgs,
  SubmitPostingArgs,
  SubmitPostingPayload,
} from "./posting.inputs";
import { MAX_POSTINGS, type PostingActor } from "./posting.service";
import { Order, Posting } from "./posting.types";
import { CallerSpecific } from "../../shared/graphql/cache-hints";

/** The signed-in person as the posting service knows them (resolvers here run under @Authorized). */
function actor(ctx: Context): PostingActor {
  return { ...actorOf(ctx), admin: ctx.caller.kind === "user" && ctx.caller.user.role === Role.ADMIN };
}

/** A list of postings costs as many as it asks for (`first`), each with its history and orders. */
const POSTINGS_COST = listCost((args) => Number(args.first ?? DEFAULT_POSTINGS));
const DEFAULT_POSTINGS = 20;

@ArgsType()
class PostingsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_POSTINGS, description: `1 to ${MAX_POSTINGS}.` })
  @Min(1)
  @Max(MAX_POSTINGS)
  first: number;
}

/** Employers' company profile and postings, and admins' moderation and payments. */
@Resolver()
export class PostingResolver {
  @Authorized(Role.EMPLOYER)
  @CallerSpecific()
  @Query(() => Company, { nullable: true, description: "The company the signed-in employer posts for; null until they create it." })
  myCompany(@Ctx() ctx: Context): Promise<Company | null> {
    return ctx.services.companyMembership.companyOf(actor(ctx).id);
  }

  @Authorized(Role.EMPLOYER)
  @CallerSpecific()
  @Query(() => [Posting], {
    description: `The employer's postings in every status, the most recently changed first (at most ${MAX_POSTINGS}).`,
    complexity: POSTINGS_COST,
  })
  myPostings(@Args() { first }: PostingsArgs, @Ctx() ctx: Context): Promise<Posting[]> {
    return ctx.services.postings.forCompanyOf(actor(ctx), first);
  }

  @Authorized(Role.EMPLOYER)
  @CallerSpecific()
  @Query(() => Posting, { nullable: true, description: "One of the employer's postings, to edit it; null when it isn't theirs." })
  myPosting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Posting | null> {
    return ctx.services.postings.ofCompany(actor(ctx), id);
  }

  @Authorized(Role.EMPLOYER)
  @Query(() => String, {
    description: "A description's Markdown rendered to sanitised HTML exactly as the job page will show it (the posting form's preview).",
    complexity: RENDER_COST,
  })
  descriptionPreview(@Arg("input", () => DescriptionPreviewInput) input: DescriptionPreviewInput, @Ctx() ctx: Context): Promise<string> {
    return ctx.loaders.linkedHtml.load({ markdown: input.markdown });
  }

  @Authorized(Role.ADMIN)
  @CallerSpecific()
  @Query(() => [Posting], {
    description: `Postings waiting for review, oldest first (admins only; at most ${MAX_POSTINGS}).`,
    complexity: POSTINGS_COST,
  })
  reviewQueue(@Args() { first }: PostingsArgs, @Ctx() ctx: Context): Promise<Posting[]> {
    return ctx.services.postings.reviewQueue(first);
  }

  @Authorized(Role.ADMIN)
  @CallerSpecific()
  @Query(() => [Order], {
    description: `Orders whose invoice is not paid yet, oldest first (admins only; at most ${MAX_POSTINGS}).`,
    complexity: listCost(MAX_POSTINGS),
  })
  unpaidOrders(@Ctx() ctx: Context): Promise<Order[]> {
    return ctx.services.postings.unpaidOrders();
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => CompanyPayload, { description: "Creates the employer's company profile, with them as its owner." })
  async createCompany(@Args() { input }: CompanyProfileArgs, @Ctx() ctx: Context): Promise<CompanyPayload> {
    return { company: await ctx.services.postings.createCompany(actor(ctx), input) };
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => CompanyPayload, { description: "Edits the employer's company profile." })
  async updateCompany(@Args() { input }: CompanyProfileArgs, @Ctx() ctx: Context): Promise<CompanyPayload> {
    return { company: await ctx.services.postings.updateCompany(actor(ctx), input) };
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => PostingPayload, {
    description: "Saves a draft posting (new without an id), or changes one that is a draft, waiting for review or rejected.",
  })
  async savePosting(@Args() { id, input }: SavePostingArgs, @Ctx() ctx: Context): Promise<PostingPayload> {
    return { posting: await ctx.services.postings.save(actor(ctx), id, input) };
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => SubmitPostingPayload, {
    description: "Submits a draft (or renews an expired posting) on a plan: an order and its invoice, UNPAID until an admin marks it paid.",
  })
  submitPosting(@Args() { id, plan }: SubmitPostingArgs, @Ctx() ctx: Context): Promise<SubmitPostingPayload> {
    return ctx.services.postings.submit(actor(ctx), id, plan);
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => PostingPayload, { description: "Sends a rejected posting, edited, back to review." })
  async resubmitPosting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PostingPayload> {
    return { posting: await ctx.services.postings.resubmit(actor(ctx), id) };
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => PostingPayload, {
    description:
      "Makes a new draft with a posting's fields (any status, the same title), without its orders, figures, history or last day.",
  })
  async duplicatePosting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PostingPayload> {
    return { posting: await ctx.services.postings.duplicate(actor(ctx), id) };
  }

  @Authorized(Role.EMPLOYER)
  @Mutation(() => PostingPayload, { description: "Closes a posting: it leaves the site at once." })
  async closePosting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PostingPayload> {
    return { posting: await ctx.services.postings.close(actor(ctx), id) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PostingPayload, {
    description:
      "Marks an order's invoice paid: its posting goes to review, or is published when the company is verified (admins only; audit-logged).",
  })
  async markOrderPaid(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PostingPayload> {
    return { posting: await ctx.services.postings.markPaid(actor(ctx), id) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CompanyPayload, {
    description:
      "Verifies a company, so its paid postings go live without review; `verified: false` takes it back (admins only; audit-logged).",
  })
  async verifyCompany(
    @Arg("id", () => ID) id: string,
    @Arg("verified", () => Boolean, { defaultValue: true }) verified: boolean,
    @Ctx() ctx: Context,
  ): Promise<CompanyPayload> {
    return { company: await ctx.services.postings.verifyCompany(actor(ctx), id, verified) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PostingPayload, { description: "Publishes a posting waiting for review (admins only; audit-logged)." })
  async approvePosting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PostingPayload> {
    return { posting: await ctx.services.postings.approve(actor(ctx), id) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PostingPayload, {
    description: "Rejects a posting waiting for review, with the reason its employer will see (admins only; audit-logged).",
  })
  async rejectPosting(@Args() { id, reason }: RejectPostingArgs, @Ctx() ctx: Context): Promise<PostingPayload> {
    return { posting: await ctx.services.postings.reject(actor(ctx), id, reason) };
  }
}

/** Fields of a posting computed when asked for. */
@Resolver(() => Posting)
export class PostingFieldsResolver {
  @FieldResolver(() => String, {
    description: "The description rendered to sanitised HTML, as its job page shows it (for review).",
    complexity: RENDER_COST,
  })
  descriptionHtml(@Root() posting: Posting): string {
    return markdownToSafeHtml(posting.fields.description);
  }
}
