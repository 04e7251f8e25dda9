import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../../generated";
import type { ContactTopic } from "../../../generated/graphql";
import { EmailField, emailProblem } from "../../../shared/ui/EmailField";
import { describedBy, Field, FormError } from "../../../shared/ui/FormField";
import { Notice } from "../../../shared/ui/Notice";
import { useFormErrors } from "../../../shared/ui/useFormErrors";
import { focusFirstError, formErrors } from "../../../shared/utils/formErrors";
import { API_LIMITS } from "../../../shared/utils/apiLimits";
import styles from "./ContactForm.module.css";

const SendContactMessageMutation = graphql(`
  mutation SendContactMessageMutation($input: ContactMessageInput!) {
    sendContactMessage(input: $input) {
      message
    }
  }
`);

const TOPICS: { value: ContactTopic; label: string }[] = [
  { value: "GENERAL", label: "A question about HiredinAI" },
  { value: "JOB_SEEKER", label: "Looking for work" },
  { value: "EMPLOYER", label: "Hiring, plans or invoices" },
  { value: "REPORT_LISTING", label: "Report a listing" },
  { value: "PRIVACY", label: "My data (a copy, or deleting it)" },
  { value: "PRESS", label: "Press" },
];

const FIELDS = ["name", "email", "topic", "pageUrl", "message"] as const;
const { name: NAME_MAX, messageMin: MESSAGE_MIN, message: MESSAGE_MAX } = API_LIMITS.contact;

/** The Contact page's form: a message to the team, who answer by email (at most 5 an hour from one address). */
export function ContactForm() {
  const id = useId();
  const [send, { data, loading, error }] = useMutation(SendContactMessageMutation);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [topic, setTopic] = useState<ContactTopic>("GENERAL");
  const [pageUrl, setPageUrl] = useState("");
  const [message, setMessage] = useState("");
  const { errors, formError, onEdit, check } = useFormErrors(error, FIELDS);

  if (data) return <Notice>{data.sendContactMessage.message}</Notice>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      name: name.trim() ? undefined : "Enter your name.",
      email: emailProblem(email),
      message: message.trim().length < MESSAGE_MIN ? `Write at least ${MESSAGE_MIN} characters.` : undefined,
    };
    if (!check(problems)) return focusFirstError(id, FIELDS, problems);
    try {
      const reporting = topic === "REPORT_LISTING" && pageUrl.trim();
      await send({
        variables: { input: { name: name.trim(), email: email.trim(), topic, message, pageUrl: reporting ? pageUrl.trim() : null } },
      });
    } catch (e) {
      focusFirstError(id, FIELDS, formErrors(e, FIELDS).byField);
    }
  }

  const edit = (field: (typeof FIELDS)[number], set: (value: string) => void) => (value: string) => {
    set(value);
    onEdit(field);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label="Write to us">
      <FormError id={`${id}-form-error`}>{formError}</FormError>
      <Field id={`${id}-name`} label="Your name" error={errors.name}>
        <input
          id={`${id}-name`}
          className="input"
          autoComplete="name"
          maxLength={NAME_MAX}
          value={name}
          onChange={(e) => edit("name", setName)(e.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy(`${id}-name`, { error: errors.name })}
        />
      </Field>
      <EmailField
        id={`${id}-email`}
        label="Your email address"
        hint="We answer here."
        value={email}
        onChange={edit("email", setEmail)}
        error={errors.email}
      />
      <Field id={`${id}-topic`} label="What is it about?" error={errors.topic}>
        <select
          id={`${id}-topic`}
          className="input"
          value={topic}
          onChange={(e) => edit("topic", (v) => setTopic(v as ContactTopic))(e.target.value)}
        >
          {TOPICS.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </Field>
      {topic === "REPORT_LISTING" && (
        <Field id={`${id}-pageUrl`} label="The listing's address" hint="Copy it from your browser's address bar." error={errors.pageUrl}>
          <input
            id={`${id}-pageUrl`}
            className="input"
            type="url"
            inputMode="url"
            placeholder="https://…/jobs/…"
            value={pageUrl}
            onChange={(e) => edit("pageUrl", setPageUrl)(e.target.value)}
            aria-invalid={errors.pageUrl ? true : undefined}
            aria-describedby={describedBy(`${id}-pageUrl`, { hint: true, error: errors.pageUrl })}
          />
        </Field>
      )}
      <Field id={`${id}-message`} label="Your message" error={errors.message}>
        <textarea
          id={`${id}-message`}
          className="input"
          rows={7}
          maxLength={MESSAGE_MAX}
          value={message}
          onChange={(e) => edit("message", setMessage)(e.target.value)}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy(`${id}-message`, { error: errors.message })}
        />
      </Field>
      <button type="submit" className="button button--large" disabled={loading} aria-busy={loading}>
        {loading ? "Sending…" : "Send message"}
      </button>
    </form>
  );
}
