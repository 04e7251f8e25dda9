import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { AlertConfirmation } from "../features/alerts/components/AlertConfirmation";
import { AlertForm, type AlertDraft } from "../features/alerts/components/AlertForm";
import { parseSearch } from "../features/jobs/utils/searchParams";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const AlertsRouteQuery = graphql(`
  query AlertsRouteQuery {
    ...AlertCriteriaFields_options
  }
`);

const CreateAlertMutation = graphql(`
  mutation CreateAlertMutation($input: CreateAlertInput!) {
    createAlert(input: $input) {
      alert {
        id
        status
        ...AlertConfirmation_alert
      }
    }
  }
`);

export function AlertsRoute() {
  useDocumentMeta("Create a job alert", "Get new AI jobs that match your search by email: instantly, daily or weekly.");
  const [params] = useSearchParams();
  // The search comes from the address ("Create an alert from this search"); the form edits it from there.
  const [draft, setDraft] = useState<AlertDraft>(() => ({ email: "", frequency: "DAILY", criteria: parseSearch(params) }));
  const options = useQuery(AlertsRouteQuery);
  const [createAlert, { data, loading, error, reset }] = useMutation(CreateAlertMutation);

  if (data) {
    return (
      <AlertConfirmation
        alert={data.createAlert.alert}
        onCreateAnother={() => {
          reset();
          setDraft({ ...draft, email: "" });
        }}
      />
    );
  }

  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Job alerts" }]} />
      <div className="page-intro">
        <h1>Create a job alert</h1>
        <p className="muted">New AI jobs that match your search, in your inbox. Confirm by email; unsubscribe with one click.</p>
      </div>
      <AlertForm
        draft={draft}
        onDraftChange={setDraft}
        options={options.data}
        onSubmit={(input) => createAlert({ variables: { input } })}
        loading={loading}
        error={error}
      />
    </>
  );
}
