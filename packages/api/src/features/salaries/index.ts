// What the salaries feature offers other features.
export { SalaryStats } from "./salary-stats.type";
