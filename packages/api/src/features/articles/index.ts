// What the articles feature offers the app.
export { Article, ArticleAuthor } from "./article.entity";
export { ArticleSection, ArticleStatus } from "./article.enums";
export { ArticleAdminResolver } from "./article-admin.resolver";
export { ArticleAdminService } from "./article-admin.service";
export { ArticleAuthorResolver, ArticleResolver, GlossaryTermArticlesResolver } from "./article.resolver";
export { ArticleService, PUBLISHED_ARTICLE } from "./article.service";
