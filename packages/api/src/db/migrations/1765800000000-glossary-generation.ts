import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A `glossary` generation (see the result-cache migration): every write to glossary_terms bumps it
 * at commit, so a process that keeps the glossary in memory (to find the terms a job description
 * mentions) knows, from one number read alongside a job, whether what it holds is current.
 */
export class GlossaryGeneration1765800000000 implements MigrationInterface {
  name = "GlossaryGeneration1765800000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO "cache_generations" ("scope") VALUES ('glossary') ON CONFLICT DO NOTHING`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER "glossary_terms_bump_glossary_generation" AFTER INSERT OR UPDATE OR DELETE ON "glossary_terms"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_cache_generation"('glossary')`);
    await q.query(`
      CREATE TRIGGER "glossary_terms_truncate_bump_glossary_generation" AFTER TRUNCATE ON "glossary_terms"
      FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_generation"('glossary')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS "glossary_terms_bump_glossary_generation" ON "glossary_terms"`);
    await q.query(`DROP TRIGGER IF EXISTS "glossary_terms_truncate_bump_glossary_generation" ON "glossary_terms"`);
    await q.query(`DELETE FROM "result_cache" WHERE "scope" = 'glossary'`);
    await q.query(`DELETE FROM "cache_generations" WHERE "scope" = 'glossary'`);
  }
}
