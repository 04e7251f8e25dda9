import { lazy, Suspense, type ComponentType } from "react";
import { Route, Routes, useLocation } from "react-router";
import { Layout } from "./Layout";
import { ROUTE_PATHS, type RoutePath } from "./paths";
import { RouteErrorBoundary } from "./RouteErrorBoundary";
import { PageSkeleton } from "../shared/ui/PageSkeleton";
import { useServerHeadForFirstPage } from "../shared/ui/useDocumentMeta";

/** A route module loaded on first visit (each page is its own chunk). */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const HomeRoute = page(() => import("../routes/HomeRoute"), "HomeRoute");
const JobsRoute = page(() => import("../routes/JobsRoute"), "JobsRoute");
const CategoryJobsRoute = page(() => import("../routes/CategoryJobsRoute"), "CategoryJobsRoute");
const RemoteJobsRoute = page(() => import("../routes/RemoteJobsRoute"), "RemoteJobsRoute");
const EntryLevelJobsRoute = page(() => import("../routes/EntryLevelJobsRoute"), "EntryLevelJobsRoute");
const CityJobsRoute = page(() => import("../routes/CityJobsRoute"), "CityJobsRoute");
const JobDetailRoute = page(() => import("../routes/JobDetailRoute"), "JobDetailRoute");
const CompaniesRoute = page(() => import("../routes/CompaniesRoute"), "CompaniesRoute");
const CompanyRoute = page(() => import("../routes/CompanyRoute"), "CompanyRoute");
const GlossaryRoute = page(() => import("../routes/GlossaryRoute"), "GlossaryRoute");
const GlossaryTermRoute = page(() => import("../routes/GlossaryTermRoute"), "GlossaryTermRoute");
const SalariesRoute = page(() => import("../routes/SalariesRoute"), "SalariesRoute");
const SalaryCategoryRoute = page(() => import("../routes/SalaryCategoryRoute"), "SalaryCategoryRoute");
const AlertsRoute = page(() => import("../routes/AlertsRoute"), "AlertsRoute");
const ConfirmAlertRoute = page(() => import("../routes/ConfirmAlertRoute"), "ConfirmAlertRoute");
const ManageAlertRoute = page(() => import("../routes/ManageAlertRoute"), "ManageAlertRoute");
const UnsubscribeAlertRoute = page(() => import("../routes/UnsubscribeAlertRoute"), "UnsubscribeAlertRoute");
const AboutRoute = page(() => import("../routes/StaticRoutes"), "AboutRoute");
const ContactRoute = page(() => import("../routes/StaticRoutes"), "ContactRoute");
const PrivacyRoute = page(() => import("../routes/StaticRoutes"), "PrivacyRoute");
const TermsRoute = page(() => import("../routes/StaticRoutes"), "TermsRoute");
const JobCategoriesRoute = page(() => import("../routes/JobCategoriesRoute"), "JobCategoriesRoute");
const SitemapRoute = page(() => import("../routes/SitemapRoute"), "SitemapRoute");
const GuidelinesRoute = page(() => import("../routes/StaticRoutes"), "GuidelinesRoute");
const DmcaRoute = page(() => import("../routes/StaticRoutes"), "DmcaRoute");
const CookiesRoute = page(() => import("../routes/StaticRoutes"), "CookiesRoute");
const SignInRoute = page(() => import("../routes/SignInRoute"), "SignInRoute");
const SignUpRoute = page(() => import("../routes/SignUpRoute"), "SignUpRoute");
const ForgotPasswordRoute = page(() => import("../routes/ForgotPasswordRoute"), "ForgotPasswordRoute");
const AccountRoute = page(() => import("../routes/AccountRoute"), "AccountRoute");
const VerifyEmailRoute = page(() => import("../routes/VerifyEmailRoute"), "VerifyEmailRoute");
const ResetPasswordRoute = page(() => import("../routes/ResetPasswordRoute"), "ResetPasswordRoute");
const ConfirmEmailRoute = page(() => import("../routes/ConfirmEmailRoute"), "ConfirmEmailRoute");
const EmployerDashboardRoute = page(() => import("../routes/EmployerDashboardRoute"), "EmployerDashboardRoute");
const PostJobRoute = page(() => import("../routes/PostJobRoute"), "PostJobRoute");
const InvoiceRoute = page(() => import("../routes/InvoiceRoute"), "InvoiceRoute");
const AdminPostingsRoute = page(() => import("../routes/AdminPostingsRoute"), "AdminPostingsRoute");
const AdminCompaniesRoute = page(() => import("../routes/AdminCompaniesRoute"), "AdminCompaniesRoute");
const EmployerJoinRoute = page(() => import("../routes/EmployerJoinRoute"), "EmployerJoinRoute");
const AdminPlansRoute = page(() => import("../routes/AdminPlansRoute"), "AdminPlansRoute");
const AdminArticlesRoute = page(() => import("../routes/AdminArticlesRoute"), "AdminArticlesRoute");
const AdminArticleRoute = page(() => import("../routes/AdminArticlesRoute"), "AdminArticleRoute");
const PricingRoute = page(() => import("../routes/PricingRoute"), "PricingRoute");
const NotFoundRoute = page(() => import("../routes/NotFoundRoute"), "NotFoundRoute");
const BlogRoute = page(() => import("../routes/ArticleSectionRoutes"), "BlogRoute");
const CareerAdviceRoute = page(() => import("../routes/ArticleSectionRoutes"), "CareerAdviceRoute");
const SalaryGuidesRoute = page(() => import("../routes/ArticleSectionRoutes"), "SalaryGuidesRoute");
const IndustryNewsRoute = page(() => import("../routes/ArticleSectionRoutes"), "IndustryNewsRoute");
const ArticleRoute = page(() => import("../routes/ArticleRoute"), "ArticleRoute");
const AuthorRoute = page(() => import("../routes/AuthorRoute"), "AuthorRoute");

/** The page at each path (paths.ts lists them, for the web servers too). */
const PAGES: Record<RoutePath, ComponentType> = {
  "/": HomeRoute,
  "/jobs": JobsRoute,
  "/jobs/remote": RemoteJobsRoute,
  "/jobs/entry-level": EntryLevelJobsRoute,
  "/jobs/categories": JobCategoriesRoute,
  "/jobs/category/:slug": CategoryJobsRoute,
  "/jobs/city/:slug": CityJobsRoute,
  "/jobs/:slug": JobDetailRoute,
  "/companies": CompaniesRoute,
  "/companies/:slug": CompanyRoute,
  "/glossary": GlossaryRoute,
  "/glossary/:slug": GlossaryTermRoute,
  "/salaries": SalariesRoute,
  "/salaries/:categorySlug": SalaryCategoryRoute,
  "/pricing": PricingRoute,
  "/employer": EmployerDashboardRoute,
  "/employer/post": PostJobRoute,
  "/employer/invoices/:number": InvoiceRoute,
  "/employer/join": EmployerJoinRoute,
  "/admin/postings": AdminPostingsRoute,
  "/admin/companies": AdminCompaniesRoute,
  "/admin/plans": AdminPlansRoute,
  "/admin/articles": AdminArticlesRoute,
  "/admin/articles/new": AdminArticleRoute,
  "/admin/articles/:id": AdminArticleRoute,
  "/alerts": AlertsRoute,
  "/alerts/confirm": ConfirmAlertRoute,
  "/alerts/manage": ManageAlertRoute,
  "/alerts/unsubscribe": UnsubscribeAlertRoute,
  "/about": AboutRoute,
  "/contact": ContactRoute,
  "/privacy": PrivacyRoute,
  "/terms": TermsRoute,
  "/guidelines": GuidelinesRoute,
  "/dmca": DmcaRoute,
  "/cookies": CookiesRoute,
  "/sitemap": SitemapRoute,
  "/blog": BlogRoute,
  "/blog/:slug": ArticleRoute,
  "/career-advice": CareerAdviceRoute,
  "/career-advice/:slug": ArticleRoute,
  "/salary-guides": SalaryGuidesRoute,
  "/salary-guides/:slug": ArticleRoute,
  "/industry-news": IndustryNewsRoute,
  "/industry-news/:slug": ArticleRoute,
  "/authors/:slug": AuthorRoute,
  "/sign-in": SignInRoute,
  "/sign-up": SignUpRoute,
  "/forgot-password": ForgotPasswordRoute,
  "/account": AccountRoute,
  "/account/verify-email": VerifyEmailRoute,
  "/account/reset-password": ResetPasswordRoute,
  "/account/confirm-email": ConfirmEmailRoute,
};

export function App() {
  useServerHeadForFirstPage(useLocation().pathname);
  return (
    <Layout>
      <RouteErrorBoundary>
        <Suspense fallback={<PageSkeleton />}>
          <Routes>
            {ROUTE_PATHS.map((path) => {
              const Page = PAGES[path];
              return <Route key={path} path={path} element={<Page />} />;
            })}
            <Route path="*" element={<NotFoundRoute />} />
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </Layout>
  );
}
