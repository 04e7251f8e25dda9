import { IsEmail, MaxLength, MinLength, ValidateNested } from "class-validator";
import { ArgsType, Field, InputType, ObjectType } from "type-graphql";
import { PASSWORD_MAX_LENGTH } from "./password";
import { User } from "./user.entity";
import { Role } from "./user.enums";

const EMAIL = { message: "Enter an email address like name@example.com." };

/** Sign-in answers for browsers set the session cookie; scripts ask for the token instead (`bearer: true`). */
@InputType("SessionRequest")
abstract class SessionRequest {
  @Field({
    defaultValue: false,
    description: "Return the session token (for an `Authorization: Bearer` header) instead of setting the browser's session cookie.",
  })
  bearer: boolean;
}

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, EMAIL)
  @MaxLength(254)
  email: string;

  @Field({ description: "At least 10 characters, and not easy to guess." })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @Field(() => Role, { defaultValue: Role.JOB_SEEKER, description: "JOB_SEEKER or EMPLOYER." })
  role: Role;
}

@InputType()
export class SignInInput extends SessionRequest {
  @Field()
  @MaxLength(254)
  email: string;

  @Field()
  @MinLength(1, { message: "Enter your password." })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class TokenInput extends SessionRequest {
  @Field({ description: "The token from the emailed link." })
  @MaxLength(200)
  token: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, EMAIL)
  @MaxLength(254)
  email: string;
}

@InputType()
export class ResetPasswordInput extends SessionRequest {
  @Field({ description: "The token from the emailed link." })
  @MaxLength(200)
  token: string;

  @Field()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

@InputType()
export class ChangeEmailInput {
  @Field()
  @IsEmail({}, EMAIL)
  @MaxLength(254)
  newEmail: string;

  @Field({ description: "Your current password." })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

/** `input: X` arguments, validated as a whole. */
function inputArgs<T>(type: new () => T) {
  @ArgsType()
  class Args {
    @Field(() => type)
    @ValidateNested()
    input: T;
  }
  return Args;
}

@ArgsType()
export class SignUpArgs extends inputArgs(SignUpInput) {}
@ArgsType()
export class SignInArgs extends inputArgs(SignInInput) {}
@ArgsType()
export class TokenArgs extends inputArgs(TokenInput) {}
@ArgsType()
export class RequestPasswordResetArgs extends inputArgs(RequestPasswordResetInput) {}
@ArgsType()
export class ResetPasswordArgs extends inputArgs(ResetPasswordInput) {}
@ArgsType()
export class ChangePasswordArgs extends inputArgs(ChangePasswordInput) {}
@ArgsType()
export class ChangeEmailArgs extends inputArgs(ChangeEmailInput) {}

@ObjectType({ description: "What to tell the person; the same whether or not the address has an account." })
export class AccountMessagePayload {
  @Field()
  message: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => User, { description: "Who is now signed in." })
  viewer: User;

  @Field(() => String, {
    nullable: true,
    description: "The session token, when `bearer` was asked for; otherwise the session is in the browser's cookie.",
  })
  token: string | null;

  @Field({ description: "When the session ends at the latest (it also ends after two weeks unused)." })
  expiresAt: Date;
}
