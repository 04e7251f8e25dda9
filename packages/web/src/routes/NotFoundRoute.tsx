import { NotFoundState } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

export function NotFoundRoute() {
  useDocumentMeta("Page not found", "This page does not exist.");
  return (
    <NotFoundState title="Page not found">
      <p>The link may be broken, or the page may have moved.</p>
    </NotFoundState>
  );
}
