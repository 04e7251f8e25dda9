import { getFragmentData, type FragmentType } from "../../../generated";
import { JsonLd } from "../../../shared/ui/JsonLd";
import { GlossaryTermJsonLdFragment, termJsonLd } from "../utils/termJsonLd";

/** The term page's structured data, for search engines. */
export function GlossaryTermJsonLd({ term }: { term: FragmentType<typeof GlossaryTermJsonLdFragment> }) {
  return (
    <>
      {termJsonLd(getFragmentData(GlossaryTermJsonLdFragment, term)).map((d, i) => (
        <JsonLd key={i} data={d} />
      ))}
    </>
  );
}
