import type { DataSource } from "typeorm";
import { selectColumns } from "../../shared/db/columns";
import { query, sql, type SQL } from "../../shared/db/sql";
import { JobCategory } from "./job-category.entity";
import { rowBySlug, rowsByIds } from "../../shared/db/rows";

/** Categories the menu lists at most (jobCategories never returns more). */
export const MAX_CATEGORIES = 100;

export class JobCategoryService {
  constructor(private readonly ds: DataSource) {}

  private get columns(): SQL {
    return selectColumns(this.ds, JobCategory, "c");
  }

  /** Every category, in menu order. */
  async all(): Promise<JobCategory[]> {
    return query<JobCategory>(
      this.ds,
      sql`SELECT ${this.columns} FROM job_categories c ORDER BY c.position, c.name LIMIT ${sql.literal(MAX_CATEGORIES)}`,
    );
  }

  bySlug(slug: string): Promise<JobCategory | null> {
    return rowBySlug(this.ds, JobCategory, slug);
  }

  byIds(ids: readonly number[]): Promise<(JobCategory | null)[]> {
    return rowsByIds(this.ds, JobCategory, ids);
  }
}
