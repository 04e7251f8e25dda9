import type { DataSource } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { oneByKey } from "../../shared/loaders/key-order";
import { JobCategory } from "./job-category.entity";

export class JobCategoryService {
  constructor(private readonly ds: DataSource) {}

  private get columns(): string {
    return selectColumns(this.ds, JobCategory, "c");
  }

  /** Every category, in menu order. */
  async all(): Promise<JobCategory[]> {
    return this.ds.query(`SELECT ${this.columns} FROM job_categories c ORDER BY c.position, c.name`);
  }

  async bySlug(slug: string): Promise<JobCategory | null> {
    const rows: JobCategory[] = await this.ds.query(`SELECT ${this.columns} FROM job_categories c WHERE c.slug = $1`, [slug]);
    return rows[0] ?? null;
  }

  async byIds(ids: readonly number[]): Promise<(JobCategory | null)[]> {
    const rows: JobCategory[] = await this.ds.query(`SELECT ${this.columns} FROM job_categories c WHERE c.id = ANY($1::int[])`, [ids]);
    return oneByKey(ids, rows, (r) => r.id);
  }
}
