import type { DataSource, EntityManager } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { transactionNamingConstraints, type ConstraintFields } from "../../shared/db/constraint-fields";
import { query, sql } from "../../shared/db/sql";
import { BadUserInputError, type FieldError } from "../../shared/errors/app-error";
import { fromGlobalId, toGlobalId } from "../../shared/graphql/global-id";
import type { Actor, AuditService } from "../audit";
import type { CreateGlossaryTermInput, UpdateGlossaryTermInput } from "./glossary-admin.inputs";
import { slugFor } from "../../shared/text/slug";
import { GLOSSARY_LIMITS } from "./glossary-limits";
import { GlossaryTerm } from "./glossary-term.entity";

/** A term as admins edit it and as the audit log keeps it: its columns, with its category, FAQs and related terms by slug. */
export interface GlossaryTermState {
  term: string;
  slug: string;
  aliases: string[];
  shortDefinition: string;
  body: string;
  howItWorks: string | null;
  careerRelevance: string | null;
  relatedCategory: string | null;
  faqs: { question: string; answer: string }[];
  relatedTerms: string[];
}

const STATE_KEYS = [
  "term",
  "slug",
  "aliases",
  "shortDefinition",
  "body",
  "howItWorks",
  "careerRelevance",
  "relatedCategory",
  "faqs",
  "relatedTerms",
] as const satisfies readonly (keyof GlossaryTermState)[];

/** Whether two states say the same (FAQs compared question and answer, in order). */
function same<K extends keyof GlossaryTermState>(
  a: GlossaryTermState,
  b: GlossaryTermState,
  keys: readonly K[] = STATE_KEYS as never,
): boolean {
  const text = (s: GlossaryTermState) => JSON.stringify(keys.map((k) => (k === "faqs" ? s.faqs.map((f) => [f.question, f.answer]) : s[k])));
  return text(a) === text(b);
}

/** Unique keys and foreign keys of the glossary's tables, and the input field each is about (for a write that lost a race). */
const CONSTRAINT_FIELDS: ConstraintFields = {
  glossary_terms_slug_key: { field: "input.slug", message: "Another term has this slug." },
  glossary_terms_term_key: { field: "input.term", message: "Another term has this name." },
  glossary_terms_related_category_id_fkey: { field: "input.relatedCategory", message: "That job category no longer exists." },
  glossary_related_terms_related_term_id_fkey: { field: "input.relatedTerms", message: "One of these terms no longer exists." },
};

/** Text as stored: trimmed at both ends, left as written inside (blank lines separate paragraphs). */
const clean = (text: string) => text.trim();
const cleanOptional = (text: string | null | undefined) => (text == null || text.trim() === "" ? null : text.trim());

/**
 * Admins' edits of the AI Glossary: create, update and delete terms with their FAQs and related
 * terms, each in one transaction with its audit entry (the term before and after). Everything the
 * database must confirm (unique names and slugs, that the category and related terms exist, that no
 * alias names another term) is checked before anything is written, and every problem is reported at
 * once, beside its field.
 *
 * Nothing about the glossary is kept in process memory: public reads and the matching of terms in job
 * descriptions read the tables on every request (glossary-matcher.ts memoises only on the names
 * themselves), so a change is visible to the next read in every API process.
 */
export class GlossaryAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateGlossaryTermInput): Promise<GlossaryTerm> {
    const term = clean(input.term);
    const slug = input.slug ?? slugFor(term, GLOSSARY_LIMITS.slug);
    const next: GlossaryTermState = {
      term,
      slug,
      aliases: uniqueAliases(input.aliases, term),
      shortDefinition: clean(input.shortDefinition),
      body: clean(input.body),
      howItWorks: cleanOptional(input.howItWorks),
      careerRelevance: cleanOptional(input.careerRelevance),
      relatedCategory: input.relatedCategory ?? null,
      faqs: input.faqs.map((f) => ({ question: clean(f.question), answer: clean(f.answer) })),
      relatedTerms: input.relatedTerms,
    };
    return this.write(async (manager) => {
      const problems: FieldError[] = [];
      if (!slug)
        problems.push({ field: "input.slug", message: "Give the term a slug: its name has no letters or digits to make one from." });
      const refs = await this.check(manager, next, null, problems);
      const [{ id }] = await query<{ id: number }>(
        manager,
        sql`INSERT INTO glossary_terms (slug, term, short_definition, body, how_it_works, career_relevance, aliases, related_category_id)
          VALUES (${sql.value(next.slug)}, ${sql.value(next.term)}, ${sql.value(next.shortDefinition)}, ${sql.value(next.body)},
            ${sql.value(next.howItWorks)}, ${sql.value(next.careerRelevance)}, ${sql.value(next.aliases)}::text[], ${sql.value(refs.categoryId)})
          RETURNING id`,
      );
      await this.replaceFaqs(manager, id, next.faqs);
      await this.replaceRelated(manager, id, refs.relatedIds);
      await this.audit.record(manager, actor, {
        action: "glossaryTerm.create",
        targetType: "GlossaryTerm",
        targetId: id,
        before: null,
        after: { id, ...next },
      });
      return this.row(manager, id);
    });
  }

  /** Applies the fields given; returns the term unchanged (writing nothing) when they change nothing. */
  async update(actor: Actor, globalId: string, input: UpdateGlossaryTermInput): Promise<GlossaryTerm> {
    const id = termId(globalId);
    const problems: FieldError[] = [];
    for (const [field, what] of [
      ["term", "The term"],
      ["slug", "The slug"],
      ["shortDefinition", "The short definition"],
      ["body", "The explanation"],
    ] as const) {
      if (input[field] === null) problems.push({ field: `input.${field}`, message: `${what} can't be empty.` });
    }
    if (problems.length) throw new BadUserInputError(problems);
    return this.write(async (manager) => {
      const before = await this.lockedState(manager, id);
      const term = input.term != null ? clean(input.term) : before.term;
      const next: GlossaryTermState = {
        term,
        slug: input.slug ?? before.slug,
        aliases: input.aliases !== undefined ? uniqueAliases(input.aliases ?? [], term) : before.aliases,
        shortDefinition: input.shortDefinition != null ? clean(input.shortDefinition) : before.shortDefinition,
        body: input.body != null ? clean(input.body) : before.body,
        howItWorks: input.howItWorks !== undefined ? cleanOptional(input.howItWorks) : before.howItWorks,
        careerRelevance: input.careerRelevance !== undefined ? cleanOptional(input.careerRelevance) : before.careerRelevance,
        relatedCategory: input.relatedCategory !== undefined ? input.relatedCategory : before.relatedCategory,
        faqs:
          input.faqs != null
            ? input.faqs.map((f) => ({ question: clean(f.question), answer: clean(f.answer) }))
            : input.faqs === null
              ? []
              : before.faqs,
        relatedTerms: input.relatedTerms !== undefined ? (input.relatedTerms ?? []) : before.relatedTerms,
      };
      if (same(next, before)) return this.row(manager, id);
      const refs = await this.check(manager, next, id, problems);
      await query(
        manager,
        sql`UPDATE glossary_terms SET slug = ${sql.value(next.slug)}, term = ${sql.value(next.term)},
            short_definition = ${sql.value(next.shortDefinition)}, body = ${sql.value(next.body)},
            how_it_works = ${sql.value(next.howItWorks)}, career_relevance = ${sql.value(next.careerRelevance)},
            aliases = ${sql.value(next.aliases)}::text[], related_category_id = ${sql.value(refs.categoryId)}, updated_at = now()
          WHERE id = ${sql.value(id)}`,
      );
      if (!same(next, before, ["faqs"])) await this.replaceFaqs(manager, id, next.faqs);
      if (!same(next, before, ["relatedTerms"])) await this.replaceRelated(manager, id, refs.relatedIds);
      await this.audit.record(manager, actor, {
        action: "glossaryTerm.update",
        targetType: "GlossaryTerm",
        targetId: id,
        before: { id, ...before },
        after: { id, ...next },
      });
      return this.row(manager, id);
    });
  }

  /**
   * Deletes a term with its FAQs and its links to and from other terms. The audit entry keeps all of
   * it, and which terms linked to it (`linkedFrom`), so it can be put back by hand.
   */
  async delete(actor: Actor, globalId: string): Promise<{ deletedId: string; slug: string }> {
    const id = termId(globalId);
    return this.write(async (manager) => {
      const before = await this.lockedState(manager, id);
      const linkedFrom = await query<{ slug: string }>(
        manager,
        sql`SELECT t.slug FROM glossary_related_terms r JOIN glossary_terms t ON t.id = r.term_id
          WHERE r.related_term_id = ${sql.value(id)} ORDER BY t.slug`,
      );
      await query(manager, sql`DELETE FROM glossary_terms WHERE id = ${sql.value(id)}`);
      await this.audit.record(manager, actor, {
        action: "glossaryTerm.delete",
        targetType: "GlossaryTerm",
        targetId: id,
        before: { id, ...before, linkedFrom: linkedFrom.map((r) => r.slug) },
        after: null,
      });
      return { deletedId: toGlobalId("GlossaryTerm", id), slug: before.slug };
    });
  }

  /**
   * Checks `next` against the other terms (all but `selfId`), adding to `problems`, and throws them all
   * as one BAD_USER_INPUT; returns the ids its slugs name.
   */
  private async check(
    manager: EntityManager,
    next: GlossaryTermState,
    selfId: number | null,
    problems: FieldError[],
  ): Promise<{ categoryId: number | null; relatedIds: number[] }> {
    const others = sql`t.id IS DISTINCT FROM ${sql.value(selfId)}::integer`;
    const [clash] = await query<{ slugTaken: string | null; termTaken: string | null }>(
      manager,
      sql`SELECT (SELECT t.term FROM glossary_terms t WHERE t.slug = ${sql.value(next.slug)} AND ${others}) AS "slugTaken",
          (SELECT t.term FROM glossary_terms t WHERE ${others}
             AND lower(${sql.value(next.term)}) = ANY(SELECT lower(n) FROM unnest(t.term || t.aliases) n) LIMIT 1) AS "termTaken"`,
    );
    if (clash.slugTaken != null) problems.push({ field: "input.slug", message: `“${clash.slugTaken}” already has this slug.` });
    if (clash.termTaken != null) problems.push({ field: "input.term", message: `“${clash.termTaken}” already goes by this name.` });

    if (next.aliases.length) {
      const taken = await query<{ alias: string; term: string }>(
        manager,
        sql`SELECT a.alias, t.term FROM unnest(${sql.value(next.aliases)}::text[]) a(alias)
          JOIN glossary_terms t ON ${others} AND lower(a.alias) = ANY(SELECT lower(n) FROM unnest(t.term || t.aliases) n)
          ORDER BY a.alias`,
      );
      if (taken.length) {
        const names = taken.map((r) => `“${r.alias}” names “${r.term}”`).join("; ");
        problems.push({ field: "input.aliases", message: `An alias must not be another term's name: ${names}.` });
      }
    }

    let categoryId: number | null = null;
    if (next.relatedCategory != null) {
      const [category] = await query<{ id: number }>(
        manager,
        sql`SELECT c.id FROM job_categories c WHERE c.slug = ${sql.value(next.relatedCategory)}`,
      );
      if (category) categoryId = category.id;
      else problems.push({ field: "input.relatedCategory", message: `No job category has the slug “${next.relatedCategory}”.` });
    }

    const relatedIds: number[] = [];
    if (next.relatedTerms.length) {
      const found = await query<{ id: number; slug: string }>(
        manager,
        sql`SELECT t.id, t.slug FROM glossary_terms t WHERE t.slug = ANY(${sql.value(next.relatedTerms)}::text[]) AND ${others}`,
      );
      const idBySlug = new Map(found.map((r) => [r.slug, r.id]));
      const seen = new Set<string>();
      const unknown: string[] = [];
      for (const slug of next.relatedTerms) {
        if (slug === next.slug) {
          problems.push({ field: "input.relatedTerms", message: "A term can't be related to itself." });
        } else if (seen.has(slug)) {
          problems.push({ field: "input.relatedTerms", message: `“${slug}” is listed twice.` });
        } else if (!idBySlug.has(slug)) {
          unknown.push(slug);
        } else {
          relatedIds.push(idBySlug.get(slug)!);
        }
        seen.add(slug);
      }
      if (unknown.length) {
        problems.push({ field: "input.relatedTerms", message: `No term has the slug ${unknown.map((s) => `“${s}”`).join(", ")}.` });
      }
    }
    if (problems.length) throw new BadUserInputError(problems);
    return { categoryId, relatedIds };
  }

  /** The term as it stands, locked for this transaction; BAD_USER_INPUT on `id` when there is none. */
  private async lockedState(manager: EntityManager, id: number): Promise<GlossaryTermState> {
    const locked = await query(manager, sql`SELECT t.id FROM glossary_terms t WHERE t.id = ${sql.value(id)} FOR UPDATE`);
    if (!locked.length) throw BadUserInputError.field("id", "No glossary term has this id.");
    const [state] = await query<GlossaryTermState>(
      manager,
      sql`SELECT t.term, t.slug, t.aliases, t.short_definition AS "shortDefinition", t.body, t.how_it_works AS "howItWorks",
          t.career_relevance AS "careerRelevance", c.slug AS "relatedCategory",
          coalesce((SELECT json_agg(json_build_object('question', f.question, 'answer', f.answer) ORDER BY f.position)
                    FROM glossary_faqs f WHERE f.term_id = t.id), '[]') AS faqs,
          coalesce((SELECT json_agg(o.slug ORDER BY r.position)
                    FROM glossary_related_terms r JOIN glossary_terms o ON o.id = r.related_term_id WHERE r.term_id = t.id), '[]') AS "relatedTerms"
        FROM glossary_terms t LEFT JOIN job_categories c ON c.id = t.related_category_id
        WHERE t.id = ${sql.value(id)}`,
    );
    return state;
  }

  private async replaceFaqs(manager: EntityManager, id: number, faqs: GlossaryTermState["faqs"]): Promise<void> {
    await query(manager, sql`DELETE FROM glossary_faqs WHERE term_id = ${sql.value(id)}`);
    if (!faqs.length) return;
    await query(
      manager,
      sql`INSERT INTO glossary_faqs (term_id, position, question, answer)
        SELECT ${sql.value(id)}, f.ord - 1, f.question, f.answer
        FROM unnest(${sql.value(faqs.map((f) => f.question))}::text[], ${sql.value(faqs.map((f) => f.answer))}::text[])
          WITH ORDINALITY AS f(question, answer, ord)`,
    );
  }

  private async replaceRelated(manager: EntityManager, id: number, relatedIds: number[]): Promise<void> {
    await query(manager, sql`DELETE FROM glossary_related_terms WHERE term_id = ${sql.value(id)}`);
    if (!relatedIds.length) return;
    await query(
      manager,
      sql`INSERT INTO glossary_related_terms (term_id, related_term_id, position)
        SELECT ${sql.value(id)}, r.id, r.ord - 1 FROM unnest(${sql.value(relatedIds)}::int[]) WITH ORDINALITY AS r(id, ord)`,
    );
  }

  private async row(manager: EntityManager, id: number): Promise<GlossaryTerm> {
    const [row] = await query<GlossaryTerm>(
      manager,
      sql`SELECT ${selectColumns(this.ds, GlossaryTerm, "t")} FROM glossary_terms t WHERE t.id = ${sql.value(id)}`,
    );
    return row;
  }

  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return transactionNamingConstraints(this.ds, CONSTRAINT_FIELDS, work);
  }
}

/** The glossary term a global id names; anything else is BAD_USER_INPUT on `id`. */
function termId(globalId: string): number {
  const ref = fromGlobalId(globalId);
  if (ref?.type !== "GlossaryTerm") throw BadUserInputError.field("id", "is not the id of a glossary term");
  return ref.id;
}

/** Aliases trimmed, without repeats (any case) and without the term's own name. */
function uniqueAliases(aliases: readonly string[], term: string): string[] {
  const seen = new Set([term.toLowerCase()]);
  const result: string[] = [];
  for (const alias of aliases.map(clean)) {
    if (seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    result.push(alias);
  }
  return result;
}
