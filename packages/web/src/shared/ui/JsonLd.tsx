/** Structured data for search engines, as a `<script type="application/ld+json">`. */
export function JsonLd({ data }: { data: object }) {
  // "<" is escaped so that text from the API can never close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
