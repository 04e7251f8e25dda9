import { useQuery } from "@apollo/client/react";
import { Link, Navigate, useSearchParams } from "react-router";
import { withNext } from "../features/account/utils/nextPath";
import { AlertLinkError, badLinkMessage, INCOMPLETE_ALERT_LINK } from "../features/alerts/components/AlertLinkError";
import { AlertManager } from "../features/alerts/components/AlertManager";
import { AlertMessage } from "../features/alerts/components/AlertMessage";
import { graphql } from "../generated";
import { ACCOUNT_PATHS, ALERT_PATHS } from "../shared/navigation";
import { Breadcrumbs } from "../shared/ui/Breadcrumbs";
import { ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const ManageAlertRouteQuery = graphql(`
  query ManageAlertRouteQuery($token: String!, $byToken: Boolean!) {
    alertByToken(token: $token) @include(if: $byToken) {
      id
      ...AlertManager_alert
    }
    viewer @skip(if: $byToken) {
      id
      alerts {
        id
        ...AlertManager_alert
      }
    }
    ...AlertCriteriaFields_options
  }
`);

/**
 * /alerts/manage?token=… (the link in every alert email, no sign-in needed) or ?id=… (from the account
 * page, for the signed-in owner): one alert to change, pause or resume, or delete.
 */
export function ManageAlertRoute() {
  useDocumentMeta("Manage your job alert", null, { noindex: true });
  const [params] = useSearchParams();
  const token = params.get("token");
  const id = token ? null : params.get("id");
  const result = useQuery(ManageAlertRouteQuery, { variables: { token: token ?? "", byToken: Boolean(token) }, skip: !token && !id });

  if (!token && !id) return <AlertLinkError message={INCOMPLETE_ALERT_LINK} />;
  if (result.error && !result.data) {
    const message = badLinkMessage(result.error);
    return message ? <AlertLinkError message={message} /> : <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  }
  if (!result.data) return <SkeletonLines lines={4} label="Loading your alert" />;

  const { data } = result;
  if (!token && !data.viewer) {
    return <Navigate to={withNext(ACCOUNT_PATHS.signIn, `${ALERT_PATHS.manage}?${params.toString()}`)} replace />;
  }
  const alert = token ? data.alertByToken : data.viewer?.alerts.find((a) => a.id === id);
  if (!alert) {
    return (
      <AlertMessage
        title="No such alert on your account"
        actions={
          <Link className="button" to={ACCOUNT_PATHS.account}>
            Your account
          </Link>
        }
      >
        <p className="muted">It may have been deleted. To manage an alert sent to another address, use the link in its emails.</p>
      </AlertMessage>
    );
  }
  return (
    <>
      <Breadcrumbs
        items={
          token
            ? [{ label: "Home", to: "/" }, { label: "Job alerts", to: ALERT_PATHS.create }, { label: "Manage alert" }]
            : [{ label: "Home", to: "/" }, { label: "Your account", to: ACCOUNT_PATHS.account }, { label: "Manage alert" }]
        }
      />
      <AlertManager alert={alert} target={token ? { token } : { id: alert.id }} options={data} />
    </>
  );
}
