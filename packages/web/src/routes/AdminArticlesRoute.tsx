import { useEffect, useState, type ReactNode } from "react";
import { useLocation, useNavigate, useParams } from "react-router";
import { SignedInOnly } from "../features/account";
import { AdminNav, ArticleEditor, ArticleManager, AuthorManager } from "../features/admin";
import { ADMIN_PATHS, adminArticlePath } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { EmptyState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

/** An admins' page, with its tabs; anyone else signed in is told it isn't for them. */
function AdminPage({
  title,
  next,
  crumbs,
  children,
}: {
  title: string;
  next: string;
  crumbs: { label: string; to?: string }[];
  children: ReactNode;
}) {
  useDocumentMeta(title, null, { noindex: true });
  return (
    <SignedInOnly next={next} loading="Loading">
      {(viewer) => (
        <>
          <Breadcrumbs items={[{ label: "Home", to: "/" }, ...crumbs]} />
          {viewer.role === "ADMIN" && <AdminNav />}
          {viewer.role === "ADMIN" ? children : <EmptyState title="This page is for HiredinAI's admins" />}
        </>
      )}
    </SignedInOnly>
  );
}

/** /admin/articles: the blog, career advice, salary guides and industry news, drafts and scheduled ones too. */
export function AdminArticlesRoute() {
  return (
    <AdminPage title="Articles" next={ADMIN_PATHS.articles} crumbs={[{ label: "Articles" }]}>
      <div className="page-intro">
        <h1>Articles</h1>
        <p className="muted">
          What the Resources pages publish. A draft is seen by admins only; a scheduled article goes live at its time by itself.
        </p>
      </div>
      <ArticleManager />
      <AuthorManager />
    </AdminPage>
  );
}

/** /admin/articles/new and /admin/articles/:id: writing an article, with a live preview. */
export function AdminArticleRoute() {
  const { id } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // What the new article's save said, shown once: coming back to the page later shows no stale notice.
  const [notice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? null);
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const title = id ? "Edit article" : "New article";
  return (
    <AdminPage
      title={title}
      next={id ? adminArticlePath(id) : ADMIN_PATHS.newArticle}
      crumbs={[{ label: "Articles", to: ADMIN_PATHS.articles }, { label: title }]}
    >
      <div className="page-intro">
        <h1>{title}</h1>
      </div>
      <ArticleEditor key={id ?? "new"} id={id ?? null} notice={notice} />
    </AdminPage>
  );
}
