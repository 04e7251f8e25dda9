// What the companies feature offers other features.
export { Company } from "./company.entity";
export { CompanyLogoService, companyLogoUrl, LOGO_UPLOADS_PER_HOUR, type CompanyOf, type LogoFile } from "./company-logo.service";
export { LOGO_SIZES, MAX_LOGO_BYTES, type LogoSize } from "./company-logo.image";
export { COMPANY_FIELD_READS } from "./company.resolver";
