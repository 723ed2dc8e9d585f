/** The claims Talvix relies on in an access token, ours or Supabase Auth's. */
export interface AccessClaims {
  /** The user's id (auth.users.id = users.id). */
  sub: string;
  role: "authenticated";
  aud: "authenticated";
  email?: string;
  /** Our tokens: the refresh-token family; Supabase's: its session id. */
  session_id?: string;
  iat: number;
  exp: number;
  iss?: string;
}

export const ACCESS_TOKEN_AUDIENCE = "authenticated";
export const ACCESS_TOKEN_ROLE = "authenticated";
/** Access tokens live 15 minutes. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** Clock skew tolerated when checking exp/nbf/iat. */
export const CLOCK_LEEWAY_SECONDS = 60;
