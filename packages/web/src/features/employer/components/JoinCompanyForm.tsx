import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../../generated";
import { Field, FormError, describedBy } from "../../../shared/ui/FormField";
import { SearchBar } from "../../../shared/ui/SearchBar";
import { ErrorState, SkeletonLines } from "../../../shared/ui/states";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError, formErrors } from "../../../shared/utils/formErrors";
import { API_LIMITS } from "../../../shared/utils/apiLimits";
import styles from "./Membership.module.css";

/** Companies one search offers to pick from: a name narrows it down. */
const RESULTS = 10;

const JoinCompanySearchQuery = graphql(`
  query JoinCompanySearchQuery($query: String!, $first: Int!) {
    companies(first: $first, filter: { query: $query }) {
      totalCount
      edges {
        node {
          id
          name
          website
          headquarters
          verified
        }
      }
    }
  }
`);

const RequestCompanyClaimMutation = graphql(`
  mutation RequestCompanyClaimMutation($input: RequestCompanyClaimInput!) {
    requestCompanyClaim(input: $input) {
      claim {
        id
        status
      }
    }
  }
`);

const FIELDS = ["companyId", "message"] as const;
const MESSAGE_MAX = API_LIMITS.membership.message;

/** A website as people say it: "acme.ai" for https://www.acme.ai/. */
function host(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** Find the company by name, pick it, say who you are there, and send the request to HiredinAI's admins. */
export function JoinCompanyForm({ onRequested }: { onRequested: () => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const [companyId, setCompanyId] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const search = useQuery(JoinCompanySearchQuery, { variables: { query, first: RESULTS }, skip: !query });
  const [request, { loading, error, reset }] = useMutation(RequestCompanyClaimMutation);
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);
  const companies = (search.data ?? search.previousData)?.companies;

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const problems = {
      companyId: companyId ? undefined : "Search for your company and pick it.",
      message: message.trim() ? undefined : "Say who you are at the company, e.g. your role.",
    };
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      await request({ variables: { input: { companyId: companyId!, message: message.trim() } } });
      onRequested();
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  return (
    <div className={styles.join}>
      <SearchBar
        label="Search companies by name"
        placeholder="Your company's name"
        value={text}
        onValueChange={setText}
        onSearch={(t) => {
          setQuery(t);
          setCompanyId(null);
        }}
        submitLabel="Find"
      />
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label="Request to join a company">
        <FormError>{formError}</FormError>
        <fieldset
          className={`form-field${errors.companyId ? " has-error" : ""} ${styles.results}`}
          aria-describedby={errors.companyId ? `${id}-companyId-error` : undefined}
        >
          <legend className="form-field__label">Your company</legend>
          {!query ? (
            <p className="hint" id={`${id}-companyId`} tabIndex={-1}>
              Search above for your company by name.
            </p>
          ) : search.error && !companies ? (
            <ErrorState compact error={search.error} onRetry={() => void search.refetch()} />
          ) : !companies ? (
            <SkeletonLines lines={3} label="Searching" />
          ) : companies.edges.length === 0 ? (
            <p className="hint" id={`${id}-companyId`} tabIndex={-1}>
              No company matches “{query}”. Try another spelling, or create your company instead.
            </p>
          ) : (
            <>
              {companies.edges.map(({ node }, i) => (
                <label key={node.id} className={`${styles.result}${companyId === node.id ? ` ${styles.selected}` : ""}`}>
                  <input
                    id={i === 0 ? `${id}-companyId` : undefined}
                    type="radio"
                    name={`${id}-company`}
                    value={node.id}
                    checked={companyId === node.id}
                    onChange={() => {
                      setCompanyId(node.id);
                      onEdit("companyId");
                    }}
                  />
                  <span>
                    <strong>{node.name}</strong>
                    {node.verified && <span className="verified">Verified</span>}
                    <small>{[host(node.website), node.headquarters].filter(Boolean).join(" · ")}</small>
                  </span>
                </label>
              ))}
              {companies.totalCount > companies.edges.length && (
                <p className="hint">{companies.totalCount - companies.edges.length} more match; type more of the name to narrow it down.</p>
              )}
            </>
          )}
          {errors.companyId && (
            <p className="field-error" id={`${id}-companyId-error`} role="alert">
              {errors.companyId}
            </p>
          )}
        </fieldset>
        <Field
          id={`${id}-message`}
          label="Who you are there"
          hint="Your role and team, so we can check: e.g. “Head of Talent, Berlin office”. Requests from an address at the company's own domain are quickest to confirm."
          error={errors.message}
        >
          <textarea
            id={`${id}-message`}
            className="input"
            rows={3}
            maxLength={MESSAGE_MAX}
            value={message}
            aria-invalid={errors.message ? true : undefined}
            aria-describedby={describedBy(`${id}-message`, { hint: true, error: errors.message })}
            onChange={(e) => {
              setMessage(e.target.value);
              onEdit("message");
            }}
          />
        </Field>
        <button type="submit" className={`button ${styles.submit}`} disabled={loading} aria-busy={loading}>
          {loading ? "Sending…" : "Ask to join"}
        </button>
      </form>
    </div>
  );
}
