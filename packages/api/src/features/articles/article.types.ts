import { Field, ObjectType } from "type-graphql";
import { Cached, CachedLikeParent, REFERENCE_MAX_AGE } from "../../shared/graphql/cache-hints";
import { ConnectionType } from "../../shared/graphql/connection";
import { Article } from "./article.entity";

@Cached(REFERENCE_MAX_AGE)
@ObjectType({ simpleResolvers: true })
export class ArticleConnection extends ConnectionType(Article) {}

@CachedLikeParent()
@ObjectType({ simpleResolvers: true, description: "An article's cover picture." })
export class ArticleImage {
  @Field()
  url: string;

  @Field({ description: "What the picture shows, for people who can't see it." })
  alt: string;
}
