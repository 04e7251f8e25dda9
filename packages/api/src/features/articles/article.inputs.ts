import { IsOptional, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, InputType, Int } from "type-graphql";
import { ConnectionArgs } from "../../shared/graphql/connection";
import { ArticleSection } from "./article.enums";

@InputType()
export class ArticleFilter {
  @Field(() => ArticleSection, { nullable: true })
  section?: ArticleSection | null;

  @Field(() => String, { nullable: true, description: "Articles with this tag." })
  @IsOptional()
  @MaxLength(50)
  tag?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Words to search for in titles, summaries, tags and text (web search syntax, as for jobs).",
  })
  @IsOptional()
  @MaxLength(200)
  query?: string | null;
}

@ArgsType()
export class ArticlesArgs extends ConnectionArgs {
  @Field(() => ArticleFilter, { nullable: true })
  @ValidateNested()
  filter?: ArticleFilter | null;
}

/** How many articles a list beside a page shows: a term's, an author's, an article's related ones. */
export const MAX_ARTICLE_LIST = 20;

@ArgsType()
export class ArticleListArgs {
  @Field(() => Int, { defaultValue: 5, description: `1 to ${MAX_ARTICLE_LIST}.` })
  @Min(1)
  @Max(MAX_ARTICLE_LIST)
  first: number;
}
