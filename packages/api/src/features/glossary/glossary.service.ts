import type { DataSource } from "typeorm";
import { fromJsonColumns, jsonColumns, selectColumns } from "../../shared/db/columns";
import { queryPrepared } from "../../shared/db/prepared";
import { JobCategory } from "../categories";
import type { FirstPageRow, JobInclude, JobService, JobWithRelations } from "../jobs";
import { keysetConnection } from "../../shared/db/keyset";
import { containsPattern, query, sql, type SQL } from "../../shared/db/sql";
import type { Connection, ConnectionArgs } from "../../shared/graphql/connection";
import { manyByKey } from "../../shared/loaders/key-order";
import { GlossaryFaq, GlossaryTerm } from "./glossary-term.entity";
import { LRUCache } from "lru-cache";
import { termLinker, termMatcher } from "./glossary-matcher";
import type { GlossaryTermFilter } from "./glossary.inputs";
import type { GlossaryLetter } from "./glossary.types";
import { rowsByIds } from "../../shared/db/rows";
import { markdownToSafeHtml } from "../../shared/text/markdown";

/** Index letters: A to Z and "#". */
export const MAX_LETTERS = 27;
/** Related terms and FAQs a term shows at most. */
export const MAX_RELATED_TERMS = 20;
export const MAX_FAQS = 20;
/** Glossary terms a job description links at most. */
export const MAX_MENTIONED_TERMS = 20;

/** The index letter of a term: A to Z, or "#" for anything else. */
const LETTER_SQL = sql`CASE WHEN upper(left(t.term, 1)) BETWEEN 'A' AND 'Z' THEN upper(left(t.term, 1)) ELSE '#' END`;

/** What a term's page reads beside the term, so that one statement brings it all (see `page`). */
export interface TermPageInclude {
  faqs?: boolean;
  relatedTerms?: boolean;
  relatedCategory?: boolean;
  /** The related category's first page of live jobs. */
  categoryJobs?: { first: number; include: JobInclude } | null;
}

/** A term's page, as `page` reads it. */
export interface TermPage {
  term: GlossaryTerm;
  faqs?: GlossaryFaq[];
  relatedTerms?: GlossaryTerm[];
  relatedCategory?: JobCategory | null;
  categoryJobs?: { total: number; connection: Connection<JobWithRelations> } | null;
}

export class GlossaryService {
  constructor(
    private readonly ds: DataSource,
    /** Reads the related category's jobs in a term page's own statement. */
    private readonly jobs: Pick<JobService, "firstPageOf" | "liveCountOf" | "firstPageConnection">,
    /** Where a term's page is, for the links in job descriptions. */
    private readonly termUrl: (slug: string) => string,
  ) {}

  private get columns(): SQL {
    return selectColumns(this.ds, GlossaryTerm, "t");
  }

  /** Terms A to Z. */
  async connection(filter: GlossaryTermFilter | null | undefined, page: ConnectionArgs): Promise<Connection<GlossaryTerm>> {
    const where: SQL[] = [];
    if (filter?.letter) where.push(sql`${LETTER_SQL} = ${sql.value(filter.letter.toUpperCase())}`);
    const text = filter?.query?.trim();
    if (text) {
      const pattern = sql.value(containsPattern(text));
      where.push(sql`(t.term ILIKE ${pattern} OR t.short_definition ILIKE ${pattern} OR array_to_string(t.aliases, ' ') ILIKE ${pattern})`);
    }
    return keysetConnection<GlossaryTerm>(
      this.ds,
      {
        select: this.columns,
        from: sql`glossary_terms t`,
        where,
        sort: { name: "term", key: sql`lower(t.term)`, keyType: "text", direction: "ASC", id: sql`t.id` },
      },
      page,
    );
  }

  /** Letters that have terms, with their counts. */
  async letters(): Promise<GlossaryLetter[]> {
    return query<GlossaryLetter>(
      this.ds,
      sql`SELECT ${LETTER_SQL} AS letter, count(*)::int AS count FROM glossary_terms t GROUP BY 1 ORDER BY 1`,
    );
  }

  /**
   * A term's page in one statement: the term by slug with what `include` asks for (its FAQs, related
   * terms, related category and that category's first page of live jobs); null for no such term.
   */
  async page(slug: string, include: TermPageInclude): Promise<TermPage | null> {
    const parts: SQL[] = [sql`'term', ${jsonColumns(this.ds, GlossaryTerm, "t")}`];
    if (include.faqs) {
      parts.push(sql`'faqs', coalesce((SELECT json_agg(${jsonColumns(this.ds, GlossaryFaq, "f")} ORDER BY f.position)
        FROM glossary_faqs f WHERE f.term_id = t.id), '[]'::json)`);
    }
    if (include.relatedTerms) {
      parts.push(sql`'relatedTerms', coalesce((SELECT json_agg(${jsonColumns(this.ds, GlossaryTerm, "r")} ORDER BY gr.position)
        FROM glossary_related_terms gr JOIN glossary_terms r ON r.id = gr.related_term_id WHERE gr.term_id = t.id), '[]'::json)`);
    }
    if (include.relatedCategory) {
      parts.push(
        sql`'relatedCategory', (SELECT ${jsonColumns(this.ds, JobCategory, "c")} FROM job_categories c WHERE c.id = t.related_category_id)`,
      );
    }
    const jobs = include.relatedCategory ? include.categoryJobs : null;
    type Row = FirstPageRow & { __parent: Record<string, any>; __total: number | null };
    const rows = await queryPrepared<Row>(
      this.ds,
      jobs
        ? sql`SELECT json_build_object(${sql.join(parts, ", ")}) AS "__parent", n.total AS "__total", page.*
          FROM glossary_terms t
          LEFT JOIN LATERAL (${this.jobs.liveCountOf("category", sql`t.related_category_id`)}) n ON true
          LEFT JOIN LATERAL (${this.jobs.firstPageOf("category", sql`t.related_category_id`, jobs.first, jobs.include)}) page ON true
          WHERE t.slug = ${sql.value(slug)}::text ORDER BY page."__n"`
        : sql`SELECT json_build_object(${sql.join(parts, ", ")}) AS "__parent", NULL::int AS "__total"
          FROM glossary_terms t WHERE t.slug = ${sql.value(slug)}::text`,
    );
    if (!rows.length) return null;
    const { __parent: found, __total: total } = rows[0];
    const category = found.relatedCategory ? fromJsonColumns(this.ds, JobCategory, found.relatedCategory) : null;
    return {
      term: fromJsonColumns(this.ds, GlossaryTerm, found.term),
      faqs: found.faqs?.map((f: Record<string, unknown>) => fromJsonColumns(this.ds, GlossaryFaq, f)),
      relatedTerms: found.relatedTerms?.map((r: Record<string, unknown>) => fromJsonColumns(this.ds, GlossaryTerm, r)),
      relatedCategory: include.relatedCategory ? category : undefined,
      categoryJobs:
        jobs && category
          ? { total: total ?? 0, connection: this.jobs.firstPageConnection(rows, jobs.first, Promise.resolve(total ?? 0)) }
          : null,
    };
  }

  byIds(ids: readonly number[]): Promise<(GlossaryTerm | null)[]> {
    return rowsByIds(this.ds, GlossaryTerm, ids);
  }

  /**
   * The terms each text mentions (by term or alias, whole words), A to Z. `generation` is the
   * glossary's, when the caller read it alongside the texts (JobService does, in the job's own
   * statement); without it, this reads it (one statement). The glossary is read again only after
   * it has changed, and each text is matched once per glossary generation.
   */
  async mentionedIn(texts: readonly string[], generation?: string | null): Promise<GlossaryTerm[][]> {
    const glossary = await this.glossary(generation ?? (await this.generation()));
    return texts.map((text) => glossary.mentionedIn(text));
  }

  /**
   * Each Markdown text (a job's description, an article's body) rendered to sanitised HTML with the first
   * mention of each term linked to the term's page; `generation` as for mentionedIn. Each text is rendered
   * once per process and linked once per glossary generation.
   */
  async linkedHtml(markdowns: readonly string[], generation?: string | null): Promise<string[]> {
    const glossary = await this.glossary(generation ?? (await this.generation()));
    return markdowns.map((markdown) => glossary.linkedIn(markdownToSafeHtml(markdown)));
  }

  /** The glossary's generation: bumped by every committed write to glossary_terms. */
  private async generation(): Promise<string> {
    const [row] = await query<{ generation: string }>(
      this.ds,
      sql`SELECT g.generation::text AS generation FROM cache_generations g WHERE g.scope = 'glossary'`,
    );
    return row.generation;
  }

  private current: Promise<GlossarySnapshot> | null = null;

  /** The whole glossary as of `generation` or later: the one held, or read again (one statement) when it is older. */
  private async glossary(generation: string): Promise<GlossarySnapshot> {
    const held = this.current && (await this.current.catch(() => null));
    if (held && BigInt(held.generation) >= BigInt(generation)) return held;
    const reading = (async () => {
      const rows = await query<GlossaryTerm & { glossaryGeneration: string }>(
        this.ds,
        sql`SELECT g.generation::text AS "glossaryGeneration", ${this.columns}
          FROM cache_generations g JOIN glossary_terms t ON true WHERE g.scope = 'glossary' ORDER BY t.id`,
      );
      // No terms: nothing to mention, at the generation asked about.
      return new GlossarySnapshot(rows[0]?.glossaryGeneration ?? generation, rows, this.termUrl);
    })();
    this.current = reading;
    return reading;
  }

  /** Each term's related terms, in their editorial order. */
  async relatedByTermIds(termIds: readonly number[]): Promise<GlossaryTerm[][]> {
    const rows = await query<GlossaryTerm & { parentKey: number }>(
      this.ds,
      sql`SELECT r.term_id AS "parentKey", ${this.columns} FROM glossary_related_terms r JOIN glossary_terms t ON t.id = r.related_term_id
       WHERE r.term_id = ANY(${sql.value(termIds)}::int[]) ORDER BY r.position`,
    );
    return manyByKey(termIds, rows);
  }

  /** Each term's FAQs, in order. */
  async faqsByTermIds(termIds: readonly number[]): Promise<GlossaryFaq[][]> {
    const rows = await query<GlossaryFaq & { parentKey: number }>(
      this.ds,
      sql`SELECT f.term_id AS "parentKey", ${selectColumns(this.ds, GlossaryFaq, "f")} FROM glossary_faqs f
       WHERE f.term_id = ANY(${sql.value(termIds)}::int[]) ORDER BY f.position`,
    );
    return manyByKey(termIds, rows);
  }
}

/** The glossary at one generation: which of its terms each text mentions, and each HTML with them linked (remembered, bounded). */
class GlossarySnapshot {
  private readonly match: (text: string) => number[];
  private readonly link: (html: string) => string;
  private readonly byId: Map<number, GlossaryTerm>;
  private readonly mentions = new LRUCache<string, GlossaryTerm[]>({
    maxSize: 16 * 1024 * 1024,
    sizeCalculation: (_terms, text) => 1 + text.length,
  });
  private readonly links = new LRUCache<string, string>({
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: (linked, html) => 1 + linked.length + html.length,
  });

  constructor(
    readonly generation: string,
    terms: GlossaryTerm[],
    termUrl: (slug: string) => string,
  ) {
    const names = terms.map((t) => ({ id: t.id, names: [t.term, ...t.aliases] }));
    this.match = termMatcher(names);
    this.byId = new Map(terms.map((t) => [t.id, t]));
    this.link = termLinker(names, (id) => termUrl(this.byId.get(id)!.slug));
  }

  mentionedIn(text: string): GlossaryTerm[] {
    let terms = this.mentions.get(text);
    if (!terms) {
      terms = this.match(text)
        .map((id) => this.byId.get(id)!)
        .sort((a, b) => a.term.localeCompare(b.term));
      this.mentions.set(text, terms);
    }
    return terms;
  }

  linkedIn(html: string): string {
    let linked = this.links.get(html);
    if (linked === undefined) {
      linked = this.link(html);
      this.links.set(html, linked);
    }
    return linked;
  }
}
