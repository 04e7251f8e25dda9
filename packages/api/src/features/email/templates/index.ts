// The emails the site sends, each rendered to a subject, an HTML part and a text part.
export { accountEmail, type AccountEmail } from "./account";
export { alertConfirmationEmail } from "./alert-confirmation";
export { alertDigestEmail, type DigestJob } from "./alert-digest";
export { employerEmail, type EmployerEmail } from "./employer";
export type { RenderedEmail } from "./render";
