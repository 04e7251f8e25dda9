// What the articles feature offers the app.
export { Article, ArticleAuthor } from "./article.entity";
export { ArticleSection } from "./article.enums";
export { ArticleAuthorResolver, ArticleResolver, GlossaryTermArticlesResolver } from "./article.resolver";
export { ArticleService, PUBLISHED_ARTICLE } from "./article.service";
