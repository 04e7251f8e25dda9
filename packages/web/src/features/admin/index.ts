// What the admin feature offers routes.
export { ReviewQueue } from "./components/ReviewQueue";
export { AdminNav } from "./components/AdminNav";
export { PlanManager } from "./components/PlanManager";
export { CompanyClaims } from "./components/CompanyClaims";
export { CompanyVerification } from "./components/CompanyVerification";
export { ArticleManager } from "./components/ArticleManager";
export { ArticleEditor } from "./components/ArticleEditor";
export { AuthorManager } from "./components/AuthorManager";
