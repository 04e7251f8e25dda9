import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { AlertConfirmation } from "../features/alerts/components/AlertConfirmation";
import { AlertForm, type AlertDraft } from "../features/alerts/components/AlertForm";
import { defaultSchedule } from "../features/alerts/utils/schedule";
import { parseSearch } from "../features/jobs/utils/searchParams";
import { graphql } from "../generated";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const AlertsRouteQuery = graphql(`
  query AlertsRouteQuery {
    viewer {
      id
      email
      emailVerified
    }
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
  const [params] = useSearchParams();
  // The page itself is for search engines; the same form filled in with every possible search is not.
  useDocumentMeta("Create a job alert", "Get new AI jobs that match your search by email: instantly, daily or weekly.", {
    noindex: params.toString() !== "",
  });
  // The search comes from the address ("Create an alert from this search"); the form edits it from there.
  const [draft, setDraft] = useState<AlertDraft>(() => ({
    email: "",
    frequency: "DAILY",
    criteria: parseSearch(params),
    ...defaultSchedule(),
  }));
  const options = useQuery(AlertsRouteQuery);
  const [createAlert, { data, loading, error, reset }] = useMutation(CreateAlertMutation);
  const account = options.data?.viewer ?? null;

  // Signed in, the account's address is the first guess (filled in once, when the account is known).
  const [prefilled, setPrefilled] = useState(false);
  if (account && !prefilled) {
    setPrefilled(true);
    if (!draft.email) setDraft({ ...draft, email: account.email });
  }

  if (data) {
    return (
      <AlertConfirmation
        alert={data.createAlert.alert}
        account={account}
        onCreateAnother={() => {
          reset();
          setDraft({ ...draft, email: account?.email ?? "" });
        }}
      />
    );
  }

  return (
    <>
      <Breadcrumbs items={[{ label: "Home", to: "/" }, { label: "Job alerts" }]} />
      <div className="page-intro">
        <h1>Create a job alert</h1>
        <p className="muted">
          New AI jobs that match your search, in your inbox.{" "}
          {account?.emailVerified ? "Unsubscribe with one click." : "Confirm by email; unsubscribe with one click."}
        </p>
      </div>
      <AlertForm
        draft={draft}
        onDraftChange={setDraft}
        account={account}
        options={options.data}
        onSubmit={(input) => createAlert({ variables: { input } })}
        loading={loading}
        error={error}
      />
    </>
  );
}
