import { getFragmentData, graphql, type FragmentType } from "../../../generated";
import { Field, FieldError } from "../../../shared/ui/FormField";
import { CURRENCIES } from "../../../shared/utils/apiLimits";
import {
  EMPLOYMENT_TYPES,
  FilterChip,
  FilterChips,
  REMOTE_POLICIES,
  SENIORITIES,
  employmentTypeLabel,
  remoteLabel,
  seniorityLabel,
  toggleValue,
  type JobSearch,
} from "../../jobs";
import { CheckboxGrid } from "./CheckboxGrid";

/** The categories and cities an alert can ask for (spread on the alert page's query). */
export const AlertCriteriaFieldsFragment = graphql(`
  fragment AlertCriteriaFields_options on Query {
    jobCategories {
      id
      slug
      name
    }
    locations {
      id
      slug
      city
    }
  }
`);

/** "What to look for": the alert's search, as keywords, checkboxes, a minimum salary and what else the search carried. */
export function AlertCriteriaFields({
  id,
  criteria,
  onChange: set,
  errors,
  options: optionsRef,
}: {
  id: string;
  criteria: JobSearch;
  onChange: (next: JobSearch) => void;
  errors: Record<string, string>;
  /** Undefined while they load. */
  options: FragmentType<typeof AlertCriteriaFieldsFragment> | undefined;
}) {
  const options = getFragmentData(AlertCriteriaFieldsFragment, optionsRef);
  return (
    <>
      <h2 className="alert-form__heading">What to look for</h2>
      <Field id={`${id}-query`} label="Keywords" error={errors.query} hint="Job title, skill or company, e.g. “LLM engineer”">
        <input
          id={`${id}-query`}
          className="input"
          type="text"
          value={criteria.query}
          onChange={(e) => set({ ...criteria, query: e.target.value })}
        />
      </Field>

      <fieldset className="form-field">
        <legend className="form-field__label">Categories</legend>
        {options ? (
          <CheckboxGrid
            criteria={criteria}
            onChange={set}
            dimension="categories"
            values={options.jobCategories.map((c) => ({ value: c.slug, label: c.name }))}
          />
        ) : (
          <p className="muted">Loading categories…</p>
        )}
        {errors.categories && <FieldError id={`${id}-categories-error`}>{errors.categories}</FieldError>}
      </fieldset>
      <fieldset className="form-field">
        <legend className="form-field__label">Remote policy</legend>
        <CheckboxGrid
          criteria={criteria}
          onChange={set}
          dimension="remote"
          values={REMOTE_POLICIES.map((v) => ({ value: v, label: remoteLabel(v) }))}
        />
      </fieldset>
      <fieldset className="form-field">
        <legend className="form-field__label">Seniority</legend>
        <CheckboxGrid
          criteria={criteria}
          onChange={set}
          dimension="seniorities"
          values={SENIORITIES.map((v) => ({ value: v, label: seniorityLabel(v) }))}
        />
      </fieldset>
      <fieldset className="form-field">
        <legend className="form-field__label">Employment type</legend>
        <CheckboxGrid
          criteria={criteria}
          onChange={set}
          dimension="employmentTypes"
          values={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: employmentTypeLabel(v) }))}
        />
      </fieldset>
      <fieldset className="form-field">
        <legend className="form-field__label">Cities</legend>
        {options ? (
          <CheckboxGrid
            criteria={criteria}
            onChange={set}
            dimension="locations"
            values={options.locations.map((l) => ({ value: l.slug, label: l.city }))}
          />
        ) : (
          <p className="muted">Loading cities…</p>
        )}
        {errors.locations && <FieldError id={`${id}-locations-error`}>{errors.locations}</FieldError>}
      </fieldset>
      <div className="form-row">
        <Field id={`${id}-salary`} label="Minimum yearly salary" error={errors.salaryMin}>
          <input
            id={`${id}-salary`}
            className="input"
            inputMode="numeric"
            value={criteria.salaryMin ?? ""}
            onChange={(e) => set({ ...criteria, salaryMin: Number(e.target.value.replace(/[^\d]/g, "")) || null })}
            aria-invalid={Boolean(errors.salaryMin)}
          />
        </Field>
        <Field id={`${id}-currency`} label="Currency" error={errors.salaryCurrency}>
          <select
            id={`${id}-currency`}
            className="input"
            value={criteria.salaryCurrency}
            onChange={(e) => set({ ...criteria, salaryCurrency: e.target.value })}
          >
            {[...new Set([...CURRENCIES, criteria.salaryCurrency])].map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </Field>
      </div>
      {(criteria.companies.length > 0 || criteria.tags.length > 0) && (
        <div className="form-field">
          <p className="form-field__label">Also from your search</p>
          <FilterChips>
            {criteria.companies.map((c) => (
              <FilterChip key={`c-${c}`} onRemove={() => set(toggleValue(criteria, "companies", c))} label={`Remove company ${c}`}>
                Company: {c}
              </FilterChip>
            ))}
            {criteria.tags.map((t) => (
              <FilterChip key={`t-${t}`} onRemove={() => set(toggleValue(criteria, "tags", t))} label={`Remove tag ${t}`}>
                #{t}
              </FilterChip>
            ))}
          </FilterChips>
        </div>
      )}
    </>
  );
}
