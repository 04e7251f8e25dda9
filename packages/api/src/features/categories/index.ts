// What the categories feature offers other features.
export { JobCategory } from "./job-category.entity";
export { MAX_CATEGORIES } from "./job-category.service";
export { CATEGORY_FIELD_READS } from "./job-category.resolver";
