import { useMutation } from "@apollo/client/react";
import { useNavigate } from "react-router";
import { graphql } from "../../../generated";
import { EMPLOYER_PATHS } from "../../../shared/navigation";
import { firstMessage } from "../../../shared/utils/graphqlErrors";
import styles from "./Employer.module.css";

const DuplicatePostingMutation = graphql(`
  mutation DuplicatePostingMutation($id: ID!) {
    duplicatePosting(id: $id) {
      posting {
        id
      }
    }
  }
`);

/** "Duplicate": a new draft with the posting's fields (the same title), opened in the posting form to change and submit. */
export function DuplicatePosting({ id, title }: { id: string; title: string }) {
  const navigate = useNavigate();
  const [duplicate, { loading, error }] = useMutation(DuplicatePostingMutation);
  return (
    <>
      <button
        type="button"
        className="button button--ghost"
        disabled={loading}
        aria-label={`Duplicate ${title}`}
        onClick={() =>
          void duplicate({ variables: { id } }).then(
            (result) => {
              const copy = result.data?.duplicatePosting.posting.id;
              if (copy) void navigate(`${EMPLOYER_PATHS.post}?id=${encodeURIComponent(copy)}`);
            },
            () => undefined,
          )
        }
      >
        Duplicate
      </button>
      {error && <span className={styles.reason}>{firstMessage(error) ?? "That didn't work; try again."}</span>}
    </>
  );
}
