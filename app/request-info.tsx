// Per-request values the server renders into the page: the CSP nonce for Remix's inline scripts
// and the request id shown on error pages. Browsers hide nonce attributes from the DOM, so the
// client renders empty values without a hydration problem.
import { createContext, useContext } from "react";

type RequestInfo = { nonce: string; requestId: string };

const RequestInfoContext = createContext<RequestInfo>({ nonce: "", requestId: "" });
export const RequestInfoProvider = RequestInfoContext.Provider;
export const useNonce = () => useContext(RequestInfoContext).nonce;
export const useRequestId = () => useContext(RequestInfoContext).requestId;
