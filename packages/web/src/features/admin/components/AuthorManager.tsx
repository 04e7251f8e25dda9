import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { graphql } from "../../../generated";
import table from "../../../shared/ui/DataTable.module.css";
import { Field, FormError, controlProps } from "../../../shared/ui/FormField";
import { Notice } from "../../../shared/ui/Notice";
import { ErrorState, SkeletonLines } from "../../../shared/ui/states";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError, formErrors, tooLong } from "../../../shared/utils/formErrors";
import { slugProblem } from "../../../shared/utils/slug";
import { sitePath } from "../../../shared/utils/format";
import { API_LIMITS } from "../../../shared/utils/apiLimits";
import admin from "./Admin.module.css";

const AdminAuthorsQuery = graphql(`
  query AdminAuthorsQuery {
    articleAuthors {
      slug
      name
      bio
      url
    }
  }
`);

const CreateArticleAuthorMutation = graphql(`
  mutation CreateArticleAuthorMutation($input: ArticleAuthorInput!) {
    createArticleAuthor(input: $input) {
      author {
        slug
        name
      }
    }
  }
`);

const UpdateArticleAuthorMutation = graphql(`
  mutation UpdateArticleAuthorMutation($slug: String!, $input: ArticleAuthorInput!) {
    updateArticleAuthor(slug: $slug, input: $input) {
      author {
        slug
        name
      }
    }
  }
`);

/** After a write, the authors' list and the editor's choice of authors are fetched again. */
const AUTHOR_WRITE = { refetchQueries: ["AdminAuthorsQuery", "ArticleEditorOptionsQuery"] };

const LIMITS = { name: API_LIMITS.article.authorName, bio: API_LIMITS.article.authorBio };
const FIELDS = ["name", "slug", "bio"] as const;
type FieldName = (typeof FIELDS)[number];
type Author = { slug: string; name: string; bio: string };

function problemsOf(v: Author, creating: boolean): Partial<Record<FieldName, string>> {
  return {
    name: !v.name.trim() ? "Give the author's name." : tooLong(v.name, LIMITS.name),
    slug: !v.slug.trim() && creating ? undefined : slugProblem(v.slug.trim(), "maya-okafor"),
    bio: !v.bio.trim() ? "Say a few words about them." : tooLong(v.bio, LIMITS.bio),
  };
}

/** A new author (`author` null) or an author's name, slug and bio. */
function AuthorForm({ author, onSaved, onCancel }: { author: Author | null; onSaved: (message: string) => void; onCancel: () => void }) {
  const id = useId();
  const [values, setValues] = useState<Author>(author ?? { name: "", slug: "", bio: "" });
  const [create, created] = useMutation(CreateArticleAuthorMutation, AUTHOR_WRITE);
  const [update, updated] = useMutation(UpdateArticleAuthorMutation, AUTHOR_WRITE);
  const { errors, formError, onEdit, check } = useFormErrors(created.error ?? updated.error, FIELDS);
  const busy = created.loading || updated.loading;
  const title = author ? `Edit ${author.name}` : "New author";

  async function submit(event: FormEvent) {
    event.preventDefault();
    created.reset();
    updated.reset();
    const problems = problemsOf(values, !author);
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    const input = { name: values.name.trim(), slug: values.slug.trim() || null, bio: values.bio.trim() };
    try {
      const saved = author
        ? (await update({ variables: { slug: author.slug, input } })).data!.updateArticleAuthor.author
        : (await create({ variables: { input } })).data!.createArticleAuthor.author;
      onSaved(author ? `Saved ${saved.name}.` : `Added ${saved.name}: they can be chosen as an article's author.`);
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  const set = (field: FieldName, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    onEdit(field);
  };
  const bioHint = `A few sentences for their page and under their articles; at most ${LIMITS.bio} characters.`;
  const control = (field: FieldName) => controlProps(id, field, { hint: field === "bio" ? bioHint : undefined, error: errors[field] });
  return (
    <form className={`card ${admin.planEditor} ${admin.planForm}`} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <h3 className={admin.editorTitle}>{title}</h3>
      <FormError>{formError}</FormError>
      <div className={admin.formRow}>
        <Field id={`${id}-name`} label="Name" error={errors.name}>
          <input {...control("name")} className="input" value={values.name} onChange={(e) => set("name", e.target.value)} />
        </Field>
        <Field id={`${id}-slug`} label={author ? "Slug" : "Slug (optional)"} error={errors.slug}>
          <input {...control("slug")} className="input" value={values.slug} onChange={(e) => set("slug", e.target.value)} />
        </Field>
      </div>
      <Field id={`${id}-bio`} label="Bio" error={errors.bio} hint={bioHint}>
        <textarea {...control("bio")} className="input" rows={3} value={values.bio} onChange={(e) => set("bio", e.target.value)} />
      </Field>
      <div className={admin.formActions}>
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? "Saving…" : author ? "Save changes" : "Add the author"}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Who writes the articles: add one, or change a name, slug or bio. */
export function AuthorManager() {
  const id = useId();
  const result = useQuery(AdminAuthorsQuery, { fetchPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<{ slug: string | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <SkeletonLines lines={3} label="Loading the authors" />;
  const authors = result.data.articleAuthors;
  const edited = editing?.slug ? (authors.find((a) => a.slug === editing.slug) ?? null) : null;
  const open = (slug: string | null) => {
    setNotice(null);
    setEditing({ slug });
  };
  return (
    <section aria-labelledby={`${id}-heading`} className={admin.section}>
      <div className={admin.sectionHead}>
        <h2 id={`${id}-heading`}>Authors ({authors.length})</h2>
        {!editing && (
          <button type="button" className="button button--secondary" onClick={() => open(null)}>
            New author
          </button>
        )}
      </div>
      {notice && <Notice>{notice}</Notice>}
      {editing && (
        <AuthorForm
          key={editing.slug ?? "new"}
          author={edited}
          onSaved={(message) => {
            setEditing(null);
            setNotice(message);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <div className={table.wrap}>
        <table className={table.table} aria-label="Authors">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Bio</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {authors.map((a) => (
              <tr key={a.slug}>
                <th scope="row">
                  <Link to={sitePath(a.url, "/")}>{a.name}</Link>
                </th>
                <td>{a.bio}</td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Edit ${a.name}`}
                    onClick={() => open(a.slug)}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
