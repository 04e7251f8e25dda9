import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../../generated";
import { EmailField } from "../../../shared/ui/EmailField";
import { FormError } from "../../../shared/ui/FormField";
import { Notice } from "../../../shared/ui/Notice";
import { ErrorState, SkeletonLines } from "../../../shared/ui/states";
import table from "../../../shared/ui/DataTable.module.css";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { formatDate } from "../../../shared/utils/format";
import { focusFirstError, formErrors } from "../../../shared/utils/formErrors";
import { firstMessage } from "../../../shared/utils/graphqlErrors";
import styles from "./Membership.module.css";

const CompanyTeamQuery = graphql(`
  query CompanyTeamQuery {
    myCompanyTeam {
      canInvite
      members {
        id
        email
        isYou
      }
      invitations {
        id
        email
        invitedBy
        expiresAt
      }
    }
  }
`);

const InviteColleagueMutation = graphql(`
  mutation InviteColleagueMutation($email: String!) {
    inviteColleague(email: $email) {
      invitation {
        id
        email
        expiresAt
      }
    }
  }
`);

const RevokeCompanyInvitationMutation = graphql(`
  mutation RevokeCompanyInvitationMutation($id: ID!) {
    revokeCompanyInvitation(id: $id) {
      invitation {
        id
      }
    }
  }
`);

const FIELDS = ["email"] as const;
const EMAIL_SHAPE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Who posts for the company; for a verified company, colleagues invited by email, and the pending invitations to revoke. */
export function TeamSection({ companyName }: { companyName: string }) {
  const id = useId();
  const team = useQuery(CompanyTeamQuery, { fetchPolicy: "cache-and-network" });
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const [invite, inviting] = useMutation(InviteColleagueMutation);
  const [revoke, revoking] = useMutation(RevokeCompanyInvitationMutation);
  const { errors, formError, onEdit, check } = useFormErrors(inviting.error, FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    inviting.reset();
    setSent(null);
    const address = email.trim();
    const problems = { email: EMAIL_SHAPE.test(address) ? undefined : "Enter your colleague's email address, e.g. sam@example.com." };
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      const res = await invite({ variables: { email: address } });
      setSent(res.data?.inviteColleague.invitation.email ?? address);
      setEmail("");
      await team.refetch();
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  const data = team.data?.myCompanyTeam;
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.team}>
      <h2 id={`${id}-heading`}>Team</h2>
      {team.error && !team.data ? (
        <ErrorState compact error={team.error} onRetry={() => void team.refetch()} />
      ) : !data ? (
        <SkeletonLines lines={2} label="Loading your team" />
      ) : (
        <>
          <p className="muted">Everyone here posts jobs for {companyName} and sees its postings and invoices.</p>
          <ul className={styles.members} aria-label="Team members">
            {data.members.map((m) => (
              <li key={m.id}>
                {m.email}
                {m.isYou && <span className={styles.you}> (you)</span>}
              </li>
            ))}
          </ul>
          {data.canInvite ? (
            <>
              <h3>Invite a colleague</h3>
              {sent && <Notice>Invitation sent to {sent}. Its link works once, for 7 days.</Notice>}
              <form className={styles.invite} onSubmit={(e) => void submit(e)} noValidate aria-label="Invite a colleague">
                <FormError>{formError}</FormError>
                <EmailField
                  id={`${id}-email`}
                  label="Colleague's work email"
                  value={email}
                  onChange={(value) => {
                    setEmail(value);
                    onEdit("email");
                  }}
                  error={errors.email}
                />
                <button type="submit" className="button" disabled={inviting.loading} aria-busy={inviting.loading}>
                  {inviting.loading ? "Sending…" : "Send invitation"}
                </button>
              </form>
              {data.invitations.length > 0 && (
                <>
                  <h3>Pending invitations</h3>
                  <div className={table.wrap}>
                    <table className={table.table} aria-label="Pending invitations">
                      <thead>
                        <tr>
                          <th scope="col">Email</th>
                          <th scope="col">Invited by</th>
                          <th scope="col">Link works until</th>
                          <th scope="col">
                            <span className="visually-hidden">Actions</span>
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.invitations.map((i) => (
                          <tr key={i.id}>
                            <th scope="row">{i.email}</th>
                            <td>{i.invitedBy ?? "—"}</td>
                            <td>{formatDate(i.expiresAt)}</td>
                            <td>
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                disabled={revoking.loading}
                                aria-label={`Revoke the invitation to ${i.email}`}
                                onClick={() =>
                                  void revoke({ variables: { id: i.id } }).then(
                                    () => team.refetch(),
                                    () => undefined,
                                  )
                                }
                              >
                                Revoke
                              </button>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  {revoking.error && <p className="form-error">{firstMessage(revoking.error) ?? "That didn't work; try again."}</p>}
                </>
              )}
            </>
          ) : (
            <p className="muted">
              Once we've verified {companyName}, you can invite colleagues here. Until then, a colleague can ask to join it from their own
              employer account.
            </p>
          )}
        </>
      )}
    </section>
  );
}
