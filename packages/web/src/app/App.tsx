import { lazy, Suspense, type ComponentType } from "react";
import { Route, Routes } from "react-router";
import { Layout } from "./Layout";
import { RouteErrorBoundary } from "./RouteErrorBoundary";
import { PageSkeleton } from "../shared/ui/PageSkeleton";

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
const PricingRoute = page(() => import("../routes/PricingRoute"), "PricingRoute");
const NotFoundRoute = page(() => import("../routes/NotFoundRoute"), "NotFoundRoute");

export function App() {
  return (
    <Layout>
      <RouteErrorBoundary>
        <Suspense fallback={<PageSkeleton />}>
          <Routes>
            <Route path="/" element={<HomeRoute />} />
            <Route path="/jobs" element={<JobsRoute />} />
            <Route path="/jobs/remote" element={<RemoteJobsRoute />} />
            <Route path="/jobs/entry-level" element={<EntryLevelJobsRoute />} />
            <Route path="/jobs/categories" element={<JobCategoriesRoute />} />
            <Route path="/jobs/category/:slug" element={<CategoryJobsRoute />} />
            <Route path="/jobs/city/:slug" element={<CityJobsRoute />} />
            <Route path="/jobs/:slug" element={<JobDetailRoute />} />
            <Route path="/companies" element={<CompaniesRoute />} />
            <Route path="/companies/:slug" element={<CompanyRoute />} />
            <Route path="/glossary" element={<GlossaryRoute />} />
            <Route path="/glossary/:slug" element={<GlossaryTermRoute />} />
            <Route path="/salaries" element={<SalariesRoute />} />
            <Route path="/salaries/:categorySlug" element={<SalaryCategoryRoute />} />
            <Route path="/pricing" element={<PricingRoute />} />
            <Route path="/employer" element={<EmployerDashboardRoute />} />
            <Route path="/employer/post" element={<PostJobRoute />} />
            <Route path="/employer/invoices/:number" element={<InvoiceRoute />} />
            <Route path="/employer/join" element={<EmployerJoinRoute />} />
            <Route path="/admin/postings" element={<AdminPostingsRoute />} />
            <Route path="/admin/companies" element={<AdminCompaniesRoute />} />
            <Route path="/admin/plans" element={<AdminPlansRoute />} />
            <Route path="/alerts" element={<AlertsRoute />} />
            <Route path="/alerts/confirm" element={<ConfirmAlertRoute />} />
            <Route path="/alerts/manage" element={<ManageAlertRoute />} />
            <Route path="/alerts/unsubscribe" element={<UnsubscribeAlertRoute />} />
            <Route path="/about" element={<AboutRoute />} />
            <Route path="/contact" element={<ContactRoute />} />
            <Route path="/privacy" element={<PrivacyRoute />} />
            <Route path="/terms" element={<TermsRoute />} />
            <Route path="/guidelines" element={<GuidelinesRoute />} />
            <Route path="/dmca" element={<DmcaRoute />} />
            <Route path="/cookies" element={<CookiesRoute />} />
            <Route path="/sitemap" element={<SitemapRoute />} />
            <Route path="/sign-in" element={<SignInRoute />} />
            <Route path="/sign-up" element={<SignUpRoute />} />
            <Route path="/forgot-password" element={<ForgotPasswordRoute />} />
            <Route path="/account" element={<AccountRoute />} />
            <Route path="/account/verify-email" element={<VerifyEmailRoute />} />
            <Route path="/account/reset-password" element={<ResetPasswordRoute />} />
            <Route path="/account/confirm-email" element={<ConfirmEmailRoute />} />
            <Route path="*" element={<NotFoundRoute />} />
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </Layout>
  );
}
