// What the contact feature offers the rest of the app.
export { ContactForm } from "./components/ContactForm";
