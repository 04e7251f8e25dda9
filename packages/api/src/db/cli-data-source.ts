import "reflect-metadata";
import { createDataSource } from "./data-source";

/**
 * For the TypeORM CLI (`pnpm --filter @hiredinai/api typeorm migration:generate ...`); needs
 * DATABASE_URL, e.g. the embedded database's postgres://postgres:postgres@127.0.0.1:54329/hiredinai.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL for the TypeORM CLI");

export default createDataSource({ url });
