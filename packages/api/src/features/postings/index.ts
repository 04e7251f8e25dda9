// What the postings feature offers the app.
export { PostingResolver } from "./posting.resolver";
export { PostingService } from "./posting.service";
