/**
 * @touchstone/auth — the users, roles and signed bearer tokens of the workbench, shared by the
 * API server (which verifies tokens) and the command line (which creates users and issues
 * tokens). Users live in Neo4j as `(:User)` nodes; tokens are HS256 JWTs that expire.
 */

/** Roles, and the rules for user names. */
export { ROLES, isRole, USER_NAME_PATTERN, userNameProblem, type Role } from './roles';
/** The token-signing secret: `TOUCHSTONE_JWT_SECRET`, or generated once into `.touchstone/api/jwt-secret`. */
export { loadJwtSecret, jwtSecretFile, MIN_SECRET_LENGTH } from './jwt-secret';
/** Signing and verifying tokens. */
export {
  signToken,
  verifyToken,
  TokenError,
  DEFAULT_TOKEN_TTL_SECONDS,
  MAX_TOKEN_TTL_SECONDS,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  type TokenClaims,
  type TokenProblem,
} from './tokens';
/** The user store in Neo4j. */
export {
  addUser,
  findUser,
  listUsers,
  setUserDisabled,
  setUserRole,
  UserError,
  type StoredUser,
} from './user-store';
/** Issuing a token for a stored user (the `token` command). */
export { issueToken, type IssuedToken } from './issue-token';
/** The development users of the demo. */
export {
  ensureDevelopmentUsers,
  developmentUsersHint,
  developmentUsersFile,
  DEVELOPMENT_USERS,
  type DevelopmentCredential,
} from './development-users';
/** Passwords for signing in from the web app. */
export { setUserPassword, checkUserPassword } from './user-passwords';
export { generatePassword, passwordProblem, MIN_PASSWORD_LENGTH } from './passwords';
/** The repository root, where `.touchstone/` lives. */
export { findRepoRoot } from './repo-root';
