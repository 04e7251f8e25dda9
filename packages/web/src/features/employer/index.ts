// What the employer feature offers routes.
export { ActivityChart, sumDays } from "./components/ActivityChart";
export { CompanyChoice } from "./components/CompanyChoice";
export { CompanyForm } from "./components/CompanyForm";
export { CompanyProfileSection } from "./components/CompanyProfileSection";
export { LogoSection } from "./components/LogoUpload";
export { PostingList, STATUS_LABELS } from "./components/PostingList";
export { PostingForm } from "./components/PostingForm";
export { TeamSection } from "./components/TeamSection";
export { InvoiceDocument, invoicePdfUrl } from "./components/InvoiceDocument";
export { OrderList } from "./components/OrderList";
