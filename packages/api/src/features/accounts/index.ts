// What the accounts feature offers other features.
export { User } from "./user.entity";
export { Role, SELF } from "./user.enums";
