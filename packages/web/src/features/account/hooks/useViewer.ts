import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../generated";

/** Who is signed in: the header asks on every page, so it stays this small. */
export const ViewerQuery = graphql(`
  query ViewerQuery {
    viewer {
      id
      email
      role
    }
  }
`);

/**
 * The signed-in person, or null; `loading` until the first answer. A failed request counts as signed
 * out (the header then offers "Sign in", which is right or harmless).
 */
export function useViewer() {
  const { data, loading } = useQuery(ViewerQuery);
  return { viewer: data?.viewer ?? null, loading: loading && !data };
}
