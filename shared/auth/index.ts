export * from "./access-token.ts";
export * from "./claims.ts";
export * from "./google-id-token.ts";
export * from "./jwks-cache.ts";
export * from "./refresh-token.ts";
export * from "./verify-access-token.ts";
