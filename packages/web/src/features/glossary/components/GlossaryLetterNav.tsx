import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import styles from "./GlossaryLetterNav.module.css";

export const GlossaryLetterNavFragment = graphql(`
  fragment GlossaryLetterNav_letter on GlossaryLetter {
    letter
    count
  }
`);

/** The glossary's A-Z index, "#" last (digits and symbols). */
export const ALPHABET = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", "#"];

/**
 * The A-Z index: a link for each letter that has terms (`letters`, from the API), the chosen one marked.
 * `all` marks "All" as the current page.
 */
export function GlossaryLetterNav({
  letters: lettersRef,
  current,
  all,
}: {
  letters: readonly FragmentType<typeof GlossaryLetterNavFragment>[] | undefined;
  current: string;
  all: boolean;
}) {
  const letters = getFragmentData(GlossaryLetterNavFragment, lettersRef);
  const counts = new Map(letters?.map((l) => [l.letter, l.count]));
  return (
    <nav className={styles.letters} aria-label="Glossary A to Z">
      <ul>
        <li>
          <Link
            to="/glossary"
            className={all ? `${styles.letter} ${styles.active}` : styles.letter}
            aria-current={all ? "page" : undefined}
          >
            All
          </Link>
        </li>
        {ALPHABET.map((l) =>
          counts.get(l) ? (
            <li key={l}>
              <Link
                to={`/glossary?letter=${encodeURIComponent(l)}`}
                className={current === l ? `${styles.letter} ${styles.active}` : styles.letter}
                aria-current={current === l ? "page" : undefined}
                aria-label={`${l === "#" ? "Digits and symbols" : l}: ${counts.get(l)} terms`}
              >
                {l}
              </Link>
            </li>
          ) : (
            <li key={l}>
              <span className={`${styles.letter} ${styles.empty}`} aria-hidden="true">
                {l}
              </span>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
