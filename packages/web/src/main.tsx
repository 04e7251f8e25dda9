// The global stylesheet first: components' CSS modules, imported with them below, come after it.
import "./app/styles/index.css";
import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { createApolloClient } from "./app/apollo";
import { App } from "./app/App";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      {/* Without transitions: a changed filter or search shows at once; pages keep their previous data while the next loads. */}
      <BrowserRouter useTransitions={false}>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
