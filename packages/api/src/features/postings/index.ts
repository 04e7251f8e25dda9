// What the postings feature offers the app.
export { PostingFieldsResolver, PostingResolver } from "./posting.resolver";
export { PostingService } from "./posting.service";
