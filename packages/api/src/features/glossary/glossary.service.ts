import type { DataSource } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { keysetConnection } from "../../shared/db/keyset";
import { containsPattern, query, sql, type SQL } from "../../shared/db/sql";
import type { Connection, ConnectionArgs } from "../../shared/graphql/connection";
import { manyByKey } from "../../shared/loaders/key-order";
import { GlossaryFaq, GlossaryTerm } from "./glossary-term.entity";
import { termsMentioned, type TermNames } from "./glossary-matcher";
import type { GlossaryTermFilter } from "./glossary.inputs";
import type { GlossaryLetter } from "./glossary.types";
import { rowBySlug, rowsByIds } from "../../shared/db/rows";

/** Index letters: A to Z and "#". */
export const MAX_LETTERS = 27;
/** Related terms and FAQs a term shows at most. */
export const MAX_RELATED_TERMS = 20;
export const MAX_FAQS = 20;
/** Glossary terms a job description links at most. */
export const MAX_MENTIONED_TERMS = 20;

/** The index letter of a term: A to Z, or "#" for anything else. */
const LETTER_SQL = sql`CASE WHEN upper(left(t.term, 1)) BETWEEN 'A' AND 'Z' THEN upper(left(t.term, 1)) ELSE '#' END`;

export class GlossaryService {
  constructor(private readonly ds: DataSource) {}

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

  bySlug(slug: string): Promise<GlossaryTerm | null> {
    return rowBySlug(this.ds, GlossaryTerm, slug);
  }

  byIds(ids: readonly number[]): Promise<(GlossaryTerm | null)[]> {
    return rowsByIds(this.ds, GlossaryTerm, ids);
  }

  /** The terms each text mentions (by term or alias, whole words), A to Z. */
  async mentionedIn(texts: readonly string[]): Promise<GlossaryTerm[][]> {
    const names = await query<TermNames>(this.ds, sql`SELECT t.id, t.term || t.aliases AS names FROM glossary_terms t ORDER BY t.id`);
    const idsPerText = texts.map((text) => termsMentioned(names, text));
    const ids = [...new Set(idsPerText.flat())];
    if (ids.length === 0) return texts.map(() => []);
    const byId = new Map((await this.byIds(ids)).filter((t) => t != null).map((t) => [t.id, t]));
    return idsPerText.map((list) =>
      list
        .map((id) => byId.get(id))
        .filter((t) => t != null)
        .sort((a, b) => a.term.localeCompare(b.term)),
    );
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
