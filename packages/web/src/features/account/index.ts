// What the account feature offers the rest of the app. Anything not exported here is private to account/.
export { UserMenu } from "./components/UserMenu";
export { SignedInOnly, type SignedInViewer } from "./components/SignedInOnly";
