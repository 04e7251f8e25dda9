import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useId, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { getFragmentData, graphql } from "../../../generated";
import type {
  AdminArticleQueryQuery,
  ArticleEditorOptionsQueryQuery,
  ArticleSection,
  ArticleStatus,
  CreateArticleInput,
  Seniority,
} from "../../../generated/graphql";
import { ADMIN_PATHS, adminArticlePath } from "../../../shared/navigation";
import { Field, FieldError, FormError, controlProps, describedBy } from "../../../shared/ui/FormField";
import { Notice } from "../../../shared/ui/Notice";
import { Prose } from "../../../shared/ui/Prose";
import { ErrorState, SkeletonLines } from "../../../shared/ui/states";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { useSettled } from "../../../shared/ui/useSettled";
import { focusFirstError, formErrors, tooLong } from "../../../shared/utils/formErrors";
import { slugProblem } from "../../../shared/utils/slug";
import { formatDate, plural, sitePath } from "../../../shared/utils/format";
import { API_LIMITS } from "../../../shared/utils/apiLimits";
import { SECTION_PAGES } from "../../articles";
import { SENIORITY_LABELS } from "../../jobs";
import admin from "./Admin.module.css";
import styles from "./ArticleEditor.module.css";

const EditorOptionsQuery = graphql(`
  query ArticleEditorOptionsQuery {
    articleAuthors {
      slug
      name
    }
    jobCategories {
      slug
      name
    }
  }
`);

const AdminArticleQuery = graphql(`
  query AdminArticleQuery($id: ID!) {
    adminArticle(id: $id) {
      id
      slug
      url
      section
      status
      title
      summary
      body
      tags
      publishedAt
      author {
        slug
      }
      categories {
        slug
      }
      salaryCategory {
        slug
      }
      salarySeniority
      coverImage {
        url
        alt
      }
    }
  }
`);

const ArticlePreviewQuery = graphql(`
  query ArticlePreviewQuery($input: ArticlePreviewInput!) {
    articlePreview(input: $input) {
      html
      readingTimeMinutes
    }
  }
`);

/** What each write answers with: the notice says it, and a new article's editor opens at its id. */
const SavedArticleFragment = graphql(`
  fragment ArticleEditor_saved on Article {
    id
    url
    status
    publishedAt
    title
  }
`);

const CreateArticleMutation = graphql(`
  mutation CreateArticleMutation($input: CreateArticleInput!) {
    createArticle(input: $input) {
      article {
        ...ArticleEditor_saved
      }
    }
  }
`);

const UpdateArticleMutation = graphql(`
  mutation UpdateArticleMutation($id: ID!, $input: UpdateArticleInput!) {
    updateArticle(id: $id, input: $input) {
      article {
        ...ArticleEditor_saved
      }
    }
  }
`);

const PublishArticleMutation = graphql(`
  mutation PublishArticleMutation($id: ID!) {
    publishArticle(id: $id) {
      article {
        ...ArticleEditor_saved
      }
    }
  }
`);

/** After a write, the admins' list is fetched again (its order and statuses change). */
const ARTICLE_WRITE = { refetchQueries: ["AdminArticlesQuery"] };

const LIMITS = API_LIMITS.article;

/** The form's fields in form order, named as the article inputs name them (so the API's field errors land beside them). */
const FIELDS = [
  "title",
  "slug",
  "section",
  "author",
  "summary",
  "tags",
  "categories",
  "salaryCategory",
  "salarySeniority",
  "coverImageUrl",
  "coverAlt",
  "body",
  "publishedAt",
] as const;
type FieldName = (typeof FIELDS)[number];

type Publication = ArticleStatus;

interface Values {
  title: string;
  slug: string;
  section: ArticleSection;
  author: string;
  summary: string;
  tags: string;
  categories: string[];
  salaryCategory: string;
  salarySeniority: Seniority | "";
  coverImageUrl: string;
  coverAlt: string;
  body: string;
  publication: Publication;
  /** `datetime-local`'s value, in the admin's time zone. */
  publishAt: string;
}

type LoadedArticle = NonNullable<AdminArticleQueryQuery["adminArticle"]>;

/** A time as `datetime-local` shows it, in the browser's time zone. */
function localInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function valuesOf(article: LoadedArticle | null, defaultAuthor: string): Values {
  if (!article) {
    return {
      title: "",
      slug: "",
      section: "BLOG",
      author: defaultAuthor,
      summary: "",
      tags: "",
      categories: [],
      salaryCategory: "",
      salarySeniority: "",
      coverImageUrl: "",
      coverAlt: "",
      body: "",
      publication: "DRAFT",
      publishAt: "",
    };
  }
  return {
    title: article.title,
    slug: article.slug,
    section: article.section,
    author: article.author.slug,
    summary: article.summary,
    tags: article.tags.join(", "),
    categories: article.categories.map((c) => c.slug),
    salaryCategory: article.salaryCategory?.slug ?? "",
    salarySeniority: article.salarySeniority ?? "",
    coverImageUrl: article.coverImage?.url ?? "",
    coverAlt: article.coverImage?.alt ?? "",
    body: article.body,
    publication: article.status,
    publishAt: article.status === "SCHEDULED" && article.publishedAt ? localInput(article.publishedAt) : "",
  };
}

const tagsOf = (text: string) =>
  text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);

/** The form's own checks, in the API's words (it checks everything again). */
function problemsOf(v: Values, creating: boolean): Partial<Record<FieldName, string>> {
  const slug = v.slug.trim();
  const tags = tagsOf(v.tags);
  const publishAt = Date.parse(v.publishAt);
  return {
    title: !v.title.trim() ? "The title can't be empty." : tooLong(v.title, LIMITS.title),
    slug: !slug && creating ? undefined : (slugProblem(slug, "negotiating-an-ai-offer") ?? tooLong(slug, LIMITS.slug)),
    author: v.author ? undefined : "Choose who wrote it.",
    summary: !v.summary.trim() ? "The summary can't be empty." : tooLong(v.summary, LIMITS.summary),
    tags:
      tags.length > LIMITS.tags
        ? `At most ${LIMITS.tags} tags.`
        : tags.some((t) => t.length > LIMITS.tag)
          ? `Each tag is at most ${LIMITS.tag} characters.`
          : undefined,
    categories: v.categories.length > LIMITS.categories ? `At most ${LIMITS.categories} job categories.` : undefined,
    salarySeniority:
      v.salarySeniority && !v.salaryCategory ? "Choose the guide's job category too: the seniority narrows its figures." : undefined,
    coverImageUrl:
      v.coverImageUrl.trim() && !/^https:\/\/\S+$/.test(v.coverImageUrl.trim())
        ? "Give the picture's address, starting with https://."
        : !v.coverImageUrl.trim() && v.coverAlt.trim()
          ? "Give the picture's address, or leave its description empty."
          : undefined,
    coverAlt:
      v.coverImageUrl.trim() && !v.coverAlt.trim()
        ? "Say what the cover picture shows, for people who can't see it."
        : tooLong(v.coverAlt, LIMITS.coverAlt),
    body: !v.body.trim() ? "The text can't be empty." : tooLong(v.body, LIMITS.body),
    publishedAt:
      v.publication !== "SCHEDULED"
        ? undefined
        : Number.isNaN(publishAt)
          ? "Choose the day and time it goes live."
          : publishAt <= Date.now()
            ? "Choose a time in the future, or publish it now."
            : undefined,
  };
}

/** What is sent: every field (an update sends them all too; unchanged ones write nothing). */
function inputOf(v: Values, article: LoadedArticle | null): CreateArticleInput {
  const guide = v.section === "SALARY_GUIDE";
  return {
    title: v.title.trim(),
    // A new article with no slug gets one made from its title (an existing one's is never empty: problemsOf).
    slug: v.slug.trim() || null,
    section: v.section,
    author: v.author,
    summary: v.summary.trim(),
    tags: tagsOf(v.tags),
    categories: v.categories,
    salaryCategory: guide && v.salaryCategory ? v.salaryCategory : null,
    salarySeniority: guide && v.salarySeniority ? v.salarySeniority : null,
    coverImageUrl: v.coverImageUrl.trim() || null,
    coverAlt: v.coverImageUrl.trim() ? v.coverAlt.trim() : null,
    body: v.body,
    // Published now is the server's now (publishArticle, after saving); one already published keeps its date.
    publishedAt:
      v.publication === "SCHEDULED"
        ? new Date(v.publishAt).toISOString()
        : v.publication === "PUBLISHED" && article?.status === "PUBLISHED"
          ? article.publishedAt
          : null,
  };
}

const HINTS: Partial<Record<FieldName, string>> = {
  slug: "Lower-case letters, digits and hyphens: the end of the article's address.",
  summary: `One or two sentences for lists, search results and social cards; at most ${LIMITS.summary} characters.`,
  tags: `Separated by commas, e.g. interviews, mlops; at most ${LIMITS.tags}.`,
  categories: `Its page lists their live jobs; at most ${LIMITS.categories}.`,
  salaryCategory: "The guide shows this category's live salary figures, computed from posted ranges.",
  body: "Markdown: ## for a heading, blank lines between paragraphs, - for a list, [text](https://…) for a link. Glossary terms are linked by themselves.",
};

const STATUS_CHOICES: { value: Publication; label: string; hint: string }[] = [
  { value: "DRAFT", label: "Draft", hint: "Only admins see it." },
  { value: "PUBLISHED", label: "Published", hint: "On the site, in its section's feed and the sitemap." },
  { value: "SCHEDULED", label: "Scheduled", hint: "Public from the time below, without anyone touching it." },
];

/** What the notice says after saving. */
function savedMessage(article: { status: ArticleStatus; publishedAt?: string | null; title: string }): string {
  if (article.status === "PUBLISHED") return `“${article.title}” is published.`;
  if (article.status === "SCHEDULED" && article.publishedAt)
    return `“${article.title}” is scheduled for ${formatDate(article.publishedAt)} at ${new Date(article.publishedAt).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}.`;
  return `“${article.title}” is saved as a draft.`;
}

/**
 * An article's editor (`id` null: a new one): its fields, the Markdown text beside a live preview that the
 * API renders exactly as the page will (glossary links included), and whether it is a draft, published or
 * scheduled. Saving keeps the admin here, with the article's address once it is public.
 */
export function ArticleEditor({ id, notice: initialNotice }: { id: string | null; notice?: string | null }) {
  const options = useQuery(EditorOptionsQuery);
  const result = useQuery(AdminArticleQuery, { variables: { id: id ?? "" }, skip: !id, fetchPolicy: "cache-and-network" });
  const article = result.data?.adminArticle ?? null;
  if ((options.error && !options.data) || (result.error && !result.data)) {
    return <ErrorState error={options.error ?? result.error} onRetry={() => void (options.error ? options.refetch() : result.refetch())} />;
  }
  if (!options.data || (id && !result.data)) return <SkeletonLines lines={10} label="Loading the editor" />;
  if (id && !article) {
    return (
      <Notice>
        No article has this address. <Link to={ADMIN_PATHS.articles}>Back to the articles</Link>
      </Notice>
    );
  }
  return <ArticleForm key={article?.id ?? "new"} article={article} options={options.data} initialNotice={initialNotice ?? null} />;
}

function ArticleForm({
  article,
  options,
  initialNotice,
}: {
  article: LoadedArticle | null;
  options: ArticleEditorOptionsQueryQuery;
  initialNotice: string | null;
}) {
  const id = useId();
  const navigate = useNavigate();
  const creating = !article;
  const [values, setValues] = useState<Values>(() => valuesOf(article, options.articleAuthors[0]?.slug ?? ""));
  const [notice, setNotice] = useState<string | null>(initialNotice);
  const [createArticle, created] = useMutation(CreateArticleMutation, ARTICLE_WRITE);
  const [updateArticle, updated] = useMutation(UpdateArticleMutation, ARTICLE_WRITE);
  const [publishArticle, published] = useMutation(PublishArticleMutation, ARTICLE_WRITE);
  const error = created.error ?? updated.error ?? published.error;
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);
  const busy = created.loading || updated.loading || published.loading;
  const body = useSettled(values.body);
  const preview = useQuery(ArticlePreviewQuery, { variables: { input: { body } }, skip: !body.trim() });
  const rendered = body.trim() ? (preview.data ?? preview.previousData)?.articlePreview : undefined;

  useEffect(() => {
    if (creating) document.getElementById(`${id}-title`)?.focus();
  }, [creating, id]);

  const set = <K extends keyof Values>(key: K, value: Values[K], field: FieldName) => {
    setValues((v) => ({ ...v, [key]: value }));
    onEdit(field);
    setNotice(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    for (const m of [created, updated, published]) m.reset();
    const problems = problemsOf(values, creating);
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      const input = inputOf(values, article);
      let saved = getFragmentData(
        SavedArticleFragment,
        article
          ? (await updateArticle({ variables: { id: article.id, input } })).data!.updateArticle.article
          : (await createArticle({ variables: { input } })).data!.createArticle.article,
      );
      if (values.publication === "PUBLISHED" && saved.status !== "PUBLISHED") {
        saved = getFragmentData(SavedArticleFragment, (await publishArticle({ variables: { id: saved.id } })).data!.publishArticle.article);
      }
      if (creating) {
        void navigate(adminArticlePath(saved.id), { replace: true, state: { notice: savedMessage(saved) } });
      } else {
        setNotice(savedMessage(saved));
      }
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  const control = (field: FieldName) => controlProps(id, field, { hint: HINTS[field], error: errors[field] });
  const hint = (field: FieldName) =>
    HINTS[field] && (
      <p className="hint" id={`${id}-${field}-hint`}>
        {HINTS[field]}
        {field === "slug" && creating ? " Left empty, it is made from the title." : ""}
      </p>
    );
  const text = (field: "title" | "slug" | "coverImageUrl" | "coverAlt", label: string) => (
    <Field id={`${id}-${field}`} label={label} error={errors[field]}>
      <input {...control(field)} className="input" value={values[field]} onChange={(e) => set(field, e.target.value, field)} />
      {hint(field)}
    </Field>
  );
  const guide = values.section === "SALARY_GUIDE";
  const publicUrl = article && article.status === "PUBLISHED" ? sitePath(article.url, "/") : null;

  return (
    <form
      className={styles.editor}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={creating ? "New article" : `Edit ${article.title}`}
    >
      {notice && (
        <Notice>
          {notice}
          {publicUrl && (
            <>
              {" "}
              <Link to={publicUrl}>View it on the site</Link>
            </>
          )}
        </Notice>
      )}
      <FormError>{formError}</FormError>
      <section className={`card ${styles.details}`} aria-label="About the article">
        {text("title", "Title")}
        <div className={admin.formRow}>
          <Field id={`${id}-section`} label="Section" error={errors.section}>
            <select
              {...control("section")}
              className="input"
              value={values.section}
              onChange={(e) => set("section", e.target.value as ArticleSection, "section")}
            >
              {SECTION_PAGES.map((s) => (
                <option key={s.section} value={s.section}>
                  {s.title}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-author`} label="Author" error={errors.author}>
            <select
              {...control("author")}
              className="input"
              value={values.author}
              onChange={(e) => set("author", e.target.value, "author")}
            >
              {options.articleAuthors.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {text("slug", creating ? "Slug (optional)" : "Slug")}
        <Field id={`${id}-summary`} label="Summary" error={errors.summary}>
          <textarea
            {...control("summary")}
            className="input"
            rows={2}
            value={values.summary}
            onChange={(e) => set("summary", e.target.value, "summary")}
          />
          {hint("summary")}
        </Field>
        <Field id={`${id}-tags`} label="Tags" error={errors.tags}>
          <input {...control("tags")} className="input" value={values.tags} onChange={(e) => set("tags", e.target.value, "tags")} />
          {hint("tags")}
        </Field>
        <fieldset
          className={styles.categories}
          aria-describedby={describedBy(`${id}-categories`, { hint: HINTS.categories, error: errors.categories })}
        >
          <legend className="form-field__label">Job categories</legend>
          <p className="hint" id={`${id}-categories-hint`}>
            {HINTS.categories}
          </p>
          <div className={styles.checks}>
            {options.jobCategories.map((c) => (
              <label key={c.slug} className={styles.check}>
                <input
                  type="checkbox"
                  checked={values.categories.includes(c.slug)}
                  onChange={(e) =>
                    set(
                      "categories",
                      e.target.checked ? [...values.categories, c.slug] : values.categories.filter((s) => s !== c.slug),
                      "categories",
                    )
                  }
                />
                {c.name}
              </label>
            ))}
          </div>
          {errors.categories && <FieldError id={`${id}-categories-error`}>{errors.categories}</FieldError>}
        </fieldset>
        {guide && (
          <div className={admin.formRow}>
            <Field id={`${id}-salaryCategory`} label="Salary figures for" error={errors.salaryCategory}>
              <select
                {...control("salaryCategory")}
                className="input"
                value={values.salaryCategory}
                onChange={(e) => set("salaryCategory", e.target.value, "salaryCategory")}
              >
                <option value="">No figures</option>
                {options.jobCategories.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </select>
              {hint("salaryCategory")}
            </Field>
            <Field id={`${id}-salarySeniority`} label="Seniority" error={errors.salarySeniority}>
              <select
                {...control("salarySeniority")}
                className="input"
                value={values.salarySeniority}
                onChange={(e) => set("salarySeniority", e.target.value as Seniority | "", "salarySeniority")}
              >
                <option value="">Every seniority</option>
                {Object.entries(SENIORITY_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        )}
        <div className={admin.formRow}>
          {text("coverImageUrl", "Cover picture (optional)")}
          {text("coverAlt", "What the picture shows")}
        </div>
      </section>

      <div className={styles.panes}>
        <div>
          <Field id={`${id}-body`} label="Text" error={errors.body} hint={HINTS.body}>
            <textarea
              {...control("body")}
              className={`input ${styles.markdown}`}
              rows={24}
              spellCheck
              value={values.body}
              onChange={(e) => set("body", e.target.value, "body")}
            />
          </Field>
        </div>
        <section className={styles.preview} aria-label="Preview">
          <p className={styles.previewLabel}>
            Preview{rendered ? ` · ${plural(rendered.readingTimeMinutes, "min")} read` : ""}
            {preview.loading && body.trim() ? " · updating…" : ""}
          </p>
          <h2 className={styles.previewTitle}>{values.title.trim() || "Untitled"}</h2>
          {values.summary.trim() && <p className={styles.previewSummary}>{values.summary.trim()}</p>}
          {rendered ? <Prose html={rendered.html} /> : <p className="muted">What you write appears here as readers will see it.</p>}
        </section>
      </div>

      <fieldset className={`card ${styles.status}`}>
        <legend className="form-field__label">Status</legend>
        {STATUS_CHOICES.map((choice) => (
          <label key={choice.value} className={styles.choice}>
            <input
              type="radio"
              name={`${id}-publication`}
              value={choice.value}
              checked={values.publication === choice.value}
              onChange={() => set("publication", choice.value, "publishedAt")}
            />
            <span>
              <strong>{choice.label}</strong> <span className="muted">{choice.hint}</span>
            </span>
          </label>
        ))}
        {values.publication === "SCHEDULED" && (
          <Field id={`${id}-publishedAt`} label="Goes live at (your time)" error={errors.publishedAt}>
            <input
              {...control("publishedAt")}
              type="datetime-local"
              className={`input ${styles.when}`}
              value={values.publishAt}
              onChange={(e) => set("publishAt", e.target.value, "publishedAt")}
            />
          </Field>
        )}
      </fieldset>

      <div className={admin.formActions}>
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? "Saving…" : creating ? "Create the article" : "Save changes"}
        </button>
        <Link className="button button--secondary" to={ADMIN_PATHS.articles}>
          Back to the articles
        </Link>
      </div>
    </form>
  );
}
