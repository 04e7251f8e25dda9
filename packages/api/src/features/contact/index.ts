// What the contact feature offers the app.
export { ContactResolver } from "./contact.resolver";
export { ContactService, CONTACT_LIMIT, CONTACT_THANKS } from "./contact.service";
export { ContactTopic } from "./contact.inputs";
