// What the articles feature offers the rest of the app.
export { ArticleCardFragment, ArticleList } from "./components/ArticleCard";
export { SalaryGuideFigures } from "./components/SalaryGuideFigures";
export { SECTION_PAGES, sectionPage, type SectionPage } from "./utils/sections";
