import { registerEnumType } from "type-graphql";

/** What a person may do: every account has exactly one role. */
export enum Role {
  JOB_SEEKER = "JOB_SEEKER",
  EMPLOYER = "EMPLOYER",
  ADMIN = "ADMIN",
}

registerEnumType(Role, {
  name: "Role",
  description: "A person's role: job seekers save searches, employers post jobs for their company, admins run the site.",
});

/** For `@Authorized(SELF)`: the field's object is the signed-in user (app/auth-checker.ts decides). */
export const SELF = "SELF";
