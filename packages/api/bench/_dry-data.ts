import type { DataSource } from "typeorm";
// TEMPORARY stand-in for src/db/seed (being written by someone else); deleted after the dry run.
export async function seed(ds: DataSource) {
  await ds.query(`INSERT INTO job_categories (slug, name, position) SELECT 'cat-'||g, 'Category '||g, g FROM generate_series(1,9) g`);
  await ds.query(`INSERT INTO job_categories (slug, name, position) VALUES ('generative-ai', 'Generative AI', 0)`);
  await ds.query(`INSERT INTO locations (slug, city, region, country) SELECT 'city-'||g, 'City '||g, NULL, CASE WHEN g%3=0 THEN NULL ELSE 'US' END FROM generate_series(1,30) g`);
  await ds.query(`INSERT INTO glossary_terms (slug, term, short_definition, body, aliases, related_category_id) VALUES
    ('foundation-model','Foundation model','A big model','Body', '{FM}', (SELECT id FROM job_categories WHERE slug='generative-ai')),
    ('transformer','Transformer','Attention','Body', '{}', NULL)`);
  await ds.query(`INSERT INTO glossary_related_terms VALUES (1,2,0)`);
  await ds.query(`INSERT INTO glossary_faqs (term_id, position, question, answer) VALUES (1,0,'Q?','A.')`);
}
export async function generateBulk(ds: DataSource, o: { jobs: number; companies: number }) {
  await ds.query(`INSERT INTO companies (slug, name, logo_url) SELECT 'co-'||g, 'Company '||g, CASE WHEN g%2=0 THEN 'https://x/'||g||'.png' END FROM generate_series(1,$1::int) g`, [o.companies]);
  await ds.query(`INSERT INTO jobs (slug,title,description,company_id,category_id,seniority,employment_type,remote,salary_min,salary_max,salary_currency,salary_period,salary_min_usd,salary_max_usd,tags,status,posted_at,valid_through)
    SELECT 'job-'||g, CASE WHEN g%7=0 THEN 'Machine Learning Engineer' ELSE 'Engineer '||g END, 'We use a foundation model and transformer. Machine learning. '||repeat('lorem ipsum ', 100),
      1 + g % $2::int, 1 + g % 10, (ARRAY['INTERN','ENTRY','MID','SENIOR','LEAD']::seniority[])[1+g%5], 'FULL_TIME', (ARRAY['REMOTE','HYBRID','ONSITE']::remote_policy[])[1+g%3],
      CASE WHEN g%4<>0 THEN 80000+g%100000 END, CASE WHEN g%4<>0 THEN 150000+g%100000 END, CASE WHEN g%4<>0 THEN 'USD' END, CASE WHEN g%4<>0 THEN 'YEAR'::salary_period END,
      CASE WHEN g%4<>0 THEN 80000+g%100000 END, CASE WHEN g%4<>0 THEN 150000+g%100000 END,
      ARRAY['python','llm'], CASE WHEN g%10=0 THEN 'EXPIRED'::job_status ELSE 'PUBLISHED' END, now() - (g||' minutes')::interval - interval '0.123 seconds', CASE WHEN g%5=0 THEN NULL ELSE now() + interval '30 days' END
    FROM generate_series(1,$1::int) g`, [o.jobs, o.companies]);
  await ds.query(`INSERT INTO job_locations SELECT j.id, 1 + j.id % 30 FROM jobs j`);
  await ds.query(`INSERT INTO job_locations SELECT j.id, 1 + (j.id+7) % 30 FROM jobs j WHERE j.id % 3 = 0`);
}
