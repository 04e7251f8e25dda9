import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { AlertLinkError, badLinkMessage, INCOMPLETE_ALERT_LINK } from "../features/alerts/components/AlertLinkError";
import { AlertUnsubscribe } from "../features/alerts/components/AlertUnsubscribe";
import { graphql } from "../generated";
import { ErrorState, SkeletonLines } from "../shared/ui/states";
import { useDocumentMeta } from "../shared/ui/useDocumentMeta";

const UnsubscribeAlertRouteQuery = graphql(`
  query UnsubscribeAlertRouteQuery($token: String!) {
    alertByToken(token: $token) {
      id
      ...AlertUnsubscribe_alert
    }
  }
`);

/**
 * /alerts/unsubscribe?token=…: the link in every alert email. Shows which alert and asks; opening the
 * page never unsubscribes (mail scanners open links). Mail clients unsubscribe in one click through the
 * List-Unsubscribe header instead, which the API answers.
 */
export function UnsubscribeAlertRoute() {
  useDocumentMeta("Unsubscribe from a job alert", null, { noindex: true });
  const [params] = useSearchParams();
  const token = params.get("token");
  const result = useQuery(UnsubscribeAlertRouteQuery, { variables: { token: token ?? "" }, skip: !token });

  if (!token) return <AlertLinkError message={INCOMPLETE_ALERT_LINK} />;
  if (result.error && !result.data) {
    const message = badLinkMessage(result.error);
    return message ? <AlertLinkError message={message} /> : <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  }
  if (!result.data) return <SkeletonLines lines={3} label="Loading your alert" />;
  return <AlertUnsubscribe alert={result.data.alertByToken} token={token} />;
}
