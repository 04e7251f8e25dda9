// What the companies feature offers other features.
export { Company } from "./company.entity";
